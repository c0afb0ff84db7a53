package io.github.idfraud.trainer.evaluation;

import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.models.AlertBudgets;
import io.github.idfraud.models.Detection;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.models.Rounding;
import io.github.idfraud.rules.CompiledRuleSet;
import io.github.idfraud.rules.RuleOutcome;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per scenario family, on ground truth: the share of harmful events the ranking finds at 1% legitimate FPR, and the
 * share the decision policy sends to REVIEW or DECLINE: the model's (default alert budget, per-type thresholds), and,
 * when a rule set is given and the events carry their fields, the rules' alone and both combined as the scoring
 * service combines them.
 */
public final class FamilyDetection {

    static final double RANKING_FPR = 0.01;
    private static final int MODEL = 0;
    private static final int RULES = 1;
    private static final int COMBINED = 2;

    /**
     * @param rules a rule set to judge beside the model, or null
     * @return the table, or null when the events carry no ground truth (a bank's own log)
     */
    public Detection.FamilyTable table(String log, List<ReplayedEvent> events, double[] scores, ModelPolicy policy,
                                       CompiledRuleSet rules, AlertBudgets budgets) {
        if (events.stream().noneMatch(EventKinds::isLegitScenario)) {
            return null;
        }
        boolean withRules = rules != null && events.stream().allMatch(e -> e.eventFields() != null);
        double rankingThreshold = rankingThreshold(events, scores);
        long[] legit = new long[4]; // events, then alerted by model, rules, combined
        Map<String, long[]> counts = new TreeMap<>(); // events, harmful, ranked, then alerted by model, rules, combined
        for (int i = 0; i < scores.length; i++) {
            ReplayedEvent e = events.get(i);
            boolean[] alerted = alerted(e, scores[i], policy, withRules ? rules : null);
            if (EventKinds.isLegitScenario(e)) {
                legit[0]++;
                add(legit, 1, alerted);
            } else if (EventKinds.isFraudScenario(e)) {
                long[] c = counts.computeIfAbsent(e.scenario(), s -> new long[6]);
                c[0]++;
                if (EventKinds.harmful(e)) {
                    c[1]++;
                    c[2] += scores[i] >= rankingThreshold ? 1 : 0;
                    add(c, 3, alerted);
                }
            }
        }
        List<Detection.Family> families = new ArrayList<>();
        counts.forEach((scenario, c) -> families.add(new Detection.Family(scenario, c[0], c[1], share(c[2], c[1]),
                share(c[3], c[1]), withRules ? share(c[4], c[1]) : null, withRules ? share(c[5], c[1]) : null)));
        return new Detection.FamilyTable(log, legit[0], share(legit[1], legit[0]), rankingThreshold, families,
                withRules ? share(legit[2], legit[0]) : null, withRules ? share(legit[3], legit[0]) : null,
                budgetCurve(events, scores, policy.global(), budgets));
    }

    private static List<Detection.BudgetPoint> budgetCurve(List<ReplayedEvent> events, double[] scores,
                                                           ModelCard.Thresholds global, AlertBudgets budgets) {
        List<Detection.BudgetPoint> curve = new ArrayList<>();
        if (budgets == null) {
            return curve;
        }
        for (AlertBudgets.Budget budget : budgets.budgets()) {
            ModelPolicy policy = new ModelPolicy(global, budget);
            long legit = 0;
            long legitAlerted = 0;
            long harmful = 0;
            long harmfulAlerted = 0;
            Map<String, long[]> families = new TreeMap<>();
            for (int i = 0; i < scores.length; i++) {
                ReplayedEvent e = events.get(i);
                boolean alerted = policy.decide(e, scores[i]).raisesAlert();
                if (EventKinds.isLegitScenario(e)) {
                    legit++;
                    legitAlerted += alerted ? 1 : 0;
                } else if (EventKinds.harmful(e)) {
                    harmful++;
                    harmfulAlerted += alerted ? 1 : 0;
                    long[] c = families.computeIfAbsent(e.scenario(), f -> new long[2]);
                    c[0]++;
                    c[1] += alerted ? 1 : 0;
                }
            }
            String weakest = null;
            double weakestShare = 1;
            for (var f : families.entrySet()) {
                double familyShare = share(f.getValue()[1], f.getValue()[0]);
                if (weakest == null || familyShare < weakestShare) {
                    weakest = f.getKey();
                    weakestShare = familyShare;
                }
            }
            curve.add(new Detection.BudgetPoint(budget.share(), share(legitAlerted, legit), share(harmfulAlerted, harmful),
                    weakest, weakestShare));
        }
        return curve;
    }

    /** Whether the model's policy, the rules alone and both combined send the event to REVIEW or DECLINE. */
    private static boolean[] alerted(ReplayedEvent e, double score, ModelPolicy policy, CompiledRuleSet rules) {
        DecisionType model = policy.decide(e, score);
        boolean[] alerted = new boolean[3];
        alerted[MODEL] = model.raisesAlert();
        if (rules != null) {
            RuleOutcome outcome = rules.evaluate(e.featureVector(), e.eventFields());
            alerted[RULES] = outcome.decide(DecisionType.ALLOW).raisesAlert();
            alerted[COMBINED] = outcome.decide(model).raisesAlert();
        }
        return alerted;
    }

    private static void add(long[] counts, int from, boolean[] alerted) {
        for (int k = 0; k < alerted.length; k++) {
            counts[from + k] += alerted[k] ? 1 : 0;
        }
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
