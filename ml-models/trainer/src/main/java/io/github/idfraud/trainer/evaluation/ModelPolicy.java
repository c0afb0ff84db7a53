package io.github.idfraud.trainer.evaluation;

import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.models.AlertBudgets;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.trainer.replay.ReplayedEvent;

/**
 * The model's decision policy as the scoring service applies it to a tenant with the default alert budget: the
 * event type's REVIEW threshold from the budget, the card's global thresholds around it; a card without budgets
 * decides on the global thresholds alone.
 */
public record ModelPolicy(ModelCard.Thresholds global, AlertBudgets.Budget budget) {

    public static ModelPolicy of(ModelCard.Thresholds global, AlertBudgets budgets) {
        return new ModelPolicy(global, budgets == null ? null : budgets.atMost(budgets.defaultShare()));
    }

    public static ModelPolicy of(ModelCard card) {
        return of(card.thresholds(), card.alertBudgets());
    }

    public DecisionType decide(ReplayedEvent event, double score) {
        ModelCard.Thresholds t = budget == null ? global : budget.thresholds(global, EventKinds.typeOf(event).name());
        return t.decide(score);
    }
}
