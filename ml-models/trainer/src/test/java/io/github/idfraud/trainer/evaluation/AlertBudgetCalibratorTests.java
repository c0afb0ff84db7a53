package io.github.idfraud.trainer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.EventType;
import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureSchema;
import io.github.idfraud.models.AlertBudgets;
import io.github.idfraud.models.Detection;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.trainer.replay.Periods;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertBudgetCalibratorTests {

    private final List<ReplayedEvent> events = new ArrayList<>();
    private final List<Double> scores = new ArrayList<>();

    /**
     * Transactions score high but their top holds no fraud; openings score lower, and fraud sits at their top. A
     * single threshold would spend the budget on transactions; per type, the budget goes where the fraud is.
     */
    @Test
    void theBudgetGoesToTheEventTypeWhoseTopScoresHoldTheFraud() {
        for (int i = 0; i < 10_000; i++) {
            add(EventType.TRANSACTION, "legit", false, 0.5 + i / 20_000.0);
        }
        for (int i = 0; i < 400; i++) {
            boolean fraud = i >= 360;
            add(EventType.ACCOUNT_OPENING, fraud ? "stolen_identity" : "legit", fraud, 0.1 + i / 2_000.0);
        }

        AlertBudgets budgets = new AlertBudgetCalibrator().calibrate(events, scores(), "test");
        AlertBudgets.Budget onePercent = budgets.atMost(0.01);

        assertThat(budgets.budgets()).allSatisfy(b -> assertThat(budgets.atMost(budgets.defaultShare()).legitShare())
                .isLessThanOrEqualTo(AlertBudgetCalibrator.DEFAULT_LEGIT_SHARE));
        assertThat(onePercent.fraudRecall()).isEqualTo(1.0);
        assertThat(onePercent.reviewThresholds()).containsKey("ACCOUNT_OPENING");
        assertThat(onePercent.reviewThresholds().get("ACCOUNT_OPENING")).isLessThanOrEqualTo(0.1 + 360 / 2_000.0);
        ModelPolicy policy = new ModelPolicy(new ModelCard.Thresholds(0.9, 0.95, 0.99), onePercent);
        long sent = 0;
        for (int i = 0; i < events.size(); i++) {
            sent += policy.decide(events.get(i), scores.get(i)).raisesAlert() ? 1 : 0;
        }
        assertThat(sent).as("never over budget").isLessThanOrEqualTo((long) (0.01 * events.size()));

        Detection.FamilyTable table = new FamilyDetection().table("toy", events, scores(),
                ModelPolicy.of(new ModelCard.Thresholds(0.9, 0.95, 0.99), budgets), null, budgets);
        assertThat(table.families()).singleElement().satisfies(f -> {
            assertThat(f.scenario()).isEqualTo("stolen_identity");
            assertThat(f.harmfulEvents()).isEqualTo(40);
            assertThat(f.policyShare()).isEqualTo(1.0);
            assertThat(f.rankingRecall()).as("at 1% legit FPR the transactions outrank every opening").isEqualTo(0.0);
            assertThat(f.rulesShare()).as("no rules given").isNull();
        });
        assertThat(table.budgetCurve()).hasSize(budgets.budgets().size()).allSatisfy(point -> {
            assertThat(point.weakestFamily()).isEqualTo("stolen_identity");
            assertThat(point.legitShare()).isLessThanOrEqualTo(point.share());
        });
    }

    private void add(EventType type, String scenario, boolean fraud, double score) {
        float[] features = new float[FeatureSchema.size()];
        features[Feature.valueOf("TYPE_" + type.name()).ordinal()] = 1;
        events.add(new ReplayedEvent("bank-a", "e" + events.size(), Instant.EPOCH, scenario, features, fraud,
                Periods.Split.VALID, "c" + events.size()));
        scores.add(score);
    }

    private double[] scores() {
        return scores.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
