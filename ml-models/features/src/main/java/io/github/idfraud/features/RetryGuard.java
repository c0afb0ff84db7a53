package io.github.idfraud.features;

import java.time.Duration;

/**
 * What an identifier remembers of the events it counted ({@link AppliedEvents}, ADR 0011), so that an event scored
 * again after the scorer died before storing its answer (the bank's retry once the claim expired) does not count twice
 * on it.
 *
 * @param window  how far an event may lie behind the identifier's newest remembered event, in event time, and still be
 *                remembered; counted in whole minutes. A retry of an event further behind counts again.
 * @param entries how many events an identifier remembers at most; past that, the oldest are forgotten first
 */
public record RetryGuard(Duration window, int entries) {

    /** The most entries: their section must fit the codec's buffer for one section. */
    static final int MAX_ENTRIES = 128;

    /**
     * A retry comes once the 60-second claim expires, usually within minutes; 15 minutes of an identifier's event time
     * covers that on all but busy identifiers, and 32 entries keep the cost of those bounded (about 170 bytes).
     */
    public static final RetryGuard DEFAULT = new RetryGuard(Duration.ofMinutes(15), 32);

    public RetryGuard {
        if (window == null || window.toMinutes() < 1) {
            throw new IllegalArgumentException("the retry guard's window must be at least one minute, not " + window);
        }
        if (entries < 1 || entries > MAX_ENTRIES) {
            throw new IllegalArgumentException("the retry guard remembers 1 to " + MAX_ENTRIES + " events per identifier, not "
                    + entries);
        }
    }

    long windowMinutes() {
        return window.toMinutes();
    }
}
