package io.github.idfraud.scoring.rules;

import io.github.idfraud.rules.CompiledRuleSet;
import io.github.idfraud.rules.DefaultRules;
import io.github.idfraud.rules.RuleCompiler;
import io.github.idfraud.rules.RuleSet;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule sets live on this replica, compiled, per tenant; a tenant without its own is scored with the default
 * set. A set is swapped in whole only after it compiled, so a refused set leaves the previous one live.
 */
@Singleton
public class TenantRules {

    /** A compiled set and the stored version it came from (0: the default set). */
    public record Live(long version, boolean own, CompiledRuleSet compiled) {
    }

    private final RuleCompiler compiler = new RuleCompiler();
    private final Live defaults = new Live(0, false, compiler.compile(DefaultRules.load()));
    private final Map<String, Live> byTenant = new ConcurrentHashMap<>();

    public Live of(String tenant) {
        return byTenant.getOrDefault(tenant, defaults);
    }

    public RuleSet defaultSet() {
        return defaults.compiled().source();
    }

    /** Compiles {@code set}; throws {@link io.github.idfraud.rules.InvalidRuleSetException} naming each faulty rule. */
    public CompiledRuleSet compile(RuleSet set) {
        return compiler.compile(set);
    }

    /**
     * Makes a stored set live (the default set when the tenant has none of its own), unless a newer version already
     * is: a slow poll never rolls a change back. Throws {@link io.github.idfraud.rules.InvalidRuleSetException}, and
     * changes nothing, when the set does not compile.
     */
    public void install(String tenant, StoredRuleSet stored) {
        Live next = compiled(stored);
        byTenant.compute(tenant, (t, current) -> current != null && current.version() > next.version() ? current : next);
    }

    /**
     * As {@link #install}, also when the stored version is older than the live one: Redis lost the tenant's rules (a
     * flush, a restore from an old snapshot), and Redis is what every replica must agree on.
     */
    public void replace(String tenant, StoredRuleSet stored) {
        byTenant.put(tenant, compiled(stored));
    }

    /** Tenants whose rules were installed here, and their versions. */
    public Map<String, Long> liveVersions() {
        Map<String, Long> versions = new java.util.HashMap<>();
        byTenant.forEach((tenant, live) -> versions.put(tenant, live.version()));
        return versions;
    }

    private Live compiled(StoredRuleSet stored) {
        return stored.own() ? new Live(stored.version(), true, compiler.compile(stored.rules()))
                : new Live(stored.version(), false, defaults.compiled());
    }

    /** The version live here for a tenant (0: never changed). */
    public long version(String tenant) {
        return of(tenant).version();
    }
}
