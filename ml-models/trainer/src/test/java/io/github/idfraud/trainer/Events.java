package io.github.idfraud.trainer;

import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.trainer.replay.Periods;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.time.Instant;

/** Replayed events made by hand, for tests that need no replay. */
public final class Events {

    static final Instant DAY1 = Instant.parse("2026-10-01T00:00:00Z");

    private Events() {
    }

    public static ReplayedEvent scored(String tenant, String eventId, int day, String reviewKey, String scenario, boolean fraud) {
        return new ReplayedEvent(tenant, eventId, DAY1.plusSeconds(86_400L * (day - 1) + 3_600), scenario,
                new float[FeatureSchema.size()], fraud, Periods.Split.TEST, reviewKey);
    }

    public static ReplayedEvent withFeatures(String eventId, float[] features, boolean fraud, Periods.Split split) {
        return new ReplayedEvent("bank-a", eventId, DAY1, fraud ? "fraud" : "legit", features, fraud, split, "c:" + eventId);
    }
}
