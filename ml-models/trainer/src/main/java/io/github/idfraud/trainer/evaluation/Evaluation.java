package io.github.idfraud.trainer.evaluation;

import io.github.idfraud.models.ModelMetrics;
import io.github.idfraud.models.ScenarioResult;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/** Computes {@link ModelMetrics} from a period's scores and targets. */
public final class Evaluation {

    /** The false-positive rates recall is reported at, with their keys in {@link ModelMetrics#recallAtFpr()}. */
    static final Map<String, Double> FALSE_POSITIVE_RATES = Map.of("0.1%", 0.001, "1%", 0.01, "5%", 0.05);
    public static final List<String> FPR_KEYS = List.of("0.1%", "1%", "5%");
    static final double SCENARIO_FPR = 0.01;
    static final String UNKNOWN_SCENARIO = "unknown";

    private final int reviewCapacity;

    public Evaluation(int reviewCapacity) {
        this.reviewCapacity = reviewCapacity;
    }

    public ModelMetrics evaluate(List<ReplayedEvent> events, double[] scores) {
        boolean[] fraud = ReplayedEvent.fraudFlags(events);
        long frauds = ReplayedEvent.countFraud(events);
        if (frauds == 0 || frauds == fraud.length) {
            throw new IllegalArgumentException("the period needs both FRAUD and LEGIT events to be evaluated, it has "
                    + frauds + " FRAUD of " + fraud.length + "; choose a longer or later period");
        }
        FprRecall fpr = new FprRecall(fraud, scores);
        Map<String, Double> recallAtFpr = new LinkedHashMap<>();
        for (String key : FPR_KEYS) {
            recallAtFpr.put(key, fpr.recall(FALSE_POSITIVE_RATES.get(key)));
        }
        Map<String, ScenarioResult> scenarios = scenarios(events, scores, fpr.threshold(SCENARIO_FPR));
        Map<String, Double> perScenarioRecall = new TreeMap<>();
        scenarios.forEach((name, s) -> {
            if (s.recall() != null) {
                perScenarioRecall.put(name, s.recall());
            }
        });
        return new ModelMetrics(LabelEvaluationUtil.binaryAUCROC(fraud, scores),
                LabelEvaluationUtil.averagedPrecision(fraud, scores), recallAtFpr.get("1%"), perScenarioRecall, recallAtFpr,
                new DailyReviewPrecision(reviewCapacity).evaluate(events, scores), scenarios);
    }

    /** Per scenario: events, FRAUD events, and the shares flagged strictly above {@code threshold}. */
    static Map<String, ScenarioResult> scenarios(List<ReplayedEvent> events, double[] scores, double threshold) {
        Map<String, long[]> counts = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            ReplayedEvent e = events.get(i);
            // events, fraud events, flagged events, flagged fraud events
            long[] c = counts.computeIfAbsent(scenarioOf(e), s -> new long[4]);
            boolean flagged = scores[i] > threshold;
            c[0]++;
            c[1] += e.fraud() ? 1 : 0;
            c[2] += flagged ? 1 : 0;
            c[3] += flagged && e.fraud() ? 1 : 0;
        }
        Map<String, ScenarioResult> results = new TreeMap<>();
        counts.forEach((name, c) -> results.put(name, new ScenarioResult(c[0], c[1], c[1] == 0 ? null : (double) c[3] / c[1],
                (double) c[2] / c[0])));
        return results;
    }

    /** Counts FRAUD events per scenario, for the model card. */
    public static Map<String, Integer> fraudByScenario(List<ReplayedEvent> events) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ReplayedEvent e : events) {
            if (e.fraud()) {
                counts.merge(scenarioOf(e), 1, Integer::sum);
            }
        }
        return counts;
    }

    static String scenarioOf(ReplayedEvent e) {
        return e.scenario() == null ? UNKNOWN_SCENARIO : e.scenario();
    }
}
