package io.github.idfraud.scoring.rules;

import io.github.idfraud.contract.ErrorSummary;
import io.github.idfraud.rules.InvalidRuleSetException;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.redis.RuleStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Keeps this replica's rules in step with Redis: loads every tenant's set at start-up, then polls the versions hash
 * every {@code fraud.rules.poll-interval} and reloads a tenant whose version moved, so replicas converge within one
 * interval of a change made through any of them. A stored set that no longer compiles (e.g. it names a feature this
 * build lacks) is refused and logged once; the tenant's previous rules stay live. Versions only grow, so an older
 * version in Redis means Redis lost the rules, and the replicas follow it (a poll that read just before a change
 * made here may undo it here for one interval; the next poll restores it).
 */
@Singleton
public class RuleSync {

    private static final Logger LOG = Logger.getLogger(RuleSync.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(5);

    private final RuleStore store;
    private final TenantRules rules;
    private final Vertx vertx;
    private final Duration interval;
    private final AtomicBoolean polling = new AtomicBoolean();
    private final Map<String, Long> refused = new ConcurrentHashMap<>();
    private long timer = -1;

    RuleSync(RuleStore store, TenantRules rules, Vertx vertx, ScoringConfig config) {
        this.store = store;
        this.rules = rules;
        this.vertx = vertx;
        this.interval = config.rules().pollInterval();
    }

    void start(@Observes StartupEvent event) {
        try {
            poll().await().atMost(STARTUP_WAIT);
        } catch (RuntimeException e) {
            LOG.warnf("tenant rules not loaded at start-up (%s): default rules until Redis answers", ErrorSummary.of(e));
        }
        timer = vertx.setPeriodic(Math.max(100, interval.toMillis()), id -> pollOnce());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void pollOnce() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        poll().subscribe().with(done -> polling.set(false), failure -> {
            polling.set(false);
            LOG.debugf("rule poll failed: %s", ErrorSummary.of(failure));
        });
    }

    /**
     * Loads every tenant whose stored version differs from the one live here, including a tenant Redis no longer
     * knows (version 0: its keys were lost, so the default set).
     */
    Uni<Void> poll() {
        return store.versions().flatMap(versions -> {
            Set<String> tenants = new HashSet<>(versions.keySet());
            tenants.addAll(rules.liveVersions().keySet());
            List<Uni<Void>> loads = tenants.stream()
                    .filter(t -> versions.getOrDefault(t, 0L) != rules.version(t)
                            && !versions.getOrDefault(t, 0L).equals(refused.get(t)))
                    .map(this::load)
                    .toList();
            return loads.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(loads).andFailFast().replaceWithVoid();
        });
    }

    private Uni<Void> load(String tenant) {
        return store.read(tenant).invoke(stored -> {
            try {
                if (stored.version() < rules.version(tenant)) {
                    LOG.warnf("tenant %s: rules in Redis (v%d) are older than those live here (v%d); Redis lost them, "
                            + "following Redis", tenant, stored.version(), rules.version(tenant));
                    rules.replace(tenant, stored);
                } else {
                    rules.install(tenant, stored);
                }
                LOG.infof("tenant %s: rules v%d live (%s)", tenant, stored.version(), stored.own() ? "own set" : "default set");
            } catch (InvalidRuleSetException e) {
                refused.put(tenant, stored.version());
                LOG.errorf("tenant %s: stored rules v%d refused, previous rules stay live: %s", tenant, stored.version(),
                        e.getMessage());
            }
        }).replaceWithVoid();
    }
}
