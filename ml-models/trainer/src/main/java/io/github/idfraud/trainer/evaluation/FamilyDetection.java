package io.github.idfraud.trainer.evaluation;

import io.github.idfraud.models.AlertBudgets;
import io.github.idfraud.models.Detection;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.models.Rounding;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per scenario family, on ground truth: the share of harmful events the ranking finds at 1% legitimate FPR, and
 * the share the decision policy (the default alert budget's per-type thresholds) sends to REVIEW or DECLINE.
 */
public final class FamilyDetection {

    static final double RANKING_FPR = 0.01;

    /** The table, or null when the events carry no ground truth (a bank's own log). */
    public Detection.FamilyTable table(String log, List<ReplayedEvent> events, double[] scores, ModelCard.Thresholds global,
                                       AlertBudgets budgets) {
        if (events.stream().noneMatch(EventKinds::isLegitScenario)) {
            return null;
        }
        boolean[] alerted = alerted(events, scores, global, budgets.atMost(budgets.defaultShare()));
        double rankingThreshold = rankingThreshold(events, scores);
        long legit = 0;
        long legitAlerted = 0;
        Map<String, long[]> counts = new TreeMap<>(); // events, harmful, harmful ranked, harmful alerted
        for (int i = 0; i < scores.length; i++) {
            ReplayedEvent e = events.get(i);
            if (EventKinds.isLegitScenario(e)) {
                legit++;
                legitAlerted += alerted[i] ? 1 : 0;
            } else if (EventKinds.isFraudScenario(e)) {
                long[] c = counts.computeIfAbsent(e.scenario(), s -> new long[4]);
                c[0]++;
                if (EventKinds.harmful(e)) {
                    c[1]++;
                    c[2] += scores[i] >= rankingThreshold ? 1 : 0;
                    c[3] += alerted[i] ? 1 : 0;
                }
            }
        }
        List<Detection.Family> families = new ArrayList<>();
        counts.forEach((scenario, c) -> families.add(new Detection.Family(scenario, c[0], c[1], share(c[2], c[1]),
                share(c[3], c[1]), null, null)));
        return new Detection.FamilyTable(log, legit, share(legitAlerted, legit), rankingThreshold, families);
    }

    /** Whether each event is sent to REVIEW or DECLINE by the policy under {@code budget}. */
    public static boolean[] alerted(List<ReplayedEvent> events, double[] scores, ModelCard.Thresholds global,
                                    AlertBudgets.Budget budget) {
        boolean[] alerted = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            alerted[i] = scores[i] >= budget.thresholds(global, EventKinds.typeOf(events.get(i)).name()).review();
        }
        return alerted;
    }

    /** The score above which {@value #RANKING_FPR} of the legitimate events lie. */
    private static double rankingThreshold(List<ReplayedEvent> events, double[] scores) {
        double[] legit = new double[scores.length];
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            if (EventKinds.isLegitScenario(events.get(i))) {
                legit[n++] = scores[i];
            }
        }
        double[] sorted = Arrays.copyOf(legit, n);
        Arrays.sort(sorted);
        return ThresholdCalibrator.topRate(sorted, RANKING_FPR);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Rounding.round((double) part / whole);
    }
}
