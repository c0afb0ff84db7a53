package io.github.idfraud.cases.service;

import io.github.idfraud.cases.config.CaseConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Deletes what the case database no longer needs, each kind after its own period (CaseConfig.Retention): closed cases
 * with everything under them, expired answer links, finished outbox rows, published labels, and the audit trail by
 * age through the one database function allowed to delete from it. Open cases stay while they are open.
 */
@ApplicationScoped
public class TableRetention {

    private static final Logger LOG = Logger.getLogger(TableRetention.class);
    /** The database refuses to purge audit rows younger than this (V7 migration). */
    static final Duration MIN_AUDIT_RETENTION = Duration.ofDays(30);
    private static final int CASES_PER_TRANSACTION = 200;

    private final CaseConfig.Retention retention;
    private final CaseDeletion deletion;
    private final EntityManager entities;
    private final Clock clock;

    TableRetention(CaseConfig config, CaseDeletion deletion, EntityManager entities, Clock clock) {
        this.retention = config.retention();
        if (retention.audit().compareTo(MIN_AUDIT_RETENTION) < 0) {
            throw new IllegalStateException("fraud.retention.audit (env FRAUD_RETENTION_AUDIT) must be at least "
                    + MIN_AUDIT_RETENTION + ", was " + retention.audit());
        }
        this.deletion = deletion;
        this.entities = entities;
        this.clock = clock;
    }

    @Scheduled(every = "${fraud.retention.purge-every}", delayed = "40s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeAll() {
        purge(clock.instant());
    }

    /** Purges everything past its period at {@code now}; returns the rows deleted. */
    public long purge(Instant now) {
        long rows = 0;
        int deleted;
        do {
            deleted = purgeClosedCases(now.minus(retention.closedCases()));
            rows += deleted;
        } while (deleted > 0);
        rows += purgeRows(now);
        if (rows > 0) {
            LOG.infof("retention deleted %d rows", rows);
        }
        return rows;
    }

    /** One batch of cases closed before the cutoff; returns the rows deleted (0 when none is left). */
    @Transactional
    int purgeClosedCases(Instant closedBefore) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entities.createNativeQuery(
                        "select id from fraud_case where closed_at < :cutoff order by closed_at limit :limit", UUID.class)
                .setParameter("cutoff", closedBefore).setParameter("limit", CASES_PER_TRANSACTION).getResultList();
        return deletion.delete(ids);
    }

    @Transactional
    long purgeRows(Instant now) {
        long rows = delete("delete from answer_token where expires_at < ?1", now.minus(retention.answerTokens()));
        Instant outboxCutoff = now.minus(retention.outbox());
        rows += delete("delete from email_outbox e where status <> 'PENDING' and created_at < ?1"
                + " and not exists (select 1 from answer_token t where t.email_id = e.id)", outboxCutoff);
        rows += delete("delete from webhook_outbox where status <> 'PENDING' and created_at < ?1", outboxCutoff);
        rows += delete("delete from case_label where published_at is not null and reported_at < ?1",
                now.minus(retention.labels()));
        Number audit = (Number) entities.createNativeQuery("select case_audit_purge(?1)")
                .setParameter(1, now.minus(retention.audit())).getSingleResult();
        return rows + audit.longValue();
    }

    private int delete(String sql, Instant cutoff) {
        return entities.createNativeQuery(sql).setParameter(1, cutoff).executeUpdate();
    }
}
