package io.github.idfraud.loadgen.suite;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.harness.ChildProcess;
import io.github.idfraud.harness.ScoringServiceEnvironment;
import io.github.idfraud.harness.ServiceProcess;
import io.github.idfraud.loadgen.events.RequestFactory;
import io.github.idfraud.loadgen.redis.RedisAdmin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scoring service as the suite runs it, and the clean-up of what the suite's requests left in Redis. One
 * service serves every HTTP phase (load runs, quota isolation, batch throughput), so its JVM is warm for each.
 */
final class BenchService {

    private final RedisAdmin redis;
    private final BenchNamespace names;
    private final Secrets secrets;
    private final boolean cluster;

    /** @param cluster whether {@code redis} is a Redis Cluster (its URL then the seed URLs) */
    BenchService(RedisAdmin redis, BenchNamespace names, Secrets secrets, boolean cluster) {
        this.redis = redis;
        this.names = names;
        this.secrets = secrets;
        this.cluster = cluster;
    }

    /**
     * The packaged scoring service (prod profile) on a free port of the loopback interface, with generated secrets,
     * the baseline endpoint switched on, event time unbounded, every Redis name of its own (feature prefix, alert
     * and label streams), batches as large as the batch phase sends and no quota but the quota phase's noisy
     * tenant's.
     */
    ServiceProcess start(Path repo, List<String> jvmOptions, Path logDir) {
        ScoringServiceEnvironment env = new ScoringServiceEnvironment();
        if (cluster) {
            env.redisCluster(redis.url());
        } else {
            env.redis(redis.url());
        }
        env = QuotaPhase.limitNoisyTenant(env
                .listen("127.0.0.1", ChildProcess.freePort())
                .managementPort(ChildProcess.freePort())
                .apiKeys(secrets.tenantKeys())
                .pseudonymisationKey(secrets.pseudonymisationKey())
                .contactEncryptionKey(secrets.contactEncryptionKey())
                .vaultKey(secrets.vaultKey())
                .benchBaseline()
                .maxBatchEvents(BatchPhase.BATCH_EVENTS)
                .featureKeyPrefix(names.featurePrefix())
                .streams(names.alertsStream(), names.labelsStream())
                // Idempotency records expire on their own should the suite die before its clean-up.
                .eventRetention(Duration.ofHours(2))
                // Simulated events, shifted a pool's span ahead on every pass: far from today either way.
                .timeUnbounded());
        ServiceProcess service = ServiceProcess.start(repo, env, jvmOptions, logDir);
        try {
            service.awaitReady(Duration.ofSeconds(120));
            return service;
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    /**
     * Removes the runs' feature windows (their own prefix), their idempotency records ({@code ev:{<reference>}},
     * the scoring service's EventStore layout, found from the issued event ids and the run's pseudonymisation key)
     * and their alert and label streams. Records it misses expire after FRAUD_EVENT_RETENTION (2 h).
     *
     * @return a note for the results, saying what was removed or that the clean-up failed
     */
    String cleanUp(List<RequestFactory> factories) {
        try {
            long alerts = redis.streamLength(names.alertsStream());
            long features = redis.deleteKeys(names.featurePrefix());
            Pseudonymiser pseudonymiser = new Pseudonymiser(secrets.pseudonymisationKey());
            List<String> batch = new ArrayList<>(1_000);
            long[] records = {0};
            long issued = 0;
            for (RequestFactory requests : factories) {
                issued += requests.issued();
                requests.forEachIssued((tenant, eventId) -> {
                    batch.add(RedisKeys.eventRecord(pseudonymiser.eventReference(tenant, eventId)));
                    if (batch.size() == 1_000) {
                        records[0] += redis.unlink(batch);
                        batch.clear();
                    }
                });
            }
            records[0] += redis.unlink(batch);
            redis.unlink(List.of(names.alertsStream(), names.labelsStream()));
            return String.format(Locale.ROOT, "The HTTP runs sent %,d events, raised %,d alerts; clean-up removed "
                    + "%,d feature keys and %,d idempotency records from Redis.", issued, alerts, features, records[0]);
        } catch (RuntimeException e) {
            return "Clean-up after the HTTP runs failed (" + e.getMessage() + "); keys under "
                    + names.featurePrefix() + " may remain, idempotency records expire within 2 h.";
        }
    }
}
