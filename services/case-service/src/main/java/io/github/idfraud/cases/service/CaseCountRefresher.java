package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.FraudCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Keeps the {@code fraud.cases} gauge (cases by tenant and status) in step with the database. */
@ApplicationScoped
public class CaseCountRefresher {

    private final CaseMetrics metrics;
    private final Set<String> seenTenants = new HashSet<>();

    CaseCountRefresher(CaseMetrics metrics) {
        this.metrics = metrics;
    }

    @Scheduled(every = "30s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    synchronized void refresh() {
        List<Object[]> rows = FraudCase.getEntityManager()
                .createQuery("select c.tenant, c.status, count(c) from FraudCase c group by c.tenant, c.status",
                        Object[].class)
                .getResultList();
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            seenTenants.add((String) row[0]);
            counts.put(row[0] + "/" + row[1], (Long) row[2]);
        }
        // Every status of every tenant seen so far is set, so a status that emptied out reads 0, not its last value.
        for (String tenant : seenTenants) {
            for (CaseStatus status : CaseStatus.values()) {
                metrics.casesInStatus(tenant, status, counts.getOrDefault(tenant + "/" + status, 0L));
            }
        }
    }
}
