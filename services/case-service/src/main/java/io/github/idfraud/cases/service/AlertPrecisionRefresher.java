package io.github.idfraud.cases.service;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.cases.entity.AuditAction;
import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.ConsumerAnswer;
import io.github.idfraud.cases.entity.FraudCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the alert precision gauges in step with the database, per tenant, over the last {@code fraud.precision.window}:
 * of the cases analysts closed (a TRANSITION to CONFIRMED_FRAUD or DISMISSED in the audit trail), the share confirmed
 * as fraud; of the consumers' answers, the share "this wasn't me". Cases the consumer's answer closed count as
 * consumer answers, not as analyst outcomes. Two grouped queries per refresh, never one per request.
 */
@ApplicationScoped
public class AlertPrecisionRefresher {

    static final String ANALYST = "analyst";
    static final String CONSUMER = "consumer";

    private final CaseMetrics metrics;
    private final CaseConfig config;
    private final Clock clock;
    private final Set<String> seenTenants = new HashSet<>();

    AlertPrecisionRefresher(CaseMetrics metrics, CaseConfig config, Clock clock) {
        this.metrics = metrics;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${fraud.precision.refresh-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public synchronized void refresh() {
        Instant since = clock.instant().minus(config.precision().window());
        EntityManager db = FraudCase.getEntityManager();
        List<Object[]> outcomes = db.createQuery("select a.tenant, a.toStatus, count(a) from AuditEntry a"
                        + " where a.action = :transition and a.toStatus in :final and a.at >= :since"
                        + " group by a.tenant, a.toStatus", Object[].class)
                .setParameter("transition", AuditAction.TRANSITION)
                .setParameter("final", List.of(CaseStatus.CONFIRMED_FRAUD, CaseStatus.DISMISSED))
                .setParameter("since", since)
                .getResultList();
        List<Object[]> answers = db.createQuery("select t.tenant, t.answer, count(t) from AnswerToken t"
                        + " where t.answer is not null and t.usedAt >= :since group by t.tenant, t.answer", Object[].class)
                .setParameter("since", since)
                .getResultList();
        Map<String, long[]> analyst = tally(outcomes, CaseStatus.CONFIRMED_FRAUD);
        Map<String, long[]> consumer = tally(answers, ConsumerAnswer.NOT_ME);
        seenTenants.addAll(analyst.keySet());
        seenTenants.addAll(consumer.keySet());
        // Every tenant seen so far is set, so one whose decisions left the window reads NaN, not its last value.
        for (String tenant : seenTenants) {
            long[] a = analyst.getOrDefault(tenant, new long[2]);
            long[] c = consumer.getOrDefault(tenant, new long[2]);
            metrics.alertsDecided(tenant, ANALYST, a[0], a[1]);
            metrics.alertsDecided(tenant, CONSUMER, c[0], c[1]);
        }
    }

    /** Per tenant: {fraud, decided} from rows of (tenant, verdict, count). */
    private static Map<String, long[]> tally(List<Object[]> rows, Object fraudVerdict) {
        Map<String, long[]> byTenant = new HashMap<>();
        for (Object[] row : rows) {
            long[] counts = byTenant.computeIfAbsent((String) row[0], tenant -> new long[2]);
            long count = (Long) row[2];
            if (fraudVerdict.equals(row[1])) {
                counts[0] += count;
            }
            counts[1] += count;
        }
        return byTenant;
    }
}
