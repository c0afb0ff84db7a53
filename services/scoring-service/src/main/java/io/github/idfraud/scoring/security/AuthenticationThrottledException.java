package io.github.idfraud.scoring.security;

import java.time.Duration;

/** Too many unknown keys from one address ({@link FailedAuthentications}): a 429, the key not even compared. */
public class AuthenticationThrottledException extends RuntimeException {

    private final Duration retryAfter;

    AuthenticationThrottledException(Duration retryAfter) {
        super("too many unknown API keys from this address", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
