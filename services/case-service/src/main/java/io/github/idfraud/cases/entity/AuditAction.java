package io.github.idfraud.cases.entity;

/** What an audit entry records. */
public enum AuditAction {
    OPENED,
    EVENT_ADDED,
    TRANSITION,
    ASSIGNED,
    NOTE_ADDED,
    CONSUMER_NOTIFIED,
    CONSUMER_ANSWER,
    /** The bank of record's webhook about a consumer's answer was delivered, failed for good, or had no target. */
    BANK_WEBHOOK
}
