package io.github.idfraud.contract;

/** The kinds of account and payment events a bank sends for scoring. */
public enum EventType {
    ACCOUNT_OPENING,
    LOGIN,
    PASSWORD_RESET,
    CONTACT_CHANGE,
    PAYEE_ADDED,
    TRANSACTION
}
