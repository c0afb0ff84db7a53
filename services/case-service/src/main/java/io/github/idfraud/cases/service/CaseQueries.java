package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.AuditEntry;
import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.entity.CaseNote;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.entity.OutboxEmail;
import io.github.idfraud.cases.entity.OutboxWebhook;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Read side of the analyst API; every query is confined to the caller's tenant. */
@ApplicationScoped
public class CaseQueries {

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
        return new CaseFile(fraudCase, CaseEvent.ofCase(caseId), CaseNote.ofCase(caseId), OutboxEmail.ofCase(caseId),
                OutboxWebhook.ofCase(caseId));
    }

    @Transactional
    public List<AuditEntry> audit(String tenant, UUID caseId) {
        CaseWorkflow.read(tenant, caseId);
        return AuditEntry.ofCase(caseId);
    }
}
