package io.github.idfraud.cases.service;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.cases.entity.AnswerToken;
import io.github.idfraud.cases.entity.AuditAction;
import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.EmailStatus;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.entity.OutboxEmail;
import io.github.idfraud.cases.entity.Priority;
import io.github.idfraud.cases.security.EventIdSeal;
import io.github.idfraud.contract.AlertEntry;
import io.github.idfraud.contract.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Turns one alert into a case event, in one transaction: a new case, or the active case about the same identity
 * within the join window; plus the consumer email in the outbox (with its answer link) when the event calls for one.
 */
@ApplicationScoped
public class CaseIntakeService {

    /** What became of an alert. */
    public enum Outcome {
        CREATED, JOINED, DUPLICATE
    }

    private final EntityManager entityManager;
    private final CaseRules rules;
    private final NotificationPolicy notifications;
    private final AuditTrail audit;
    private final CaseMetrics metrics;
    private final Duration linkValidity;
    private final Clock clock;

    CaseIntakeService(EntityManager entityManager, CaseRules rules, NotificationPolicy notifications,
                      AuditTrail audit, CaseMetrics metrics, CaseConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.rules = rules;
        this.notifications = notifications;
        this.audit = audit;
        this.metrics = metrics;
        this.linkValidity = config.answers().linkValidity();
        this.clock = clock;
    }

    @Transactional
    public Outcome accept(AlertEntry alert, EventIdSeal.Sealed eventId, String streamEntryId) {
        IdentityKey identity = IdentityKey.of(alert.identityKeys(), eventId.eventRef());
        // Serialises all alerts about one identity (and so every redelivery of one alert) across instances.
        lockIdentity(alert.tenant(), identity.pseudonym());
        if (CaseEvent.exists(alert.tenant(), eventId.eventRef())) {
            return Outcome.DUPLICATE;
        }
        Instant now = clock.instant();
        FraudCase fraudCase = FraudCase.lockJoinable(alert.tenant(), identity.pseudonym(),
                alert.occurredAt().minus(rules.joinWindow()), alert.occurredAt().plus(rules.joinWindow())).orElse(null);
        Outcome outcome;
        if (fraudCase == null) {
            fraudCase = open(alert, identity, now);
            outcome = Outcome.CREATED;
        } else {
            extend(fraudCase, alert, now);
            outcome = Outcome.JOINED;
        }
        CaseEvent event = record(fraudCase, alert, eventId, streamEntryId, now);
        rememberIdentifiers(fraudCase, alert);
        queueNotice(fraudCase, event, alert, now);
        if (outcome == Outcome.CREATED) {
            metrics.caseOpened(alert.tenant());
        }
        return outcome;
    }

