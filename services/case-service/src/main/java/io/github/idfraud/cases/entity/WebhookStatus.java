package io.github.idfraud.cases.entity;

/** Life of one queued bank webhook. Only PENDING is ever picked up by the sender. */
public enum WebhookStatus {
    PENDING,
    /** The bank answered 2xx. */
    DELIVERED,
    /** Every attempt failed; stays visible (case view, gauge) until an operator queues it again. */
    FAILED,
    /** The bank has no webhook configured: nothing to post to. */
    SKIPPED
}
