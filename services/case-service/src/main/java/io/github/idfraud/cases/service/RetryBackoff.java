package io.github.idfraud.cases.service;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before an outbox's next attempt: {@code initial}, then doubled after each failure up to {@code max}.
 * With {@code jitter} above 0 each wait is drawn between {@code (1 - jitter)} and all of that, so deliveries that
 * failed together (one receiver's outage) do not all come back in the same second.
 */
public record RetryBackoff(Duration initial, Duration max, double jitter) {

    public RetryBackoff {
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
        }
    }

    /** The wait after {@code attempts} failed attempts (1 or more). */
    public Duration after(int attempts) {
        Duration delay = initial.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
        Duration capped = delay.compareTo(max) > 0 ? max : delay;
        if (jitter == 0) {
            return capped;
        }
        long millis = capped.toMillis();
        long spread = (long) (millis * jitter);
        return Duration.ofMillis(millis - ThreadLocalRandom.current().nextLong(spread + 1));
    }
}
