package io.github.idfraud.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A webhook to the bank of record waiting in the transactional outbox, written in the same transaction as the
 * consumer's answer. Its id is the delivery id the bank sees on every attempt.
 */
@Entity
@Table(name = "webhook_outbox")
public class OutboxWebhook extends OutboxRow {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsumerAnswer answer;


    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookStatus status;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    public static boolean exists(UUID caseId, ConsumerAnswer answer) {
        return count("caseId = ?1 and answer = ?2", caseId, answer) > 0;
    }

    public static List<OutboxWebhook> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    /** The oldest due PENDING webhook, locked; see {@link OutboxRow#lockNextDue}. */
    public static Optional<OutboxWebhook> lockNextDue(Instant now) {
        return lockNextDue(OutboxWebhook.class, "webhook_outbox", now);
    }
}
