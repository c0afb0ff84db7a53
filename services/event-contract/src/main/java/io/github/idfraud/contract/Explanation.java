package io.github.idfraud.contract;

import java.util.List;
import java.util.Map;

/**
 * Why the model scored an event as it did, captured when the event was decided and carried on the alert, so that a
 * case shows what the deciding model saw even after another model is promoted.
 *
 * @param modelVersion  the model that scored the event
 * @param modelScore    that model's own score, before the bank's rules
 * @param contributions the features that moved the score most, strongest first
 * @param features      every feature value the model saw (pseudonymous aggregates, never raw identifiers)
 */
public record Explanation(String modelVersion, double modelScore, List<Contribution> contributions,
                          Map<String, Double> features) {

    /**
     * One feature's push on the score.
     *
     * @param contribution log-odds towards fraud; negative pushes towards legitimate
     */
    public record Contribution(String feature, double value, double contribution) {
    }
}
