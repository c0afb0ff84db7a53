package io.github.idfraud.trainer.training;

import io.github.idfraud.trainer.replay.EventKey;
import java.util.Locale;

/**
 * Down-samples LEGIT training events so that a long, busy training period still fits a quick XGBoost run: every
 * FRAUD event is kept, a LEGIT one with probability {@code legitRate}. The choice hashes the event key with the
 * seed, so it does not depend on the replay order and the same seed keeps the same events.
 */
public record TrainingSample(double legitRate, long seed) {

    public TrainingSample {
        if (!(legitRate > 0 && legitRate <= 1)) {
            throw new IllegalArgumentException("LEGIT sampling rate must be in (0, 1], got " + legitRate);
        }
    }

    /** Keeps at most about {@code maxEvents} of the {@code periodEvents} training events. */
    public static TrainingSample capped(long periodEvents, long maxEvents, long seed) {
        return new TrainingSample(periodEvents <= maxEvents ? 1.0 : (double) maxEvents / periodEvents, seed);
    }

    public boolean keeps(EventKey key, boolean fraud) {
        return fraud || legitRate >= 1 || unitHash(key) < legitRate;
    }

    public String describe() {
        return legitRate >= 1 ? "all training events" : String.format(Locale.ROOT,
                "all FRAUD and %.1f%% of LEGIT training events (seeded sample)", legitRate * 100);
    }

    private double unitHash(EventKey key) {
        long h = seed * 0x9E3779B97F4A7C15L + key.tenant().hashCode() * 0xC2B2AE3D27D4EB4FL + key.eventId().hashCode();
        // SplitMix64 finaliser: spreads the String hash codes over all 64 bits.
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return (h >>> 11) * 0x1.0p-53;
    }
}
