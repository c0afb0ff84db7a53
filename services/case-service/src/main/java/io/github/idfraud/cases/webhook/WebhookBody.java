package io.github.idfraud.cases.webhook;

import io.github.idfraud.cases.entity.ConsumerAnswer;
import io.github.idfraud.contract.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * The JSON a bank receives (README, "Bank webhook"). Only what the bank sent us or our own ids: the bank's eventId
 * names the event the consumer was asked about; no contact detail or other personal data is ever added.
 *
 * @param deliveryId the same on every retry of this delivery: the bank's idempotency key
 */
public record WebhookBody(int version, String type, UUID deliveryId, String tenant, UUID caseId, String eventId,
                          EventType eventType, Instant occurredAt, ConsumerAnswer answer, Instant answeredAt) {

    public static final int VERSION = 1;
    public static final String CONSUMER_ANSWER = "consumer-answer";
}
