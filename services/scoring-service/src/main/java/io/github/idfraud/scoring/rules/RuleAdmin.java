package io.github.idfraud.scoring.rules;

import io.github.idfraud.rules.Rule;
import io.github.idfraud.rules.RuleSet;
import io.github.idfraud.scoring.redis.RuleStore;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Operators' changes to a tenant's rules: read the stored set (or the default one), apply the change, compile the
 * whole result (a refused set changes nothing), store it with its audit entry if nobody changed the set meanwhile,
 * and make it live here at once; other replicas follow through {@link RuleSync}.
 */
@Singleton
public class RuleAdmin {

    /** A tenant's rules as the admin API shows them. */
    public record TenantRuleSet(String tenant, long version, boolean own, List<Rule> rules) {
    }

    /** Another change was stored between this change's read and its write: retry with the new set. */
    public static final class ConcurrentChangeException extends RuntimeException {
        ConcurrentChangeException(String tenant) {
            super("the rules of tenant " + tenant + " changed meanwhile; read them again and retry");
        }
    }

    private final RuleStore store;
    private final TenantRules live;
    private final Clock clock;

    RuleAdmin(RuleStore store, TenantRules live, Clock clock) {
        this.store = store;
        this.live = live;
        this.clock = clock;
    }

    public Uni<TenantRuleSet> current(String tenant) {
        return store.read(tenant).map(stored -> view(tenant, stored));
    }

    /**
     * Applies {@code edit} to the tenant's current rules and stores the result as the next version.
     *
     * @param change the audit entry's name for it, e.g. PUT_RULE
     */
    public Uni<TenantRuleSet> change(String tenant, String who, String change, UnaryOperator<RuleSet> edit) {
        return store.read(tenant).flatMap(stored -> {
            RuleSet before = rulesOf(stored);
            RuleSet after = edit.apply(before).versionedAfter(before);
            live.compile(after);
            return save(tenant, who, change, stored, before, new StoredRuleSet(stored.version() + 1, true, after));
        });
    }

    /** The tenant goes back to the default set (its own set is kept only in the audit trail). */
    public Uni<TenantRuleSet> reset(String tenant, String who) {
        return store.read(tenant).flatMap(stored -> save(tenant, who, "RESET_TO_DEFAULT", stored, rulesOf(stored),
                new StoredRuleSet(stored.version() + 1, false, null)));
    }

    public Uni<List<RuleAuditEntry>> audit(String tenant, int limit) {
        return store.audit(tenant, limit);
    }

    private Uni<TenantRuleSet> save(String tenant, String who, String change, StoredRuleSet stored, RuleSet before,
                                    StoredRuleSet next) {
        RuleSet after = rulesOf(next);
        RuleAuditEntry entry = new RuleAuditEntry(Instant.now(clock), who, change, changedIds(before, after),
                describeChanges(before, after), stored.version(), next.version());
        return store.change(tenant, stored.version(), next, entry).map(stored1 -> {
            if (!stored1) {
                throw new ConcurrentChangeException(tenant);
            }
            live.install(tenant, next);
            return view(tenant, next);
        });
    }

    private RuleSet rulesOf(StoredRuleSet stored) {
        return stored.own() ? stored.rules() : live.defaultSet();
    }

    private TenantRuleSet view(String tenant, StoredRuleSet stored) {
        return new TenantRuleSet(tenant, stored.version(), stored.own(), rulesOf(stored).rules());
    }

    private static List<String> changedIds(RuleSet before, RuleSet after) {
        List<String> ids = new ArrayList<>();
        after.rules().forEach(r -> {
            if (before.find(r.id()).map(old -> !old.sameContentAs(r)).orElse(true)) {
                ids.add(r.id());
            }
        });
        before.rules().forEach(r -> {
            if (after.find(r.id()).isEmpty()) {
                ids.add(r.id());
            }
        });
        return ids;
    }

    /** Per changed rule: added, removed, or its version and status moving. */
    private static String describeChanges(RuleSet before, RuleSet after) {
        List<String> parts = new ArrayList<>();
        for (String id : changedIds(before, after)) {
            Rule old = before.find(id).orElse(null);
            Rule now = after.find(id).orElse(null);
            if (old == null) {
                parts.add(id + ": added v" + now.version() + " " + now.status());
            } else if (now == null) {
                parts.add(id + ": removed at v" + old.version());
            } else {
                parts.add(id + ": v" + old.version() + " " + old.status() + " -> v" + now.version() + " " + now.status());
            }
        }
        return String.join("; ", parts);
    }
}
