package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.AuditAction;
import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.entity.CaseNote;
import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.ConsumerAnswer;
import io.github.idfraud.cases.entity.Disposition;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.LabelValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Every change to a case: analysts moving, assigning and annotating it, the sender noting the consumer was told,
 * the consumer's answer. Each lands in the audit trail in the same transaction, with the case row locked; a final
 * decision also labels the case's events for the scoring service.
 */
@ApplicationScoped
public class CaseWorkflow {

    private final AuditTrail audit;
    private final LabelRecorder labels;
    private final WorkbenchQueries queue;
    private final Clock clock;

    CaseWorkflow(AuditTrail audit, LabelRecorder labels, WorkbenchQueries queue, Clock clock) {
        this.audit = audit;
        this.labels = labels;
        this.queue = queue;
        this.clock = clock;
    }

    /** Assigns the most urgent unassigned active case to {@code actor}; null when there is none. */
    @Transactional
    public FraudCase takeNext(String tenant, String actor) {
        UUID next = queue.nextUnassigned(tenant);
        return next == null ? null : assign(tenant, next, actor, actor);
    }

    /**
     * An analyst moves a case. A final status needs the case's assignee or a supervisor, and closes the case with a
     * disposition (the default for the status when none is given) whose label goes to every event of the case.
     */
    @Transactional
    public FraudCase transition(String tenant, UUID caseId, CaseStatus target, Disposition disposition, String reason,
                                Actor actor) {
        if (disposition != null && disposition.status() != target) {
            throw new DispositionMismatchException(target, disposition);
        }
        FraudCase fraudCase = lock(tenant, caseId);
        Instant now = clock.instant();
        if (target.isTerminal() && !actor.supervisor() && !actor.name().equals(fraudCase.assignee)) {
            throw new NotCaseOwnerException(caseId.toString());
        }
        Disposition outcome = target.isTerminal()
                ? (disposition == null ? Disposition.defaultFor(target) : disposition) : null;
        move(fraudCase, target, actor.name(), AuditAction.TRANSITION,
                outcome == null ? reason : outcome.title() + ": " + reason, now);
        if (outcome != null) {
            fraudCase.disposition = outcome;
            labels.caseOutcome(fraudCase, outcome.label(), now, null);
        }
        return fraudCase;
    }

    /** Who acts on a case: their name (as audited) and whether they supervise the tenant's queue. */
    public record Actor(String name, boolean supervisor) {
    }

    @Transactional
    public FraudCase assign(String tenant, UUID caseId, String assignee, String actor) {
        FraudCase fraudCase = lock(tenant, caseId);
        Instant now = clock.instant();
        String before = fraudCase.assignee;
        fraudCase.assignee = assignee;
        fraudCase.updatedAt = now;
        audit.append(fraudCase, actor, AuditAction.ASSIGNED, fraudCase.status, fraudCase.status,
                "assignee " + (before == null ? "none" : before) + " -> " + (assignee == null ? "none" : assignee), now);
        return fraudCase;
    }

    @Transactional
    public CaseNote addNote(String tenant, UUID caseId, String text, String actor) {
        return addNote(tenant, caseId, text, actor, null);
    }

