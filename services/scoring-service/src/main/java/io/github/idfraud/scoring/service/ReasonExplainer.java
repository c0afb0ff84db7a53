package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.Decision;
import io.github.idfraud.contract.Explanation;
import io.github.idfraud.contract.Reason;
import io.github.idfraud.features.FeatureVector;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.model.Attribution;
import io.github.idfraud.scoring.model.Prediction;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;

/**
 * Reason codes from the deciding model's own attributions: the features that pushed this score up most, among those
 * whose value, as the bank may see it ({@link CrossBankDisclosure}), says something happened. When none qualifies (a
 * clearly safe event), the single strongest feature is given, so every answer has a reason.
 */
@Singleton
public class ReasonExplainer {

    /** How many contributions an alert keeps: enough for an analyst to see what mattered, small on the stream. */
    static final int ALERT_CONTRIBUTIONS = 10;

    private final int limit;

    ReasonExplainer(ScoringConfig config) {
        this.limit = Math.max(1, config.reasons());
    }

    /**
     * The model's view of an event for its alert: the strongest contributions either way with the values behind
     * them, and every feature value it saw.
     */
    public Explanation explanation(Prediction prediction, FeatureVector features, Decision modelDecision) {
        List<Explanation.Contribution> strongest = prediction.attributions().stream()
                .sorted(Comparator.comparingDouble((Attribution a) -> Math.abs(a.contribution())).reversed())
                .limit(ALERT_CONTRIBUTIONS)
                .map(a -> new Explanation.Contribution(a.feature().featureName(),
                        CrossBankDisclosure.shown(a.feature(), features.get(a.feature())), a.contribution()))
                .toList();
        return new Explanation(modelDecision.modelVersion(), modelDecision.score(), strongest,
                CrossBankDisclosure.shown(features));
    }

    public List<Reason> explain(List<Attribution> attributions, FeatureVector features) {
        List<Attribution> ranked = attributions.stream()
                .sorted(Comparator.comparingDouble(Attribution::contribution).reversed())
                .toList();
        List<Attribution> chosen = ranked.stream()
                .filter(a -> a.contribution() > 0
                        && a.feature().isInformative(CrossBankDisclosure.shown(a.feature(), features.get(a.feature()))))
                .limit(limit).toList();
        if (chosen.isEmpty()) {
            chosen = attributions.stream()
                    .max(Comparator.comparingDouble(a -> Math.abs(a.contribution())))
                    .map(List::of).orElse(List.of());
        }
        return chosen.stream().map(a -> {
            double value = features.get(a.feature());
            return new Reason(a.feature().reasonCode(), CrossBankDisclosure.shown(a.feature(), value),
                    CrossBankDisclosure.describe(a.feature(), value));
        }).toList();
    }
}
