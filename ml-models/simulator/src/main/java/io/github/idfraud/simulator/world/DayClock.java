package io.github.idfraud.simulator.world;

import java.util.SplittableRandom;

/** Turns "some local time of day" into a UTC second, following the daily rhythm of people's activity. */
public final class DayClock {

    /** Relative activity per local hour 0..23: quiet at night, peaks at lunch and in the evening. */
    private static final double[] HOURS = {
        0.30, 0.15, 0.10, 0.08, 0.08, 0.15, 0.50, 1.50, 2.50, 2.50, 2.30, 2.30,
        2.80, 2.60, 2.20, 2.10, 2.20, 2.50, 2.90, 3.20, 3.00, 2.40, 1.60, 0.80};

    /** No generator places an event more than this many seconds before the time it drew. */
    public static final int MARGIN = 1800;

    private DayClock() {
    }

    /**
     * A second of the day starting at {@code dayStart}, drawn from the activity curve moved by
     * {@code hourShift} hours, in a place {@code utcOffset} hours ahead of UTC. Never before {@code dayStart}.
     */
    public static long activeSecond(SplittableRandom r, long dayStart, int hourShift, int utcOffset) {
        int hour = Math.floorMod(Rng.weighted(r, HOURS) + hourShift, 24);
        return at(dayStart, hour * 3600 + r.nextInt(3600), utcOffset);
    }

    /**
     * Local second-of-day {@code localSecond} as UTC, wrapped into [dayStart + MARGIN, dayStart + MARGIN + 1 day):
     * the margin leaves room for the failed logins and session starts placed minutes before an action.
     */
    static long at(long dayStart, int localSecond, int utcOffset) {
        return dayStart + MARGIN + Math.floorMod(localSecond - utcOffset * 3600 - MARGIN, 86_400);
    }

    /** Monday = 0 ... Sunday = 6; the epoch day 0 was a Thursday. */
    public static int dayOfWeek(long epochSecond) {
        return Math.floorMod(Math.floorDiv(epochSecond, 86_400) + 3, 7);
    }
}
