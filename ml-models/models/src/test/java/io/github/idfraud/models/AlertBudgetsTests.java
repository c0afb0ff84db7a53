package io.github.idfraud.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertBudgetsTests {

    private final AlertBudgets budgets = new AlertBudgets(0.01, "validation period", List.of(
            new AlertBudgets.Budget(0.005, Map.of("ACCOUNT_OPENING", 0.3), 0.001, 0.5),
            new AlertBudgets.Budget(0.01, Map.of("ACCOUNT_OPENING", 0.2, "TRANSACTION", 0.6), 0.002, 0.6),
            new AlertBudgets.Budget(0.02, Map.of("ACCOUNT_OPENING", 0.1, "TRANSACTION", 0.4), 0.005, 0.7)));
    private final ModelCard.Thresholds global = new ModelCard.Thresholds(0.05, 0.5, 0.95);

    @Test
    void aTenantGetsTheLargestBudgetNotAboveItsOwnAndTheSmallestWhenBelowThemAll() {
        assertThat(budgets.atMost(0.015).share()).isEqualTo(0.01);
        assertThat(budgets.atMost(0.02).share()).isEqualTo(0.02);
        assertThat(budgets.atMost(0.001).share()).isEqualTo(0.005);
    }

    @Test
    void eachEventTypeHasItsOwnReviewThresholdAndChallengeAndDeclineNeverCrossIt() {
        AlertBudgets.Budget budget = budgets.atMost(0.01);

        assertThat(budget.thresholds(global, "ACCOUNT_OPENING")).isEqualTo(new ModelCard.Thresholds(0.05, 0.2, 0.95));
        assertThat(budget.thresholds(global, "TRANSACTION")).isEqualTo(new ModelCard.Thresholds(0.05, 0.6, 0.95));
        assertThat(budgets.atMost(0.005).thresholds(new ModelCard.Thresholds(0.5, 0.6, 0.7), "ACCOUNT_OPENING"))
                .isEqualTo(new ModelCard.Thresholds(0.3, 0.3, 0.7));
    }

    @Test
    void aTypeTheBudgetGaveNoAlertsNeverReachesReviewOrDecline() {
        ModelCard.Thresholds login = budgets.atMost(0.01).thresholds(global, "LOGIN");

        assertThat(login.review()).isInfinite();
        assertThat(login.decline()).isInfinite();
        assertThat(login.challenge()).isEqualTo(0.05);
    }
}
