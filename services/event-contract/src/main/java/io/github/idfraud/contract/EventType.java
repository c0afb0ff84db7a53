package io.github.idfraud.contract;

/** The kinds of account and payment events a bank sends for scoring, and its verified profile refreshes. */
public enum EventType {
    ACCOUNT_OPENING,
    LOGIN,
    PASSWORD_RESET,
    CONTACT_CHANGE,
    PAYEE_ADDED,
    TRANSACTION,
    /**
     * Not an account event: the bank's verified contact details for one of its customers (the e-mail and phone it
     * has confirmed the customer controls, in {@code identity}; {@code occurredAt} is when it verified them) and how
     * long it has known them ({@code profile}). Sent periodically and after a verified change. Never scored; it is
     * the only source of the address a "Was this you?" notice goes to.
     */
    PROFILE_VERIFIED;

    /** Whether the model scores events of this type (and the feature engine counts them). */
    public boolean scored() {
        return this != PROFILE_VERIFIED;
    }
}
