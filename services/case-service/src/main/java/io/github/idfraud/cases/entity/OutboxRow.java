package io.github.idfraud.cases.entity;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What every transactional outbox row about a case keeps: the case event it is about, and its sender's retry
 * bookkeeping. Each outbox adds its id, its status and its content.
 */
@MappedSuperclass
public abstract class OutboxRow extends PanacheEntityBase {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "case_event_id", nullable = false)
    public Long caseEventId;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** Why the last attempt failed, scrubbed: no address, URL or key. */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * The oldest due PENDING row of an outbox table, locked; rows another sender holds are skipped, not waited for,
     * so replicas share the work and never send one row twice at once.
     */
    @SuppressWarnings("unchecked")
    static <T extends OutboxRow> Optional<T> lockNextDue(Class<T> type, String table, Instant now) {
        List<T> due = Panache.getEntityManager(type).createNativeQuery(
                        "select * from " + table + " where status = 'PENDING' and next_attempt_at <= ?1"
                                + " order by next_attempt_at, id limit 1 for update skip locked", type)
                .setParameter(1, now)
                .getResultList();
        return due.stream().findFirst();
    }
}
