package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.entity.WebhookStatus;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the gauges counted from the database in step with it: {@code fraud.cases} (cases by tenant and status) and
 * {@code fraud.webhook.deliveries} (bank webhooks still pending or failed for good, by tenant).
 */
@ApplicationScoped
public class CaseCountRefresher {

    /** Sets one gauge: a tenant's count in one status. */
    @FunctionalInterface
    private interface StatusGauge<S> {
        void set(String tenant, S status, long count);
    }

    private static final List<WebhookStatus> UNDELIVERED = List.of(WebhookStatus.PENDING, WebhookStatus.FAILED);

    private final CaseMetrics metrics;
    private final Set<String> caseTenants = new HashSet<>();
    private final Set<String> webhookTenants = new HashSet<>();

    CaseCountRefresher(CaseMetrics metrics) {
        this.metrics = metrics;
    }

    @Scheduled(every = "${fraud.counts.refresh-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    synchronized void refresh() {
        refresh("select c.tenant, c.status, count(c) from FraudCase c where c.status in :statuses"
                + " group by c.tenant, c.status", List.of(CaseStatus.values()), caseTenants, metrics::casesInStatus);
        refresh("select w.tenant, w.status, count(w) from OutboxWebhook w where w.status in :statuses"
                + " group by w.tenant, w.status", UNDELIVERED, webhookTenants, metrics::webhooksInStatus);
    }

    /** @param countsByTenantAndStatus a query of (tenant, status, count) rows for the {@code :statuses} */
    private <S extends Enum<S>> void refresh(String countsByTenantAndStatus, List<S> statuses, Set<String> seenTenants,
                                             StatusGauge<S> gauge) {
        List<Object[]> rows = FraudCase.getEntityManager().createQuery(countsByTenantAndStatus, Object[].class)
                .setParameter("statuses", statuses)
                .getResultList();
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            seenTenants.add((String) row[0]);
            counts.put(row[0] + "/" + row[1], (Long) row[2]);
        }
        // Every status of every tenant seen so far is set, so a status that emptied out reads 0, not its last value.
        for (String tenant : seenTenants) {
            for (S status : statuses) {
                gauge.set(tenant, status, counts.getOrDefault(tenant + "/" + status, 0L));
            }
        }
    }
}
