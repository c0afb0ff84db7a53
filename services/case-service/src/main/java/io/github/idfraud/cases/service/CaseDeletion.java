package io.github.idfraud.cases.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Deletes cases and every row under them, in the caller's transaction, children first. The audit trail stays: it
 * carries no personal data and proves what happened (its own retention removes it later).
 */
@ApplicationScoped
public class CaseDeletion {

    /** Tables under a case, in an order that respects their foreign keys. */
    private static final List<String> UNDER_A_CASE = List.of("case_identifier", "case_label", "webhook_outbox",
            "answer_token", "email_outbox", "case_note", "case_event");

    private final EntityManager entities;

    CaseDeletion(EntityManager entities) {
        this.entities = entities;
    }

    /** @return how many rows were deleted, the cases included */
    public int delete(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return 0;
        }
        int rows = 0;
        for (String table : UNDER_A_CASE) {
            rows += entities.createNativeQuery("delete from " + table + " where case_id in (:ids)")
                    .setParameter("ids", caseIds).executeUpdate();
        }
        return rows + entities.createNativeQuery("delete from fraud_case where id in (:ids)")
                .setParameter("ids", caseIds).executeUpdate();
    }
}
