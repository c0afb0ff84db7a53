package io.github.idfraud.trainer.evaluation;

import static io.github.idfraud.trainer.Events.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.idfraud.models.DailyReview;
import io.github.idfraud.models.ModelMetrics;
import io.github.idfraud.models.ScenarioResult;
import io.github.idfraud.trainer.replay.EventKey;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import io.github.idfraud.trainer.training.TrainingSample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTests {

    @Test
    void recallAtFalsePositiveRatesOnHandMadeScores() {
        List<ReplayedEvent> events = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            events.add(scored("bank-a", "l" + i, 1, "c:l" + i, "legit", false));
            scores.add(i / 1000.0);
        }
        double[] fraudScores = {0.9995, 0.9991, 0.995, 0.985, 0.975, 0.96, 0.94, 0.5, 0.2, 0.0};
        for (int i = 0; i < fraudScores.length; i++) {
            events.add(scored("bank-a", "f" + i, 1, "c:f" + i, "account_takeover", true));
            scores.add(fraudScores[i]);
        }
        ModelMetrics m = new Evaluation(100).evaluate(events, scores.stream().mapToDouble(Double::doubleValue).toArray());

        // 0.1% of 1000 LEGIT is 1 event above 0.998; 1% is 10 above 0.989; 5% is 50 above 0.949.
        assertThat(m.recallAtFpr()).containsEntry("0.1%", 0.2).containsEntry("1%", 0.3).containsEntry("5%", 0.6);
        assertThat(m.recallAt1PctFpr()).isEqualTo(0.3);
        assertThat(m.perScenarioRecall()).containsEntry("account_takeover", 0.3);
        assertThat(m.scenarios().get("legit").flagged()).as("LEGIT flagged at the 1%% threshold").isLessThanOrEqualTo(0.01);
        assertThat(m.aucRoc()).isBetween(0.5, 1.0);
    }

    @Test
    void recallAtAFalsePositiveRateNeverFlagsMoreLegitThanTheRateWhenScoresTie() {
        boolean[] fraud = new boolean[200];
        double[] scores = new double[200];
        for (int i = 0; i < 200; i++) {
            fraud[i] = i >= 190;
            scores[i] = i < 150 ? 0.1 : 0.9;  // 40 LEGIT tie with every FRAUD event at 0.9
        }
        FprRecall recall = new FprRecall(fraud, scores);
        assertThat(recall.recall(0.05)).as("flagging the tie would flag 21% of LEGIT").isZero();
        assertThat(recall.recall(0.5)).isEqualTo(1.0);
    }

    @Test
    void precisionAtKCountsCustomersPerDayNotEvents() {
        List<ReplayedEvent> events = List.of(
                // day 1: A has three events (one FRAUD), the same pseudonym at another bank is another customer
                scored("bank-a", "a1", 1, "c:A", "legit", false),
                scored("bank-a", "a2", 1, "c:A", "account_takeover", true),
                scored("bank-a", "a3", 1, "c:A", "legit", false),
                scored("bank-a", "b1", 1, "c:B", "legit", false),
                scored("bank-a", "c1", 1, "c:C", "sim_swap", true),
                scored("bank-b", "x1", 1, "c:A", "legit", false),
                // day 2: only two customers, both FRAUD
                scored("bank-a", "d1", 2, "c:D", "stolen_identity", true),
                scored("bank-a", "e1", 2, "n:E", "stolen_identity", true),
                // day 3: one LEGIT customer
                scored("bank-a", "f1", 3, "c:F", "legit", false));
        double[] scores = {0.9, 0.8, 0.7, 0.85, 0.6, 0.1, 0.95, 0.3, 0.4};

        DailyReview review = new DailyReviewPrecision(2).evaluate(events, scores);

        // Day 1 reviews A (0.9, FRAUD) and B (0.85): 1/2; by events it would have been A twice. Day 2: 2/2. Day 3: 0/1.
        assertThat(review.days()).isEqualTo(3);
        assertThat(review.meanDailyPrecision()).isCloseTo((0.5 + 1 + 0) / 3, within(1e-12));
        assertThat(review.customersReviewed()).isEqualTo(5);
        assertThat(review.fraudCustomersFound()).isEqualTo(3);
        assertThat(review.pooledPrecision()).isCloseTo(0.6, within(1e-12));
        assertThat(review.fraudCustomerDays()).as("A and C on day 1, D and E on day 2").isEqualTo(4);
        assertThat(review.recall()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void everyScenarioIsReportedAlsoWithoutFraudLabels() {
        List<ReplayedEvent> events = new ArrayList<>();
        List<Double> scoreList = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            events.add(scored("bank-a", "l" + i, 1, "c:l" + i, "legit", false));
            scoreList.add(i / 1000.0);
        }
        events.add(scored("bank-a", "t1", 1, "c:t", "account_takeover", true));
        events.add(scored("bank-a", "s1", 1, "c:s1", "synthetic_identity", false));
        events.add(scored("bank-a", "s2", 1, "c:s2", "synthetic_identity", false));
        scoreList.addAll(List.of(0.9, 0.95, 0.05));
        double[] scores = scoreList.stream().mapToDouble(Double::doubleValue).toArray();

        ModelMetrics m = new Evaluation(10).evaluate(events, scores).rounded();

        ScenarioResult synthetic = m.scenarios().get("synthetic_identity");
        assertThat(synthetic.events()).isEqualTo(2);
        assertThat(synthetic.fraudEvents()).isZero();
        assertThat(synthetic.recall()).as("no FRAUD label to recall").isNull();
        assertThat(synthetic.flagged()).as("one of its two events scores above every LEGIT one").isEqualTo(0.5);
        assertThat(m.perScenarioRecall()).containsOnlyKeys("account_takeover");
        assertThat(m.scenarios()).containsOnlyKeys("legit", "account_takeover", "synthetic_identity");
    }

    @Test
    void trainingSampleKeepsEveryFraudAndADeterministicShareOfLegit() {
        TrainingSample sample = TrainingSample.capped(100_000, 10_000, 7);
        assertThat(sample.legitRate()).isEqualTo(0.1);
        int kept = 0;
        for (int i = 0; i < 100_000; i++) {
            EventKey key = new EventKey("bank-a", "evt-" + i);
            kept += sample.keeps(key, false) ? 1 : 0;
            assertThat(sample.keeps(key, true)).isTrue();
            assertThat(new TrainingSample(0.1, 7).keeps(key, false)).isEqualTo(sample.keeps(key, false));
        }
        assertThat(kept).isBetween(9_500, 10_500);
        assertThat(TrainingSample.capped(5_000, 10_000, 7).legitRate()).isEqualTo(1.0);
    }
}
