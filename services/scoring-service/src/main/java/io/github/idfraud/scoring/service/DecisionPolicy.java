package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.scoring.config.ScoringConfig;
import jakarta.inject.Singleton;

/**
 * Turns a score into ALLOW / CHALLENGE / REVIEW / DECLINE. The REVIEW threshold is the event type's own under the
 * tenant's alert budget (from the live model's card); a threshold configured here wins over the card's; a card
 * without thresholds gets a conservative default.
 */
@Singleton
public class DecisionPolicy {

    static final ModelCard.Thresholds FALLBACK = new ModelCard.Thresholds(0.5, 0.8, 0.95);

    private final ScoringConfig.Decision configured;
    private final TenantAlertBudgets budgets;

    DecisionPolicy(ScoringConfig config) {
        this.configured = config.decision();
        this.budgets = new TenantAlertBudgets(configured.alertBudget(), configured.alertBudgets());
    }

    /** The thresholds shared by every event type: the card's global ones with the configured overrides. */
    public ModelCard.Thresholds thresholds(ModelCard card) {
        return overridden(card.thresholds() == null ? FALLBACK : card.thresholds());
    }

    /** The thresholds an event of {@code type} from {@code tenant} is decided by. */
    public ModelCard.Thresholds thresholds(ModelCard card, String tenant, EventType type) {
        ModelCard.Thresholds model = card.thresholds() == null ? FALLBACK : card.thresholds();
        var alertBudgets = card.alertBudgets();
        if (alertBudgets != null && !alertBudgets.budgets().isEmpty()) {
            model = alertBudgets.atMost(budgets.of(tenant, alertBudgets.defaultShare())).thresholds(model, type.name());
        }
        return overridden(model);
    }

    public DecisionType decide(double score, ModelCard card, String tenant, EventType type) {
        return thresholds(card, tenant, type).decide(score);
    }

    private ModelCard.Thresholds overridden(ModelCard.Thresholds model) {
        return new ModelCard.Thresholds(
                configured.challenge().orElse(model.challenge()),
                configured.review().orElse(model.review()),
                configured.decline().orElse(model.decline()));
    }
}
