package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.AnswerToken;
import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.entity.ConsumerAnswer;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.security.LinkSigner;
import io.github.idfraud.cases.webhook.WebhookOutbox;
import io.github.idfraud.contract.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The consumer side of an answer link. Looking at a link changes nothing (mail scanners prefetch links);
 * answering uses the link once, moves the case, records a CONSUMER label and, for "not me", queues the bank's
 * webhook, all in one transaction.
 */
@ApplicationScoped
public class ConsumerAnswers {

    private static final Logger LOG = Logger.getLogger(ConsumerAnswers.class);

    /**
     * What a link is good for: VALID to answer, ANSWERED just now by this request; USED and EXPIRED no more.
     * UNKNOWN covers forged, malformed and unknown tokens alike.
     */
    public enum LinkStatus {
        VALID, ANSWERED, USED, EXPIRED, UNKNOWN
    }

    /** A link's status and, when it is known, what it is about (for the page). */
    public record LinkState(LinkStatus status, String tenant, EventType type, Instant occurredAt) {

        static LinkState of(LinkStatus status) {
            return new LinkState(status, null, null, null);
        }
    }

    private final LinkSigner signer;
    private final CaseWorkflow workflow;
    private final WebhookOutbox bankWebhooks;
    private final CaseMetrics metrics;
    private final Clock clock;

    ConsumerAnswers(LinkSigner signer, CaseWorkflow workflow, WebhookOutbox bankWebhooks, CaseMetrics metrics,
                    Clock clock) {
        this.signer = signer;
        this.workflow = workflow;
        this.bankWebhooks = bankWebhooks;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional
    public LinkState inspect(String token) {
        AnswerToken row = usable(token, false);
        return row == null ? LinkState.of(statusOf(token)) : describe(row, LinkStatus.VALID);
    }

    @Transactional
    public LinkState answer(String token, ConsumerAnswer answer) {
        AnswerToken row = usable(token, true);
        if (row == null) {
            return LinkState.of(statusOf(token));
        }
        Instant now = clock.instant();
        row.usedAt = now;
        row.answer = answer;
        FraudCase fraudCase = FraudCase.lockForTenant(row.tenant, row.caseId).orElseThrow();
        CaseEvent event = CaseEvent.findById(row.caseEventId);
        workflow.consumerAnswered(fraudCase, event, answer, now);
        bankWebhooks.consumerAnswered(fraudCase, event, answer, now);
        metrics.consumerAnswer(answer.formValue());
        LOG.infof("consumer answered %s on case %s", answer.formValue(), fraudCase.id);
        return describe(row, LinkStatus.ANSWERED);
    }

    /** The token's row when the link is genuine, unexpired and unused; otherwise null. */
    private AnswerToken usable(String token, boolean lock) {
        LinkSigner.SignedLink link = signer.verify(token).orElse(null);
        Instant now = clock.instant();
        if (link == null || link.expiredAt(now)) {
            return null;
        }
        AnswerToken row = (lock ? AnswerToken.lockById(link.tokenId())
                : AnswerToken.<AnswerToken>findByIdOptional(link.tokenId())).orElse(null);
        if (row == null || row.usedAt != null || !now.isBefore(row.expiresAt)) {
            return null;
        }
        return row;
    }

    /** Why a link is not usable; only reached when {@link #usable} said no. */
    private LinkStatus statusOf(String token) {
        LinkSigner.SignedLink link = signer.verify(token).orElse(null);
        if (link == null) {
            return LinkStatus.UNKNOWN;
        }
        AnswerToken row = AnswerToken.<AnswerToken>findByIdOptional(link.tokenId()).orElse(null);
        if (row == null) {
            return LinkStatus.UNKNOWN;
        }
        return row.usedAt != null ? LinkStatus.USED : LinkStatus.EXPIRED;
    }

    private static LinkState describe(AnswerToken row, LinkStatus status) {
        CaseEvent event = CaseEvent.findById(row.caseEventId);
        return new LinkState(status, row.tenant, event.type, event.occurredAt);
    }
}
