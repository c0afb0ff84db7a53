package io.github.idfraud.cases.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A free-text note an analyst left on a case. */
@Entity
@Table(name = "case_note")
public class CaseNote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The caller's key for this note, so a retry after an unanswered request stores nothing twice; may be null. */
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    public static Optional<CaseNote> byKey(UUID caseId, String idempotencyKey) {
        return find("caseId = ?1 and idempotencyKey = ?2", caseId, idempotencyKey).firstResultOptional();
    }

    public static List<CaseNote> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt, id", caseId);
    }
}
