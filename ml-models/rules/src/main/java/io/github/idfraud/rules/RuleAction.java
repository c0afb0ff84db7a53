package io.github.idfraud.rules;

import io.github.idfraud.contract.DecisionType;

/**
 * What a firing rule does to the model's decision: raise it to at least CHALLENGE, REVIEW or DECLINE, or SUPPRESS
 * the alert of an allow-listed merchant (the decision is capped at CHALLENGE, so no case is opened).
 */
public enum RuleAction {
    CHALLENGE(DecisionType.CHALLENGE),
    REVIEW(DecisionType.REVIEW),
    DECLINE(DecisionType.DECLINE),
    SUPPRESS(null);

    /** The highest decision a suppressed event keeps: a step-up still protects the customer, but no alert is raised. */
    public static final DecisionType SUPPRESSED_CEILING = DecisionType.CHALLENGE;

    private final DecisionType floor;

    RuleAction(DecisionType floor) {
        this.floor = floor;
    }

    /** The decision this action raises the model's to at least; null for {@link #SUPPRESS}. */
    public DecisionType floor() {
        return floor;
    }
}
