package io.github.idfraud.trainer.evaluation;

import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.models.DriftReference;
import io.github.idfraud.models.ReferenceBins;
import io.github.idfraud.models.Rounding;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The card's drift reference: bins of the score and of every schema feature on the events the thresholds are
 * calibrated on. Those are kept in full (training events are sampled down), so they look like live traffic.
 */
public final class DriftReferenceBuilder {

    /**
     * @param period what {@code events} are, in words
     * @param scores the released model's FRAUD probability per event, in order
     */
    public DriftReference build(String period, List<ReplayedEvent> events, double[] scores) {
        if (events.isEmpty() || events.size() != scores.length) {
            throw new IllegalArgumentException("a drift reference needs one score per event, got " + scores.length
                    + " scores for " + events.size() + " events");
        }
        double[] answered = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            // The service answers (and monitors) the score rounded like this; bins must see the same values.
            answered[i] = Rounding.round(scores[i]);
        }
        List<String> names = FeatureSchema.names();
        Map<String, ReferenceBins> features = new LinkedHashMap<>();
        double[] column = new double[events.size()];
        for (int f = 0; f < names.size(); f++) {
            for (int i = 0; i < column.length; i++) {
                column[i] = events.get(i).features()[f];
            }
            features.put(names.get(f), ReferenceBins.of(column));
        }
        return new DriftReference(period, events.size(), ReferenceBins.of(answered, ReferenceBins.SCORE_QUANTILES), features);
    }
}
