package io.github.idfraud.loadgen.chaos;

import io.github.idfraud.loadgen.redis.RedisClusterProcess;
import io.github.idfraud.contract.StreamNames;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Breaks one part of the system at a given moment and brings it back, on a thread of its own while the traffic
 * goes on; tells when the fault began and when the part was back (ready again, for a restarted service).
 */
final class FaultInjector {

    /**
     * Nanosecond times (System.nanoTime) of the fault's start and of the part being back; for a Redis Cluster failover,
     * back is the replica's promotion, and {@code failover} has the rest (null for the other faults).
     */
    record Window(long startNanos, long backNanos, RedisClusterProcess.Failover failover) {
    }

    private FaultInjector() {
    }

    static CompletableFuture<Window> schedule(Fault fault, ChaosSystem system, ChaosSettings settings, long atNanos) {
        return CompletableFuture.supplyAsync(() -> {
            sleepUntil(atNanos);
            long start = System.nanoTime();
            try {
                if (fault == Fault.REDIS_PRIMARY_FAILOVER) {
                    // The alert stream's primary: the failover then also moves the case service's consumer group.
                    RedisClusterProcess.Failover failover = system.redisCluster().killPrimaryOf(StreamNames.ALERTS);
                    return new Window(failover.killedNanos(), failover.promotedNanos(), failover);
                }
                inject(fault, system, settings);
            } catch (Exception e) {
                throw new IllegalStateException("fault " + fault + " could not be injected: " + e.getMessage(), e);
            }
            return new Window(start, System.nanoTime(), null);
        });
    }

    private static void inject(Fault fault, ChaosSystem system, ChaosSettings settings) throws Exception {
        switch (fault) {
            case NONE, REDIS_PRIMARY_FAILOVER -> { }
            case REDIS_STOPPED -> {
                system.redis().stop();
                Waits.sleep(settings.redisDown());
                system.redis().start();
            }
            case CASE_SERVICE_KILLED -> {
                system.killCases();
                system.startCases();
                system.awaitCases();
            }
            case SMTP_DOWN -> {
                system.mail().stop();
                Waits.sleep(settings.smtpDown());
                system.mail().start();
            }
            case POSTGRES_RESTARTED -> system.postgres().restart();
            case SCORING_SERVICE_KILLED -> {
                system.killScoring();
                system.startScoring();
                system.awaitScoring();
            }
        }
    }

    private static void sleepUntil(long atNanos) {
        long wait = atNanos - System.nanoTime();
        if (wait > 0) {
            Waits.sleep(Duration.ofNanos(wait));
        }
    }
}