    /**
     * Adds a note once per {@code idempotencyKey}: a note already stored with the key is returned as it is (the lock
     * on the case orders concurrent retries). A null key always adds.
     */
    @Transactional
    public CaseNote addNote(String tenant, UUID caseId, String text, String actor, String idempotencyKey) {
        FraudCase fraudCase = lock(tenant, caseId);
        if (idempotencyKey != null) {
            Optional<CaseNote> stored = CaseNote.byKey(fraudCase.id, idempotencyKey);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        Instant now = clock.instant();
        CaseNote note = new CaseNote();
        note.idempotencyKey = idempotencyKey;
        note.caseId = fraudCase.id;
        note.author = actor;
        note.body = text;
        note.createdAt = now;
        note.persist();
        fraudCase.updatedAt = now;
        audit.append(fraudCase, actor, AuditAction.NOTE_ADDED, fraudCase.status, fraudCase.status, null, now);
        return note;
    }

    /** The consumer was emailed: an untouched case now waits for their answer. Joins the caller's transaction. */
    public void consumerNotified(FraudCase fraudCase, String template, Instant now) {
        String reason = "notice " + template + " emailed to the consumer";
        if (fraudCase.status == CaseStatus.OPEN) {
            move(fraudCase, CaseStatus.AWAITING_CONSUMER, AuditTrail.SYSTEM, AuditAction.CONSUMER_NOTIFIED, reason, now);
        } else {
            audit.append(fraudCase, AuditTrail.SYSTEM, AuditAction.CONSUMER_NOTIFIED, fraudCase.status,
                    fraudCase.status, reason, now);
        }
    }

    /**
     * Applies a consumer's answer. "Not me" confirms the fraud. "Me" dismisses the case, except for an account
     * opening: there the address came with the application itself, so a fraudster could answer, and the case goes
     * to an analyst instead. A case already closed keeps its outcome; the answer is still audited and labelled.
     */
    public void consumerAnswered(FraudCase fraudCase, CaseEvent event, ConsumerAnswer answer, Instant now) {
        // the event's row id, never the bank's event id (banks may build those from customer data)
        String reason = "consumer answered \"" + (answer == ConsumerAnswer.NOT_ME ? "this wasn't me" : "this was me")
                + "\" about case event " + event.id;
        CaseStatus target = consumerTarget(fraudCase.status, event.type, answer);
        if (target == null) {
            audit.append(fraudCase, AuditTrail.CONSUMER, AuditAction.CONSUMER_ANSWER, fraudCase.status,
                    fraudCase.status, reason, now);
        } else {
            move(fraudCase, target, AuditTrail.CONSUMER, AuditAction.CONSUMER_ANSWER, reason, now);
        }
        LabelValue value = answer == ConsumerAnswer.NOT_ME ? LabelValue.FRAUD : LabelValue.LEGIT;
        labels.consumerAnswer(fraudCase, event, value, now);
        if (target != null && target.isTerminal()) {
            fraudCase.disposition = answer == ConsumerAnswer.NOT_ME
                    ? Disposition.CONFIRMED_FRAUD : Disposition.CONSUMER_CONFIRMED;
            // The case outcome also covers its other events; the answered one already carries the consumer's label.
            labels.caseOutcome(fraudCase, value, now, event);
        }
    }

    private static CaseStatus consumerTarget(CaseStatus current, EventType type, ConsumerAnswer answer) {
        if (current.isTerminal()) {
            return null;
        }
        if (answer == ConsumerAnswer.NOT_ME) {
            return CaseStatus.CONFIRMED_FRAUD;
        }
        if (type == EventType.ACCOUNT_OPENING) {
            return current == CaseStatus.IN_REVIEW ? null : CaseStatus.IN_REVIEW;
        }
        return CaseStatus.DISMISSED;
    }

    /** Moves a case and audits it; the caller owns the transaction. */
    void move(FraudCase fraudCase, CaseStatus target, String actor, AuditAction action, String reason, Instant now) {
        CaseStatus from = fraudCase.status;
        if (!from.canMoveTo(target)) {
            throw new IllegalTransitionException(from, target);
        }
        fraudCase.status = target;
        fraudCase.updatedAt = now;
        if (target.isTerminal()) {
            fraudCase.closedAt = now;
        }
        audit.append(fraudCase, actor, action, from, target, reason, now);
    }

    /** The caller's case, locked for the transaction; 404 for a missing or another tenant's case. */
    static FraudCase lock(String tenant, UUID caseId) {
        return FraudCase.lockForTenant(tenant, caseId)
                .orElseThrow(CaseNotFoundException::new);
    }

    static FraudCase read(String tenant, UUID caseId) {
        return FraudCase.findForTenant(tenant, caseId)
                .orElseThrow(CaseNotFoundException::new);
    }
}
