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
    AMOUNT_CENTS_24H,
    /** The customer's earliest first sight of a device, counterparty or payee before this event (-1: none). */
    CUSTOMER_FIRST_SEEN,
    /** When the customer added the event's counterparty as a payee (-1: never). */
    PAYEE_ADDED_FOR_COUNTERPARTY,
    /** 1 when the payment's merchant category is new for the customer, else 0. */
    NEW_MERCHANT_CATEGORY,
    /** The customer's earlier events within an hour of this time of day, and all of them (as {@link HourProfile} keeps them). */
    HOUR_EVENTS_AROUND,
    HOUR_EVENTS_TOTAL,
    /** Small and declined payments on the customer in the hour before this event. */
    PRIOR_SMALL_AMOUNTS_1H,
    PRIOR_DECLINES_1H,
    /** Payments to the counterparty in 7 and 30 days including this one, and fraud labels reported on it meanwhile. */
    COUNTERPARTY_PAYMENTS_7D,
    COUNTERPARTY_PAYMENTS_30D,
    COUNTERPARTY_LABELS_7D,
    COUNTERPARTY_LABELS_30D,
    /** When the payee account was first seen at any bank (-1: this event is the first time). */
    PAYEE_ACCOUNT_FIRST_SEEN
}
