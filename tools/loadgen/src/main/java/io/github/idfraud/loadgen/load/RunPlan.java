package io.github.idfraud.loadgen.load;

import io.github.idfraud.harness.OpenLoopSender;
import java.time.Duration;

/**
 * One open-loop run: {@code rate} requests per second for {@code duration}, request i intended at start + i/rate.
 *
 * @param name    label in the report, e.g. {@code service@1000/s}
 * @param timeout how long a request may wait for a connection, and then for its answer, before it counts as an error
 */
public record RunPlan(String name, double rate, Duration duration, Duration timeout) {

    public RunPlan {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("rate must be positive, got " + rate);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration must be positive, got " + duration);
        }
    }

    /** How many requests the run sends. */
    public int requests() {
        return (int) Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
    }

    /** Intended send time of request i, in nanoseconds after the run's start. */
    public long intendedOffsetNanos(int i) {
        return OpenLoopSender.intendedOffsetNanos(i, rate);
    }
}
