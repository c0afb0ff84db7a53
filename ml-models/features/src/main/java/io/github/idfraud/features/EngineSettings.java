package io.github.idfraud.features;

import java.time.Duration;
import java.util.Objects;

/**
 * @param keyPrefix       namespace of every key the engine writes (serving and each training run use their own)
 * @param windowTtl       how long an idle identifier's windows live; longer than the longest window
 * @param labelTtl        how long fraud labels stay linked to an identifier; longer than the label window
 * @param labelWindow     how far back label-based features look from the event time
 * @param stateCacheBytes bound of the in-process cache of identifier values (0: none; every known identifier then
 *                        costs a refused compare-and-set before its update lands)
 * @param privateReplay   a replay into a fresh namespace nobody else writes or reads, on one ordered connection: on a
 *                        standalone Redis an event's commits go out as one multi-key call, and updates of identifiers
 *                        the cache holds are written behind (when the cache lets them go, or on
 *                        {@link FeatureEngine#writeBack}; ADR 0016)
 * @param timeBounds      how far ahead of its clock an event or label time may lie ({@link FeatureEngine}); unbounded
 *                        by default, as replays of history run on event time alone
 * @param retryGuard      which recent events each identifier remembers, so that a retried event counts once
 *                        ({@link RetryGuard#DEFAULT} unless set)
 */
public record EngineSettings(String keyPrefix, Duration windowTtl, Duration labelTtl, Duration labelWindow,
                             long stateCacheBytes, boolean privateReplay, TimeBounds timeBounds, RetryGuard retryGuard) {

    public static final long DEFAULT_CACHE_BYTES = 64L << 20;

    public EngineSettings {
        if (keyPrefix == null || keyPrefix.isBlank() || keyPrefix.contains("{") || keyPrefix.contains("}")) {
            throw new IllegalArgumentException("key prefix must be non-blank and free of braces: " + keyPrefix);
        }
        if (windowTtl.compareTo(Duration.ofDays(31)) < 0 || labelTtl.compareTo(labelWindow) < 0) {
            throw new IllegalArgumentException("TTLs must outlive the windows they serve");
        }
        if (stateCacheBytes < 0) {
            throw new IllegalArgumentException("state cache size must not be negative");
        }
        Objects.requireNonNull(timeBounds, "time bounds (TimeBounds.unbounded() for a replay)");
        Objects.requireNonNull(retryGuard, "retry guard (RetryGuard.DEFAULT)");
    }

    public EngineSettings(String keyPrefix, Duration windowTtl, Duration labelTtl, Duration labelWindow) {
        this(keyPrefix, windowTtl, labelTtl, labelWindow, DEFAULT_CACHE_BYTES, false, TimeBounds.unbounded(),
                RetryGuard.DEFAULT);
    }

    public static EngineSettings defaults(String keyPrefix) {
        return new EngineSettings(keyPrefix, Duration.ofDays(32), Duration.ofDays(95), Duration.ofDays(90));
    }

    /** Settings for replaying a log into a namespace nobody else writes, with a cache of {@code cacheBytes}. */
    public EngineSettings forPrivateReplay(long cacheBytes) {
        return new EngineSettings(keyPrefix, windowTtl, labelTtl, labelWindow, cacheBytes, true, timeBounds, retryGuard);
    }

    public EngineSettings withStateCacheBytes(long cacheBytes) {
        return new EngineSettings(keyPrefix, windowTtl, labelTtl, labelWindow, cacheBytes, privateReplay, timeBounds, retryGuard);
    }

    /** Settings for the live path: events and labels past {@code bounds}' upper bound are refused. */
    public EngineSettings withTimeBounds(TimeBounds bounds) {
        return new EngineSettings(keyPrefix, windowTtl, labelTtl, labelWindow, stateCacheBytes, privateReplay, bounds, retryGuard);
    }

    public EngineSettings withRetryGuard(RetryGuard guard) {
        return new EngineSettings(keyPrefix, windowTtl, labelTtl, labelWindow, stateCacheBytes, privateReplay, timeBounds, guard);
    }
}
