package io.github.idfraud.scoring.quota;

import java.time.Duration;

/** A tenant asked for more than its quota; {@code retryAfter} is when the tokens it asked for are there. */
public class QuotaExceededException extends RuntimeException {

    private final long ratePerSecond;
    private final Duration retryAfter;

    QuotaExceededException(long ratePerSecond, Duration retryAfter) {
        super("over this tenant's quota of " + ratePerSecond + " events per second", null, false, false);
        this.ratePerSecond = ratePerSecond;
        this.retryAfter = retryAfter;
    }

    public long ratePerSecond() {
        return ratePerSecond;
    }

    /** Whole seconds to wait, at least 1 (Retry-After has no fractions). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
