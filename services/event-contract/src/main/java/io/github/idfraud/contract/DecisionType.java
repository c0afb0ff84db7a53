package io.github.idfraud.contract;

/** What the bank should do with the event, in rising order of risk. */
public enum DecisionType {
    ALLOW,
    CHALLENGE,
    REVIEW,
    DECLINE;

    /** REVIEW and DECLINE become alerts for the case service. */
    public boolean raisesAlert() {
        return this == REVIEW || this == DECLINE;
    }
}
