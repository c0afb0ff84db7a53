package io.github.idfraud.trainer.evaluation;

import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.rules.CompiledRuleSet;
import io.github.idfraud.rules.Rule;
import io.github.idfraud.rules.RuleOutcome;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a rule set on a backtest's replayed events, beside the model that scored them: per rule (ACTIVE and
 * SHADOW alike) its hits, precision and recall against the labels and its overlap with the model's flagged events;
 * and the decisions of the model alone, the ACTIVE rules alone, and both combined as the scoring service combines
 * them ({@link RuleOutcome#decide}), overall and per scenario.
 */
public final class RuleBacktest {

    public static final String MODEL = "model";
    public static final String RULES = "rules";
    public static final String COMBINED = "model+rules";

    /**
     * One rule's record on the period.
     *
     * @param flaggedByModel     hits the model flags (REVIEW/DECLINE) on its own: the overlap
     * @param fraudMissedByModel FRAUD hits the model alone does not flag: what the rule adds
     */
    public record RuleStats(String id, String status, String action, long hits, long fraudHits, Double precision,
                            Double recall, long flaggedByModel, long fraudMissedByModel) {
    }

    /** @param failedEvaluations rule evaluations that failed at run time (counted as not fired) */
    public record Result(List<RuleStats> rules, DecisionComparison decisions, long failedEvaluations) {
    }

    public Result run(List<ReplayedEvent> events, double[] scores, ModelPolicy policy, CompiledRuleSet rules) {
        int n = events.size();
        DecisionType[] model = new DecisionType[n];
        DecisionType[] alone = new DecisionType[n];
        DecisionType[] combined = new DecisionType[n];
        Map<String, long[]> perRule = new LinkedHashMap<>();
        rules.source().rules().forEach(r -> perRule.put(r.id(), new long[4]));
        long totalFraud = ReplayedEvent.countFraud(events);
        long failed = 0;
        for (int i = 0; i < n; i++) {
            ReplayedEvent e = events.get(i);
            if (e.eventFields() == null) {
                throw new IllegalStateException("event " + e.eventId() + " was replayed without its fields; rules need them");
            }
            model[i] = policy.decide(e, scores[i]);
            RuleOutcome outcome = rules.evaluate(e.featureVector(), e.eventFields());
            alone[i] = outcome.decide(DecisionType.ALLOW);
            combined[i] = outcome.decide(model[i]);
            failed += outcome.failed().size();
            boolean modelFlags = model[i].raisesAlert();
            for (Rule fired : outcome.fired()) {
                // hits, fraud hits, hits the model flags, fraud hits the model misses
                long[] c = perRule.get(fired.id());
                c[0]++;
                c[1] += e.fraud() ? 1 : 0;
                c[2] += modelFlags ? 1 : 0;
                c[3] += e.fraud() && !modelFlags ? 1 : 0;
            }
        }
        List<RuleStats> stats = rules.source().rules().stream().map(r -> {
            long[] c = perRule.get(r.id());
            return new RuleStats(r.id(), r.status().name(), r.action().name(), c[0], c[1], DecisionMetrics.ratio(c[1], c[0]),
                    DecisionMetrics.ratio(c[1], totalFraud), c[2], c[3]);
        }).toList();
        Map<String, DecisionType[]> decisions = new LinkedHashMap<>();
        decisions.put(MODEL, model);
        decisions.put(RULES, alone);
        decisions.put(COMBINED, combined);
        return new Result(stats, DecisionComparison.of(events, decisions), failed);
    }

}
