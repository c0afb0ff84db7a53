package io.github.idfraud.rules;

import io.github.idfraud.contract.DecisionType;
import java.util.List;

/**
 * What the rules said about one event.
 *
 * @param fired   the ACTIVE and SHADOW rules whose condition held, in set order
 * @param failed  rules whose condition failed at run time (e.g. a division by zero): they count as not fired
 */
public record RuleOutcome(List<Rule> fired, List<Rule> failed) {

    public static final RuleOutcome NONE = new RuleOutcome(List.of(), List.of());

    /** The ACTIVE rules that fired: the ones that change the decision and appear in its reasons. */
    public List<Rule> active() {
        return fired.stream().filter(r -> r.status() == RuleStatus.ACTIVE).toList();
    }

    /** Whether an ACTIVE SUPPRESS rule fired. */
    public boolean suppressed() {
        return fired.stream().anyMatch(r -> r.status() == RuleStatus.ACTIVE && r.action() == RuleAction.SUPPRESS);
    }

    /**
     * The combined decision: the highest of the model's and every ACTIVE rule's floor, unless an ACTIVE SUPPRESS rule
     * fired, which caps it at {@link RuleAction#SUPPRESSED_CEILING}. SHADOW rules never change it.
     */
    public DecisionType decide(DecisionType model) {
        DecisionType decision = model;
        for (Rule rule : fired) {
            if (rule.status() == RuleStatus.ACTIVE && rule.action().floor() != null
                    && rule.action().floor().compareTo(decision) > 0) {
                decision = rule.action().floor();
            }
        }
        if (suppressed() && decision.compareTo(RuleAction.SUPPRESSED_CEILING) > 0) {
            decision = RuleAction.SUPPRESSED_CEILING;
        }
        return decision;
    }
}
