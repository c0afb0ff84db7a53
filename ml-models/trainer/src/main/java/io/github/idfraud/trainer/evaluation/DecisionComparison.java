package io.github.idfraud.trainer.evaluation;

import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.trainer.replay.ReplayedEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several deciders' decisions on the same events (e.g. model alone, rules alone, model + rules), each judged against
 * the labels overall ({@value #ALL}) and per simulator scenario: what is flagged (REVIEW or DECLINE), recall,
 * precision and the LEGIT events flagged. A card or a report shows it as it is ({@code DecisionComparisonTable}).
 *
 * @param byDecider decider -> scenario -> metrics, deciders in the order given, {@value #ALL} first
 */
public record DecisionComparison(Map<String, Map<String, DecisionMetrics>> byDecider) {

    public static final String ALL = "all";

    /** @param decisions per decider, one decision per event in {@code events} order */
    public static DecisionComparison of(List<ReplayedEvent> events, Map<String, DecisionType[]> decisions) {
        Map<String, Map<String, DecisionMetrics>> byDecider = new LinkedHashMap<>();
        decisions.forEach((decider, decided) -> {
            if (decided.length != events.size()) {
                throw new IllegalArgumentException(decider + " has " + decided.length + " decisions for " + events.size() + " events");
            }
            // per scenario: events, fraud events, flagged, flagged fraud
            Map<String, long[]> counts = new TreeMap<>();
            long[] all = new long[4];
            for (int i = 0; i < decided.length; i++) {
                ReplayedEvent e = events.get(i);
                long[] c = counts.computeIfAbsent(Evaluation.scenarioOf(e), s -> new long[4]);
                boolean flagged = decided[i].raisesAlert();
                for (long[] target : new long[][] {c, all}) {
                    target[0]++;
                    target[1] += e.fraud() ? 1 : 0;
                    target[2] += flagged ? 1 : 0;
                    target[3] += flagged && e.fraud() ? 1 : 0;
                }
            }
            Map<String, DecisionMetrics> metrics = new LinkedHashMap<>();
            metrics.put(ALL, DecisionMetrics.of(all[0], all[1], all[2], all[3]));
            counts.forEach((scenario, c) -> metrics.put(scenario, DecisionMetrics.of(c[0], c[1], c[2], c[3])));
            byDecider.put(decider, metrics);
        });
        return new DecisionComparison(byDecider);
    }

    public List<String> deciders() {
        return List.copyOf(byDecider.keySet());
    }

    /** {@value #ALL}, then every scenario in name order. */
    public List<String> scenarios() {
        return byDecider.isEmpty() ? List.of() : List.copyOf(byDecider.values().iterator().next().keySet());
    }

    public DecisionMetrics get(String decider, String scenario) {
        return byDecider.get(decider).get(scenario);
    }
}
