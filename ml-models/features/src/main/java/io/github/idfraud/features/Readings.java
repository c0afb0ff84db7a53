package io.github.idfraud.features;

import java.util.Arrays;

/** Values read from identifier states that need arithmetic with the event (times, positions) before they become features. */
final class Readings {

    private static final long NOT_READ = Long.MIN_VALUE;
    private static final Reading[] READINGS = Reading.values();

    private final long[] values = new long[READINGS.length];
    private LastSighting previousPosition;
    private final AmountBaseline[] amountBaselines = new AmountBaseline[AmountProfile.Horizon.values().length];

    Readings() {
        Arrays.fill(values, NOT_READ);
    }

    void put(Reading reading, long value) {
        values[reading.ordinal()] = value;
    }

    /** Whether a plan read it: the event had the identifier it comes from. */
    boolean has(Reading reading) {
        return values[reading.ordinal()] != NOT_READ;
    }

    /** The value read, or {@code absent} when nothing was read. */
    long get(Reading reading, long absent) {
        long v = values[reading.ordinal()];
        return v == NOT_READ ? absent : v;
    }

    void amountBaseline(AmountProfile.Horizon horizon, AmountBaseline baseline) {
        amountBaselines[horizon.ordinal()] = baseline;
    }

    /** The customer's typical amount before this payment, or null when there was too little history (or no payment). */
    AmountBaseline amountBaseline(AmountProfile.Horizon horizon) {
        return amountBaselines[horizon.ordinal()];
    }

    void previousPosition(LastSighting sighting) {
        previousPosition = sighting;
    }

    /** The customer's position before this event, or null when there was none (or it was later than the event). */
    LastSighting previousPosition() {
        return previousPosition;
    }
}
