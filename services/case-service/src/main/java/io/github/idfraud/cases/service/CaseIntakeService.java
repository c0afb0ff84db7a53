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
import java.util.Optional;
import java.util.UUID;

/**
 * Turns alerts into case events, one alert or several in one transaction: a new case, or the active case about the
 * same identity within the join window; plus the consumer email in the outbox (with its answer link) when the event
 * calls for one.
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
    private final Duration linkValidity;
    private final Clock clock;

    CaseIntakeService(EntityManager entityManager, CaseRules rules, NotificationPolicy notifications,
                      AuditTrail audit, CaseConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.rules = rules;
        this.notifications = notifications;
        this.audit = audit;
        this.linkValidity = config.answers().linkValidity();
        this.clock = clock;
    }

    /** One alert as read from the stream: what it says, its sealed event id and the stream entry it came in. */
    public record Incoming(AlertEntry alert, EventIdSeal.Sealed eventId, String streamEntryId) {

        /** The identity its case is about; alerts with the same one are serialised and kept in order. */
        public IdentityKey identity() {
            return IdentityKey.of(alert.identityKeys(), eventId.eventRef());
        }

        /** The advisory lock's key: tenant and identity pseudonym. */
        public String lockKey() {
            return alert.tenant() + "|" + identity().pseudonym();
        }
    }

    /** One alert in a transaction of its own. */
    @Transactional
    public Outcome accept(AlertEntry alert, EventIdSeal.Sealed eventId, String streamEntryId) {
        return store(List.of(new Incoming(alert, eventId, streamEntryId))).get(0);
    }

    /**
     * Several alerts in one transaction (one commit instead of one each), in the order given, so alerts about one
     * identity join its case in stream order. All or nothing: when one fails, none is stored and the caller may
     * retry them one by one.
     *
     * @return each alert's outcome, in the order given
     */
    @Transactional
    public List<Outcome> acceptAll(List<Incoming> alerts) {
        return store(alerts);
    }

    /**
     * What the stores below read is read once for all the alerts (locks, duplicates, joinable cases, notices
     * already queued), so an alert costs its inserts and little more.
     */
    private List<Outcome> store(List<Incoming> alerts) {
        lockIdentities(alerts);
        IntakeBatch batch = IntakeBatch.read(alerts, rules.joinWindow());
        List<Outcome> outcomes = new ArrayList<>(alerts.size());
        List<Notice> notices = new ArrayList<>();
        for (Incoming incoming : alerts) {
            outcomes.add(store(incoming, batch, notices));
        }
        rememberIdentifiers(batch.identifiers());
        queue(notices);
        return outcomes;
    }

    /** A consumer e-mail an alert calls for, queued once the alerts' own rows are written. */
    private record Notice(FraudCase fraudCase, CaseEvent event, String template, Instant at) {
    }

    private Outcome store(Incoming incoming, IntakeBatch batch, List<Notice> notices) {
        AlertEntry alert = incoming.alert();
        EventIdSeal.Sealed eventId = incoming.eventId();
        if (!batch.firstTime(alert.tenant(), eventId.eventRef())) {
            return Outcome.DUPLICATE;
        }
        IdentityKey identity = incoming.identity();
        Instant now = clock.instant();
        FraudCase fraudCase = batch.joinable(alert.tenant(), identity.pseudonym(),
                alert.occurredAt().minus(rules.joinWindow()), alert.occurredAt().plus(rules.joinWindow()));
        Outcome outcome;
        if (fraudCase == null) {
            fraudCase = open(alert, identity, now);
            batch.opened(fraudCase);
            outcome = Outcome.CREATED;
        } else {
            extend(fraudCase, alert, now);
            outcome = Outcome.JOINED;
        }
        CaseEvent event = record(fraudCase, alert, eventId, incoming.streamEntryId(), now);
        batch.identifiersOf(fraudCase, alert.identityKeys());
        noticeFor(fraudCase, event, alert, now, batch).ifPresent(notices::add);
        return outcome;
    }

    /**
     * Serialises all alerts about one identity (and so every redelivery of one alert) across instances, until the
     * transaction ends: one statement for all the identities, taken in a fixed (sorted) order, so two transactions
     * that share identities wait for each other instead of deadlocking.
     */
    private void lockIdentities(List<Incoming> alerts) {
        String[] keys = alerts.stream().map(Incoming::lockKey).distinct().sorted().toArray(String[]::new);
        // unnest yields the array's elements in order, and a plain function scan locks them in that order.
        // force_custom_plan (this transaction only): the batch reads below take lists of values, and a generic plan
        // cached while the tables were small keeps scanning them whole once they are large.
        entityManager.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                        + " (select count(pg_advisory_xact_lock(hashtextextended(k, 0)))"
                        + " from unnest(cast(?1 as varchar[])) as k)")
                .setParameter(1, keys)
                .getResultList();
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

    /** Every identifier pseudonym of the alerts, once per case, for the links between a bank's cases: one statement. */
    private void rememberIdentifiers(IntakeBatch.Identifiers identifiers) {
        if (identifiers.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("insert into case_identifier (case_id, tenant, kind, pseudonym)"
                        + " select c, t, k, p from unnest(cast(?1 as uuid[]), cast(?2 as varchar[]),"
                        + " cast(?3 as varchar[]), cast(?4 as varchar[])) as i(c, t, k, p)"
                        + " on conflict do nothing")
                .setParameter(1, identifiers.caseIds()).setParameter(2, identifiers.tenants())
                .setParameter(3, identifiers.kinds()).setParameter(4, identifiers.pseudonyms())
                .executeUpdate();
    }

    /** The e-mail this alert calls for, decided in stream order (a contact change earlier in the batch counts). */
    private Optional<Notice> noticeFor(FraudCase fraudCase, CaseEvent event, AlertEntry alert, Instant now,
                                       IntakeBatch batch) {
        // Whether the case held a contact change before this event, then this event counted in.
        boolean hasContactChange = batch.hasContactChange(fraudCase.id);
        if (alert.type() == EventType.CONTACT_CHANGE) {
            batch.contactChanged(fraudCase.id);
        }
        String template = notifications.templateFor(alert).orElse(null);
        if (template == null || NotificationPolicy.contactMayBeHijacked(hasContactChange, alert.type())
                || !batch.firstNotice(fraudCase.id, template)) {
            return Optional.empty();
        }
        return Optional.of(new Notice(fraudCase, event, template, now));
    }

    /**
     * The outbox rows and their answer links, after one flush for all the alerts: the events must exist before the
     * rows refer to them (plain id columns, so Hibernate cannot order those inserts itself), and all e-mails are
     * persisted before any link, which refers to its e-mail.
     */
    private void queue(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        entityManager.flush();
        List<AnswerToken> links = new ArrayList<>(notices.size());
        for (Notice notice : notices) {
            OutboxEmail email = new OutboxEmail();
            email.caseId = notice.fraudCase().id;
            email.caseEventId = notice.event().id;
            email.tenant = notice.fraudCase().tenant;
            email.template = notice.template();
            email.status = EmailStatus.PENDING;
            email.nextAttemptAt = notice.at();
            email.createdAt = notice.at();
            email.persist();
            // The link exists (committed) before the email can be read, so a quick click always finds it.
            AnswerToken token = new AnswerToken();
            token.id = UUID.randomUUID();
            token.emailId = email.id;
            token.caseId = notice.fraudCase().id;
            token.caseEventId = notice.event().id;
            token.tenant = notice.fraudCase().tenant;
            token.expiresAt = notice.at().plus(linkValidity).truncatedTo(ChronoUnit.SECONDS);
            links.add(token);
        }
        links.forEach(link -> link.persist());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
