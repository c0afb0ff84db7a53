package io.github.idfraud.contract;

/** What the bank's authorisation answered, when the event reports a payment already decided (optional in v1). */
public enum TransactionOutcome {
    APPROVED,
    DECLINED
}
