package io.github.idfraud.cases.rest;

import io.github.idfraud.cases.entity.AuditAction;
import io.github.idfraud.cases.entity.AuditEntry;
import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.entity.CaseNote;
import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.ConsumerAnswer;
import io.github.idfraud.cases.entity.Disposition;
import io.github.idfraud.cases.entity.EmailStatus;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.entity.OutboxEmail;
import io.github.idfraud.cases.entity.OutboxWebhook;
import io.github.idfraud.cases.entity.Priority;
import io.github.idfraud.cases.entity.WebhookStatus;
import io.github.idfraud.cases.service.CaseFile;
import io.github.idfraud.cases.service.IdentityKey;
import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Explanation;
import io.github.idfraud.contract.Reason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the analyst API returns. Views carry pseudonyms and statuses, never contact details. */
public final class CaseViews {

    private CaseViews() {
    }

    /** A case in a list. */
    public record CaseSummary(UUID id, CaseStatus status, Priority priority, double maxScore, String assignee,
                              String identityKind, Instant openedAt, Instant lastEventAt, Instant dueAt,
                              Instant updatedAt, Instant closedAt, Disposition disposition) {

        static CaseSummary of(FraudCase c) {
            return new CaseSummary(c.id, c.status, c.priority, c.maxScore, c.assignee, c.identityKind, c.openedAt,
                    c.lastEventAt, c.dueAt, c.updatedAt, c.closedAt, c.disposition);
        }
    }

    /** One page of the case list. */
    public record CasePage(List<CaseSummary> items, int page, int size, long total) {
    }

    /** A case with its events (and their reasons), notes, consumer emails and webhooks to the bank. */
    public record CaseDetail(CaseSummary summary, String identityKey, List<CaseStatus> allowedTransitions,
                             List<EventView> events, List<NoteView> notes, List<EmailView> emails,
                             List<WebhookView> webhooks) {

        static CaseDetail of(CaseFile file) {
            FraudCase c = file.fraudCase();
            return new CaseDetail(CaseSummary.of(c), IdentityKey.shownTo(c.tenant, c.identityKey),
                    List.copyOf(c.status.next()),
                    file.events().stream().map(e -> EventView.of(e, file.bankEventIds().get(e.id))).toList(),
                    file.notes().stream().map(NoteView::of).toList(),
                    file.emails().stream().map(EmailView::of).toList(),
                    file.webhooks().stream().map(WebhookView::of).toList());
        }
    }

    /**
     * One scored event; {@code contactHeld} says whether encrypted contact details are still kept, and
     * {@code explanation} is the deciding model's view at decision time (null for alerts from before it existed).
     */
    public record EventView(String eventId, EventType type, Instant occurredAt, double score, DecisionType decision,
                            List<Reason> reasons, String modelVersion, boolean contactHeld, Instant receivedAt,
                            Explanation explanation) {

        static EventView of(CaseEvent e, String bankEventId) {
            return new EventView(bankEventId, e.type, e.occurredAt, e.score, e.decision, e.reasons, e.modelVersion,
                    e.encryptedContact != null, e.receivedAt, e.explanation);
        }
    }

    public record NoteView(long id, String author, String text, Instant createdAt) {

        static NoteView of(CaseNote n) {
            return new NoteView(n.id, n.author, n.body, n.createdAt);
        }
    }

    /** A consumer email's delivery state, without its address. */
    public record EmailView(String template, EmailStatus status, int attempts, Instant nextAttemptAt,
                            String lastError, Instant sentAt) {

        static EmailView of(OutboxEmail e) {
            return new EmailView(e.template, e.status, e.attempts, e.nextAttemptAt, e.lastError, e.sentAt);
        }
    }

    /** A webhook telling the bank of a consumer's answer: its delivery state, never the bank's URL or key. */
    public record WebhookView(UUID deliveryId, ConsumerAnswer answer, WebhookStatus status, int attempts,
                              Instant nextAttemptAt, String lastError, Instant createdAt, Instant deliveredAt) {

        static WebhookView of(OutboxWebhook w) {
            return new WebhookView(w.id, w.answer, w.status, w.attempts, w.nextAttemptAt, w.lastError, w.createdAt,
                    w.deliveredAt);
        }
    }

    public record AuditView(long id, Instant at, String actor, AuditAction action, CaseStatus fromStatus,
                            CaseStatus toStatus, String reason) {

        static AuditView of(AuditEntry a) {
            return new AuditView(a.id, a.at, a.actor, a.action, a.fromStatus, a.toStatus, a.reason);
        }
    }
}
