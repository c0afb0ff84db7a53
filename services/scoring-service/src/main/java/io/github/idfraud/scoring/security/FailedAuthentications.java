package io.github.idfraud.scoring.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.idfraud.scoring.config.ScoringConfig;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Throttles guessing of API keys: each client address may present a few unknown keys ({@code fraud.auth-failures.*}:
 * 20, then one more every 6 s), past that its requests with a key are refused (429) before any key is compared. Addresses
 * are remembered least-recently-used first, at most {@value #ADDRESSES}, so a flood of addresses costs bounded memory.
 * Behind an ingress the address is the client's only when the proxy's forwarded header is trusted
 * ({@code quarkus.http.proxy.*}).
 */
@Singleton
public class FailedAuthentications {

    private static final int ADDRESSES = 10_000;

    private final long burst;
    private final Duration refillEvery;

    private final Map<String, Bucket> byAddress = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > ADDRESSES;
        }
    };

    FailedAuthentications(ScoringConfig config) {
        this.burst = config.authFailures().burst();
        this.refillEvery = config.authFailures().refillEvery();
    }

    /** How long {@code address} must wait before it may present a key again; zero when it may now. */
    public synchronized Duration waitBeforeTrying(String address) {
        Bucket bucket = byAddress.get(address);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** Counts an unknown key presented from {@code address}. */
    public synchronized void failed(String address) {
        byAddress.computeIfAbsent(address, any -> Bucket.builder().addLimit(Bandwidth.builder().capacity(burst)
                .refillGreedy(1, refillEvery).build()).build()).tryConsume(1);
    }
}
