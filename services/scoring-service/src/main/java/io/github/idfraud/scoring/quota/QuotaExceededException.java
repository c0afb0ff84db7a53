package io.github.idfraud.scoring.quota;

import java.time.Duration;

/** A tenant asked for more than its quota; {@code retryAfter} is when the tokens it asked for are there. */
public class QuotaExceededException extends RuntimeException {

    private final Duration retryAfter;

    QuotaExceededException(long ratePerSecond, Duration retryAfter) {
        super("over this tenant's quota of " + ratePerSecond + " events per second", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
