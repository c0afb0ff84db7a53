package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.AuditEntry;
import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.entity.CaseNote;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.entity.OutboxEmail;
import io.github.idfraud.cases.entity.OutboxWebhook;
import io.github.idfraud.cases.security.EventIdSeal;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read side of the analyst API; every query is confined to the caller's tenant. */
@ApplicationScoped
public class CaseQueries {

    private final EventIdSeal eventIds;

    CaseQueries(EventIdSeal eventIds) {
        this.eventIds = eventIds;
    }

    /** One page of cases and the total matching count. */
    public record Page(List<FraudCase> items, long total) {
    }

    @Transactional
    public Page list(String tenant, CaseFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder("tenant = :tenant");
        Parameters parameters = Parameters.with("tenant", tenant);
        if (filter.status() != null) {
            where.append(" and status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.priority() != null) {
            where.append(" and priority = :priority");
            parameters.and("priority", filter.priority());
        }
        if (filter.assignee() != null) {
            where.append(" and assignee = :assignee");
            parameters.and("assignee", filter.assignee());
        }
        if (filter.openedFrom() != null) {
            where.append(" and openedAt >= :from");
            parameters.and("from", filter.openedFrom());
        }
        if (filter.openedTo() != null) {
            where.append(" and openedAt < :to");
            parameters.and("to", filter.openedTo());
        }
        // Most urgent first: priority, then the nearest due time.
        PanacheQuery<FraudCase> query = FraudCase.find(where + " order by priority, dueAt, id", parameters);
        return new Page(query.page(page, size).list(), query.count());
    }

    @Transactional
    public CaseFile file(String tenant, UUID caseId) {
        FraudCase fraudCase = CaseWorkflow.read(tenant, caseId);
        List<CaseEvent> events = CaseEvent.ofCase(caseId);
        // The bank's own ids, for its own analysts: opened here, never stored in clear.
        Map<Long, String> bankEventIds = new HashMap<>();
        events.forEach(e -> eventIds.open(e).ifPresent(id -> bankEventIds.put(e.id, id)));
        return new CaseFile(fraudCase, events, bankEventIds, CaseNote.ofCase(caseId), OutboxEmail.ofCase(caseId),
                OutboxWebhook.ofCase(caseId));
    }

    @Transactional
    public List<AuditEntry> audit(String tenant, UUID caseId) {
        CaseWorkflow.read(tenant, caseId);
        return AuditEntry.ofCase(caseId);
    }
}
