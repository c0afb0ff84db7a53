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
        Tally tally = new Tally(COMBINED + 1);
        for (int i = 0; i < scores.length; i++) {
            ReplayedEvent e = events.get(i);
            tally.add(e, scores[i] >= rankingThreshold, alerted(e, scores[i], policy, withRules ? rules : null));
        }
        List<Detection.Family> families = new ArrayList<>();
        tally.families.forEach((scenario, c) -> families.add(new Detection.Family(scenario, c.events, c.harmful,
                share(c.ranked, c.harmful), share(c.alerted[MODEL], c.harmful),
                withRules ? share(c.alerted[RULES], c.harmful) : null,
                withRules ? share(c.alerted[COMBINED], c.harmful) : null)));
        return new Detection.FamilyTable(log, tally.legit, share(tally.legitAlerted[MODEL], tally.legit), rankingThreshold,
                families, withRules ? share(tally.legitAlerted[RULES], tally.legit) : null,
                withRules ? share(tally.legitAlerted[COMBINED], tally.legit) : null,
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
            Tally tally = new Tally(1);
            for (int i = 0; i < scores.length; i++) {
                ReplayedEvent e = events.get(i);
                tally.add(e, false, new boolean[] {policy.decide(e, scores[i]).raisesAlert()});
            }
            long harmful = 0;
            long harmfulAlerted = 0;
            String weakest = null;
            double weakestShare = 1;
            for (var f : tally.families.entrySet()) {
                FamilyCounts c = f.getValue();
                harmful += c.harmful;
                harmfulAlerted += c.alerted[0];
                double familyShare = share(c.alerted[0], c.harmful);
                if (c.harmful > 0 && (weakest == null || familyShare < weakestShare)) {
                    weakest = f.getKey();
                    weakestShare = familyShare;
                }
            }
            curve.add(new Detection.BudgetPoint(budget.share(), share(tally.legitAlerted[0], tally.legit),
                    share(harmfulAlerted, harmful), weakest, weakestShare));
        }
        return curve;
    }

    /** One fraud scenario's counts: its events, the harmful ones, those ranked, those each decider alerted on. */
    private static final class FamilyCounts {
        long events;
        long harmful;
        long ranked;
        final long[] alerted;

        FamilyCounts(int deciders) {
            alerted = new long[deciders];
        }
    }

    /** Counts on ground truth: legitimate events and what each decider alerted on, and each fraud family's counts. */
    private static final class Tally {
        final Map<String, FamilyCounts> families = new TreeMap<>();
        final long[] legitAlerted;
        long legit;

        Tally(int deciders) {
            legitAlerted = new long[deciders];
        }

        void add(ReplayedEvent e, boolean ranked, boolean[] alerted) {
            if (EventKinds.isLegitScenario(e)) {
                legit++;
                count(legitAlerted, alerted);
            } else if (EventKinds.isFraudScenario(e)) {
                FamilyCounts c = families.computeIfAbsent(e.scenario(), s -> new FamilyCounts(alerted.length));
                c.events++;
                if (EventKinds.harmful(e)) {
                    c.harmful++;
                    c.ranked += ranked ? 1 : 0;
                    count(c.alerted, alerted);
                }
            }
        }

        private static void count(long[] counts, boolean[] alerted) {
            for (int k = 0; k < alerted.length; k++) {
                counts[k] += alerted[k] ? 1 : 0;
            }
        }
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
