package io.github.idfraud.cases.entity;

import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Explanation;
import io.github.idfraud.contract.Reason;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One scored event in a case, unique per (tenant, eventRef) so a redelivered alert is recognised. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends PanacheEntityBase {

    @Id
    // Ids from a pooled sequence (V10), so Hibernate batches the inserts; order by time where order matters.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_ids")
    @SequenceGenerator(name = "case_event_ids", sequenceName = "case_event_id_seq", allocationSize = EntityIds.ALLOCATION_SIZE)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String tenant;

    /**
     * The scoring service's keyed reference of the event (or one made here for an alert that carried no reference):
     * what names the event, unique per tenant, never the bank's id.
     */
    @Column(name = "event_ref", nullable = false)
    public String eventRef;

    /** The bank's event id, sealed ({@link io.github.idfraud.cases.security.EventIdSeal}). */
    @Column(name = "sealed_event_id", nullable = false)
    public String sealedEventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    public EventType type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public double score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionType decision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Reason> reasons;

    @Column(name = "model_version")
    public String modelVersion;

    /** The deciding model's view at decision time, as the alert carried it; null for alerts from before. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Explanation explanation;

    /** AES-GCM envelope of the consumer's contact details as received, or null (none, or purged). */
    @Column(name = "encrypted_contact")
    public String encryptedContact;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "stream_entry_id")
    public String streamEntryId;

    /** Which of these event references are stored, as (tenant, eventRef) pairs; may include other tenants' pairs. */
    public static List<Object[]> storedRefs(Collection<String> tenants, Collection<String> eventRefs) {
        return getEntityManager().createQuery("select e.tenant, e.eventRef from CaseEvent e"
                        + " where e.tenant in ?1 and e.eventRef in ?2", Object[].class)
                .setParameter(1, tenants).setParameter(2, eventRefs).getResultList();
    }

    /** Which of these cases hold an event of this type. */
    public static List<UUID> casesWithType(Collection<UUID> caseIds, EventType type) {
        return getEntityManager().createQuery("select distinct e.caseId from CaseEvent e"
                        + " where e.caseId in ?1 and e.type = ?2", UUID.class)
                .setParameter(1, caseIds).setParameter(2, type).getResultList();
    }

    public static List<CaseEvent> ofCase(UUID caseId) {
        return list("caseId = ?1 order by occurredAt, id", caseId);
    }
}
