package io.github.idfraud.scoring.quota;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.idfraud.contract.TenantPairs;
import io.github.idfraud.scoring.config.ScoringConfig;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's quota on this pod: events (and labels) per second with a burst, a token bucket per tenant
 * (Bucket4j). A batch takes one token per event, all or none. Over quota, the caller is told when to come back
 * ({@link QuotaExceededException}, a 429 with Retry-After); other tenants are not slowed. Per pod: a deployment of
 * N replicas admits N times the rate.
 */
@Singleton
public class TenantQuotas {

    private final ScoringConfig.Quota settings;
    private final Map<String, Long> ratePerTenant = new HashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    TenantQuotas(ScoringConfig config) {
        this.settings = config.quota();
        for (var pair : TenantPairs.parse("fraud.quota.tenants", settings.tenants(), "bank-a:500")) {
            try {
                ratePerTenant.put(pair.getKey(), requirePositive("fraud.quota.tenants (" + pair.getKey() + ")",
                        Long.parseLong(pair.getValue())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fraud.quota.tenants: the rate of " + pair.getKey()
                        + " is not a whole number of events per second: '" + pair.getValue() + "'");
            }
        }
        requirePositive("fraud.quota.events-per-second", settings.eventsPerSecond());
        if (settings.burstSeconds().isNegative() || settings.burstSeconds().isZero()) {
            throw new IllegalArgumentException("fraud.quota.burst-seconds must be positive");
        }
        int maxBatch = config.limits().maxBatchEvents();
        long smallest = ratePerTenant.values().stream().mapToLong(Long::longValue).min().orElse(settings.eventsPerSecond());
        if (capacity(Math.min(smallest, settings.eventsPerSecond())) < maxBatch) {
            throw new IllegalArgumentException("a tenant's burst (rate x fraud.quota.burst-seconds) must hold a whole "
                    + "batch of " + maxBatch + " events (fraud.limits.max-batch-events)");
        }
    }

    /** Takes {@code events} tokens of the tenant's quota, or throws with how long until they are there. */
    public void take(String tenant, int events) {
        if (events <= 0) {
            return; // an empty batch costs nothing (and Bucket4j takes no zero-token request)
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(tenant, this::bucket).tryConsumeAndReturnRemaining(events);
        if (!probe.isConsumed()) {
            throw new QuotaExceededException(rate(tenant), Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** Throws when the tenant has not even one token left, taking none. */
    public void requireAny(String tenant) {
        EstimationProbe probe = buckets.computeIfAbsent(tenant, this::bucket).estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            throw new QuotaExceededException(rate(tenant), Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /** The tenant's events per second on this pod. */
    public long rate(String tenant) {
        return ratePerTenant.getOrDefault(tenant, settings.eventsPerSecond());
    }

    private Bucket bucket(String tenant) {
        long rate = rate(tenant);
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(capacity(rate))
                .refillGreedy(rate, Duration.ofSeconds(1)).build()).build();
    }

    private long capacity(long rate) {
        return Math.max(1, rate * settings.burstSeconds().toMillis() / 1000);
    }

    private static long requirePositive(String what, long rate) {
        if (rate <= 0) {
            throw new IllegalArgumentException(what + " must be above 0, got " + rate);
        }
        return rate;
    }
}
