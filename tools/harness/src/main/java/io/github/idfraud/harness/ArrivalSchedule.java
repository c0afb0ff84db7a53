package io.github.idfraud.harness;

/**
 * When each timed request of an open-loop run is intended: the {@code slot}-th timed request at start +
 * {@link #offsetNanos}, whatever happened to earlier requests. Offsets never decrease with the slot.
 */
@FunctionalInterface
public interface ArrivalSchedule {

    /** Nanoseconds after the run's start at which the {@code slot}-th timed request (from 0) is intended. */
    long offsetNanos(long slot);

    /** One rate throughout: request i at i/rate. */
    static ArrivalSchedule fixedRate(double ratePerSecond) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, got " + ratePerSecond);
        }
        return slot -> (long) (slot * 1e9 / ratePerSecond);
    }
}
