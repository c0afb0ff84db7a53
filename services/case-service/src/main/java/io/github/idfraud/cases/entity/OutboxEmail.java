package io.github.idfraud.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A consumer email waiting in the transactional outbox, written in the same transaction as its case.
 * It holds no address: the sender decrypts the contact envelope of its event when it sends.
 */
@Entity
@Table(name = "email_outbox")
public class OutboxEmail extends OutboxRow {

    @Id
    // Ids from a pooled sequence (V10), so Hibernate batches the inserts; order by time where order matters.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_outbox_ids")
    @SequenceGenerator(name = "email_outbox_ids", sequenceName = "email_outbox_id_seq", allocationSize = EntityIds.ALLOCATION_SIZE)
    public Long id;

    /** Which notice (one per event type); at most one email per case and template. */
    @Column(nullable = false)
    public String template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EmailStatus status;

    @Column(name = "recipient_ref")
    public String recipientRef;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The emails already queued for these cases, as (caseId, template) pairs. */
    public static List<Object[]> templatesOf(Collection<UUID> caseIds) {
        return getEntityManager().createQuery("select e.caseId, e.template from OutboxEmail e where e.caseId in ?1",
                Object[].class).setParameter(1, caseIds).getResultList();
    }

    public static List<OutboxEmail> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }

    /** The oldest due PENDING email, locked; see {@link OutboxRow#lockNextDue}. */
    public static Optional<OutboxEmail> lockNextDue(Instant now) {
        return lockNextDue(OutboxEmail.class, "email_outbox", now);
    }

    public static long sentTo(String recipientRef, Instant since) {
        return count("recipientRef = ?1 and status = ?2 and sentAt >= ?3", recipientRef, EmailStatus.SENT, since);
    }
}
