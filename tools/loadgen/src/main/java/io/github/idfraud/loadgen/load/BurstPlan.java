package io.github.idfraud.loadgen.load;

import io.github.idfraud.harness.ArrivalSchedule;
import io.github.idfraud.harness.OpenLoopSender;

/**
 * One open-loop run with a burst in it: {@code steadyRate} for {@code beforeSeconds}, {@code burstRate} for
 * {@code burstSeconds}, then {@code steadyRate} again for {@code afterSeconds}, without a pause between the parts.
 * Whole seconds, so each second of the run belongs to one part.
 */
public record BurstPlan(double steadyRate, double burstRate, int beforeSeconds, int burstSeconds, int afterSeconds)
        implements ArrivalSchedule {

    /** The part of the run a second belongs to. */
    public enum Part {
        BEFORE, BURST, AFTER
    }

    public BurstPlan {
        if (!(steadyRate > 0) || !(burstRate > 0)) {
            throw new IllegalArgumentException("rates must be positive, got " + steadyRate + " and " + burstRate);
        }
        if (beforeSeconds <= 0 || burstSeconds <= 0 || afterSeconds <= 0) {
            throw new IllegalArgumentException("each part needs at least a second, got " + beforeSeconds + ", "
                    + burstSeconds + ", " + afterSeconds);
        }
    }

    public int seconds() {
        return beforeSeconds + burstSeconds + afterSeconds;
    }

    /** The first second after the burst. */
    public int burstEnd() {
        return beforeSeconds + burstSeconds;
    }

    /** Requests the run sends. */
    public int requests() {
        return beforeRequests() + burstRequests() + (int) Math.round(steadyRate * afterSeconds);
    }

    @Override
    public long offsetNanos(long slot) {
        if (slot < beforeRequests()) {
            return nanos(slot, steadyRate);
        }
        long inBurst = slot - beforeRequests();
        if (inBurst < burstRequests()) {
            return beforeSeconds * 1_000_000_000L + nanos(inBurst, burstRate);
        }
        return burstEnd() * 1_000_000_000L + nanos(inBurst - burstRequests(), steadyRate);
    }

    /** The second of the run (from 0) in which request {@code slot} is intended. */
    public int second(long slot) {
        return (int) Math.min(seconds() - 1, offsetNanos(slot) / 1_000_000_000L);
    }

    public Part part(int second) {
        return second < beforeSeconds ? Part.BEFORE : second < burstEnd() ? Part.BURST : Part.AFTER;
    }

    private int beforeRequests() {
        return (int) Math.round(steadyRate * beforeSeconds);
    }

    private int burstRequests() {
        return (int) Math.round(burstRate * burstSeconds);
    }

    private static long nanos(long slot, double rate) {
        return OpenLoopSender.intendedOffsetNanos(slot, rate);
    }
}
