package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.AuditAction;
import io.github.idfraud.cases.entity.AuditEntry;
import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.FraudCase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Appends to a case's audit trail, in the caller's transaction. Nothing here can change an earlier entry. */
@ApplicationScoped
public class AuditTrail {

    /** Actor of automatic steps (intake, sender). */
    public static final String SYSTEM = "system";
    /** Actor of answers given through a consumer link. */
    public static final String CONSUMER = "consumer";

    public void append(FraudCase fraudCase, String actor, AuditAction action, CaseStatus from, CaseStatus to,
                       String reason, Instant at) {
        AuditEntry entry = new AuditEntry();
        entry.caseId = fraudCase.id;
        entry.tenant = fraudCase.tenant;
        entry.actor = actor;
        entry.at = at;
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.reason = reason;
        entry.persist();
    }
}
