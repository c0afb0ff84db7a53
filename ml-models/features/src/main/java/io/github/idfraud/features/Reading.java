package io.github.idfraud.features;

/** A value an identifier plan reads for {@link FeatureDeriver}, which turns it into features with the event's time. */
enum Reading {
    /** When the customer last got a new device: its mark before this event (-1: never). */
    NEW_DEVICE_AT,
    PASSWORD_RESET_AT,
    CONTACT_CHANGE_AT,
    PAYEE_ADDED_AT,
    /** The customer's failed-login streak: its new length on a login, else as it stands (-1: none). */
    FAILED_LOGIN_STREAK,
    /** When the customer first used the event's device (-1: this event is the first time). */
    DEVICE_FIRST_SEEN,
    /** When the customer first paid the event's counterparty (-1: this payment is the first). */
    COUNTERPARTY_FIRST_SEEN,
    EMAIL_FIRST_SEEN,
    PHONE_FIRST_SEEN,
    /** Cents the customer spent in 30 days before this payment. */
    PRIOR_AMOUNT_CENTS_30D,
    /** Cents the customer spent in 24 hours including this payment. */
    AMOUNT_CENTS_24H
}
