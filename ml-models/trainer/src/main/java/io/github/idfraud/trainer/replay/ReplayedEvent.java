package io.github.idfraud.trainer.replay;

import io.github.idfraud.rules.EventFields;
import io.github.idfraud.features.FeatureVector;
import java.time.Instant;
import java.util.List;

/**
 * One kept event after replay: its features as the engine computed them at the time, in {@code FeatureSchema}
 * order, and its target.
 *
 * @param scenario  simulator ground truth, or null in real logs
 * @param reviewKey whom an analyst would review for this event: the customer's pseudonym, else the applicant's
 *                  national-ID pseudonym, else the event itself (unique within the tenant)
 * @param eventFields the event's non-personal fields as rules see them; null unless the replay kept them (backtests)
 */
public record ReplayedEvent(String tenant, String eventId, Instant occurredAt, String scenario, float[] features,
                            boolean fraud, Periods.Split split, String reviewKey, EventFields eventFields) {

    public ReplayedEvent(String tenant, String eventId, Instant occurredAt, String scenario, float[] features, boolean fraud,
                         Periods.Split split, String reviewKey) {
        this(tenant, eventId, occurredAt, scenario, features, fraud, split, reviewKey, null);
    }

    /** The targets of {@code events}, in order: true for FRAUD. */
    public static boolean[] fraudFlags(List<ReplayedEvent> events) {
        boolean[] fraud = new boolean[events.size()];
        for (int i = 0; i < fraud.length; i++) {
            fraud[i] = events.get(i).fraud();
        }
        return fraud;
    }

    /** The features as the engine's vector, for the rules that read them by name. */
    public FeatureVector featureVector() {
        double[] values = new double[features.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = features[i];
        }
        return FeatureVector.of(values);
    }

    public static long countFraud(List<ReplayedEvent> events) {
        return events.stream().filter(ReplayedEvent::fraud).count();
    }
}
