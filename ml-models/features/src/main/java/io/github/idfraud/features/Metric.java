package io.github.idfraud.features;

/** What an identifier counts in its event-time buckets. */
enum Metric {
    APPLICATIONS,
    EVENTS,
    FAILED_LOGINS,
    TRANSACTIONS,
    AMOUNT_CENTS
}
