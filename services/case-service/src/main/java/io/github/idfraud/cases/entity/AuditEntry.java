package io.github.idfraud.cases.entity;

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
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One line of a case's audit trail. Insert-only: Hibernate never updates it ({@link Immutable}) and a PostgreSQL
 * trigger rejects UPDATE, DELETE and TRUNCATE on the table, whoever asks.
 */
@Entity
@Immutable
@Table(name = "case_audit")
public class AuditEntry extends PanacheEntityBase {

    @Id
    // Ids from a pooled sequence (V10), so Hibernate batches the inserts; order by time where order matters.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_audit_ids")
    @SequenceGenerator(name = "case_audit_ids", sequenceName = "case_audit_id_seq", allocationSize = EntityIds.ALLOCATION_SIZE)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CaseStatus toStatus;

    public String reason;

    public static List<AuditEntry> ofCase(UUID caseId) {
        return list("caseId = ?1 order by at, id", caseId);
    }
}
