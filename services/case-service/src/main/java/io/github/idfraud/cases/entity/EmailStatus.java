package io.github.idfraud.cases.entity;

/** Life of one queued consumer email. Only PENDING is ever picked up by the sender. */
public enum EmailStatus {
    PENDING,
    SENT,
    /** Every attempt failed; visible to analysts and operators, never retried. */
    FAILED,
    /** Nothing to send: no email address in the contact details, or they were purged. */
    SKIPPED,
    /** The consumer's address already got the rate limit's worth of emails. */
    SUPPRESSED
}
