package io.github.idfraud.cases.service;

import io.github.idfraud.cases.security.EventIdSeal;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Keeps every stored bank event id sealed under the current contact-encryption key. At start, before the alert intake
 * runs, it seals the ids that rows from before sealing kept in clear (once: afterwards none is left); on the retention
 * schedule it seals again, under the current key, the ids sealed under a previous one, so that key can be dropped
 * (docs/operations.md, "Contact-encryption key"). Both go through the tables in batches, each batch one transaction.
 */
@ApplicationScoped
public class EventIdSealing {

    private static final Logger LOG = Logger.getLogger(EventIdSealing.class);
    private static final int BATCH = 500;
    /** The tables that keep a bank event id, each with its row id, tenant, reference and seal. */
    private static final List<String> TABLES = List.of("case_event", "case_label");

    private final EntityManager entities;
    private final EventIdSeal seal;

    EventIdSealing(EntityManager entities, EventIdSeal seal) {
        this.entities = entities;
        this.seal = seal;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE + 2) StartupEvent event) {
        long sealed = sealClear();
        if (sealed > 0) {
            LOG.infof("sealed %d bank event ids kept in clear by an earlier version", sealed);
        }
    }

    @Scheduled(every = "${fraud.retention.purge-every}", delayed = "50s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resealOnSchedule() {
        Progress done = resealUnderCurrentKey();
        if (done.changed() > 0 || done.unopened() > 0) {
            LOG.infof("sealed %d bank event ids again under the current contact-encryption key; %d do not open under"
                    + " any configured key (sealed under a key already retired) and stay as they are",
                    done.changed(), done.unopened());
        }
    }

    /** What one pass did: rows sealed (again), and rows whose seal opened under no configured key. */
    public record Progress(long changed, long unopened) {

        Progress plus(Progress other) {
            return new Progress(changed + other.changed, unopened + other.unopened);
        }
    }

    /** Seals every id still kept in clear; returns how many rows it sealed. */
    public long sealClear() {
        long rows = 0;
        for (String table : TABLES) {
            int batch;
            do {
                batch = sealClearBatch(table);
                rows += batch;
            } while (batch == BATCH);
        }
        return rows;
    }

    /** Seals again, under the current key, every id sealed under another that still opens. */
    public Progress resealUnderCurrentKey() {
        Progress total = new Progress(0, 0);
        for (String table : TABLES) {
            long after = 0;
            Batch batch;
            do {
                batch = resealBatch(table, after);
                total = total.plus(batch.progress());
                after = batch.lastId();
            } while (batch.rows() == BATCH);
        }
        return total;
    }

    /** One batch of rows in id order from {@code lastId}, so rows that do not open are passed, not read again. */
    record Batch(int rows, long lastId, Progress progress) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    int sealClearBatch(String table) {
        List<Object[]> rows = entities.createNativeQuery("select id, tenant, event_id from " + table
                + " where event_id is not null order by id limit " + BATCH + " for update skip locked").getResultList();
        for (Object[] row : rows) {
            EventIdSeal.Sealed sealed = seal.seal((String) row[1], (String) row[2]);
            entities.createNativeQuery("update " + table
                            + " set event_ref = ?1, sealed_event_id = ?2, event_id = null where id = ?3")
                    .setParameter(1, sealed.eventRef()).setParameter(2, sealed.sealedEventId())
                    .setParameter(3, row[0]).executeUpdate();
            if (!table.equals("case_event")) {
                continue;
            }
            // A case about an alert without identifiers was named by its event's id (IdentityKey): now by reference.
            entities.createNativeQuery("update fraud_case set identity_key = ?1"
                            + " where tenant = ?2 and identity_kind = 'event' and identity_key = ?3")
                    .setParameter(1, sealed.eventRef()).setParameter(2, row[1]).setParameter(3, row[2]).executeUpdate();
        }
        return rows.size();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    Batch resealBatch(String table, long afterId) {
        List<Object[]> rows = entities.createNativeQuery("select id, tenant, event_ref, sealed_event_id from " + table
                        // a prefix compare, not LIKE: a base64url key id may hold '_', a LIKE wildcard
                        + " where id > ?1 and left(sealed_event_id, length(?2)) <> ?2 order by id limit " + BATCH
                        + " for update skip locked")
                .setParameter(1, afterId).setParameter(2, seal.currentKeyPrefix()).getResultList();
        long changed = 0;
        long unopened = 0;
        long lastId = afterId;
        for (Object[] row : rows) {
            lastId = ((Number) row[0]).longValue();
            String resealed;
            try {
                resealed = seal.reseal((String) row[1], (String) row[2], (String) row[3]);
            } catch (IllegalArgumentException retiredKey) {
                unopened++;
                continue;
            }
            entities.createNativeQuery("update " + table + " set sealed_event_id = ?1 where id = ?2")
                    .setParameter(1, resealed).setParameter(2, row[0]).executeUpdate();
            changed++;
        }
        return new Batch(rows.size(), lastId, new Progress(changed, unopened));
    }
}