    private void lockIdentity(String tenant, String pseudonym) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, tenant + "|" + pseudonym)
                .getSingleResult();
    }

    private FraudCase open(AlertEntry alert, IdentityKey identity, Instant now) {
        FraudCase fraudCase = new FraudCase();
        fraudCase.id = UUID.randomUUID();
        fraudCase.tenant = alert.tenant();
        fraudCase.identityKind = identity.kind();
        fraudCase.identityKey = identity.pseudonym();
        fraudCase.status = CaseStatus.OPEN;
        fraudCase.maxScore = alert.score();
        fraudCase.priority = rules.priorityFor(alert.score());
        fraudCase.openedAt = now;
        fraudCase.firstEventAt = alert.occurredAt();
        fraudCase.lastEventAt = alert.occurredAt();
        fraudCase.dueAt = rules.dueAt(now, fraudCase.priority);
        fraudCase.updatedAt = now;
        fraudCase.persist();
        audit.append(fraudCase, AuditTrail.SYSTEM, AuditAction.OPENED, null, CaseStatus.OPEN,
                alert.decision() + " " + alert.type() + " event scored " + alert.score(), now);
        return fraudCase;
    }

    private void extend(FraudCase fraudCase, AlertEntry alert, Instant now) {
        Priority before = fraudCase.priority;
        fraudCase.maxScore = Math.max(fraudCase.maxScore, alert.score());
        fraudCase.priority = rules.priorityFor(fraudCase.maxScore);
        // A higher priority can only bring the due time forward.
        Instant due = rules.dueAt(fraudCase.openedAt, fraudCase.priority);
        fraudCase.dueAt = due.isBefore(fraudCase.dueAt) ? due : fraudCase.dueAt;
        fraudCase.firstEventAt = min(fraudCase.firstEventAt, alert.occurredAt());
        fraudCase.lastEventAt = max(fraudCase.lastEventAt, alert.occurredAt());
        fraudCase.updatedAt = now;
        String reason = alert.decision() + " " + alert.type() + " event scored " + alert.score()
                + (before == fraudCase.priority ? "" : "; priority " + before + " -> " + fraudCase.priority);
        audit.append(fraudCase, AuditTrail.SYSTEM, AuditAction.EVENT_ADDED, fraudCase.status, fraudCase.status,
                reason, now);
    }

    private CaseEvent record(FraudCase fraudCase, AlertEntry alert, EventIdSeal.Sealed eventId, String streamEntryId,
                             Instant now) {
        CaseEvent event = new CaseEvent();
        event.caseId = fraudCase.id;
        event.tenant = alert.tenant();
        event.eventRef = eventId.eventRef();
        event.sealedEventId = eventId.sealedEventId();
        event.type = alert.type();
        event.occurredAt = alert.occurredAt();
        event.score = alert.score();
        event.decision = alert.decision();
        event.reasons = alert.reasons() == null ? List.of() : alert.reasons();
        event.modelVersion = alert.modelVersion();
        event.explanation = alert.explanation();
        event.encryptedContact = alert.encryptedContact();
        event.receivedAt = now;
        event.streamEntryId = streamEntryId;
        event.persist();
        return event;
    }

    /** Every identifier pseudonym of the alert, once per case, for the links between a bank's cases: one statement. */
    private void rememberIdentifiers(FraudCase fraudCase, AlertEntry alert) {
        if (alert.identityKeys() == null) {
            return;
        }
        List<String> kinds = new ArrayList<>();
        List<String> pseudonyms = new ArrayList<>();
        alert.identityKeys().forEach((kind, pseudonym) -> {
            if (kind != null && pseudonym != null) {
                kinds.add(kind);
                pseudonyms.add(pseudonym);
            }
        });
        if (kinds.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("insert into case_identifier (case_id, tenant, kind, pseudonym)"
                        + " select ?1, ?2, k, p from unnest(cast(?3 as varchar[]), cast(?4 as varchar[])) as i(k, p)"
                        + " on conflict do nothing")
                .setParameter(1, fraudCase.id).setParameter(2, fraudCase.tenant)
                .setParameter(3, kinds.toArray(String[]::new)).setParameter(4, pseudonyms.toArray(String[]::new))
                .executeUpdate();
    }

    private void queueNotice(FraudCase fraudCase, CaseEvent event, AlertEntry alert, Instant now) {
        String template = notifications.templateFor(alert).orElse(null);
        if (template == null || OutboxEmail.exists(fraudCase.id, template)) {
            return;
        }
        boolean hasContactChange = CaseEvent.count("caseId = ?1 and type = ?2 and id <> ?3",
                fraudCase.id, EventType.CONTACT_CHANGE, event.id) > 0;
        if (NotificationPolicy.contactMayBeHijacked(hasContactChange, alert.type())) {
            return;
        }
        entityManager.flush(); // the event id must exist before the outbox row refers to it
        OutboxEmail email = new OutboxEmail();
        email.caseId = fraudCase.id;
        email.caseEventId = event.id;
        email.tenant = fraudCase.tenant;
        email.template = template;
        email.status = EmailStatus.PENDING;
        email.nextAttemptAt = now;
        email.createdAt = now;
        email.persist();
        // The link exists (committed) before the email can be read, so a quick click always finds it.
        AnswerToken token = new AnswerToken();
        token.id = UUID.randomUUID();
        token.emailId = email.id;
        token.caseId = fraudCase.id;
        token.caseEventId = event.id;
        token.tenant = fraudCase.tenant;
        token.expiresAt = now.plus(linkValidity).truncatedTo(ChronoUnit.SECONDS);
        token.persist();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
