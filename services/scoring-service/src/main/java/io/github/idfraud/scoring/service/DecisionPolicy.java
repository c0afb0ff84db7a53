package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.scoring.config.ScoringConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a score into ALLOW / CHALLENGE / REVIEW / DECLINE. Each threshold is the configured value, else the live
 * model's calibrated threshold (its alert-rate targets), else a conservative default.
 */
@ApplicationScoped
public class DecisionPolicy {

    static final ModelCard.Thresholds FALLBACK = new ModelCard.Thresholds(0.5, 0.8, 0.95);

    private final ScoringConfig.Decision configured;

    DecisionPolicy(ScoringConfig config) {
        this.configured = config.decision();
    }

    public ModelCard.Thresholds thresholds(ModelCard card) {
        ModelCard.Thresholds model = card.thresholds() == null ? FALLBACK : card.thresholds();
        return new ModelCard.Thresholds(
                configured.challenge().orElse(model.challenge()),
                configured.review().orElse(model.review()),
                configured.decline().orElse(model.decline()));
    }

    public DecisionType decide(double score, ModelCard card) {
        return thresholds(card).decide(score);
    }
}
