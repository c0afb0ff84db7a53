package io.github.idfraud.cases.webhook;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.cases.entity.AuditAction;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.entity.OutboxWebhook;
import io.github.idfraud.cases.entity.WebhookStatus;
import io.github.idfraud.cases.service.AuditTrail;
import io.github.idfraud.cases.service.CaseMetrics;
import io.github.idfraud.cases.service.RetryBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Posts one due webhook from the outbox per transaction. The row stays locked (FOR UPDATE SKIP LOCKED) while it is
 * posted, so two replicas never post it at once; the outcome (DELIVERED, a retry with exponential backoff and
 * jitter, FAILED after the last attempt, or SKIPPED when the bank has no webhook) is committed with it. If the
 * commit itself fails after a 2xx, the next attempt repeats the same delivery id, which the bank drops.
 */
@ApplicationScoped
public class WebhookDelivery {

    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class);
    /** Each wait is 75-100% of its exponential value. */
    private static final double JITTER = 0.25;

    private final WebhookTargets targets;
    private final WebhookOutbox outbox;
    private final WebhookPoster poster;
    private final AuditTrail audit;
    private final CaseMetrics metrics;
    private final RetryBackoff backoff;
    private final int maxAttempts;
    private final Clock clock;

    WebhookDelivery(WebhookTargets targets, WebhookOutbox outbox, WebhookPoster poster, AuditTrail audit,
                    CaseMetrics metrics, CaseConfig config, Clock clock) {
        this.targets = targets;
        this.outbox = outbox;
        this.poster = poster;
        this.audit = audit;
        this.metrics = metrics;
        this.backoff = new RetryBackoff(config.webhook().initialBackoff(), config.webhook().maxBackoff(), JITTER);
        this.maxAttempts = config.webhook().maxAttempts();
        this.clock = clock;
    }

    /** @return false when no webhook was due */
    @Transactional
    public boolean deliverNext() {
        Instant now = clock.instant();
        OutboxWebhook webhook = OutboxWebhook.lockNextDue(now).orElse(null);
        if (webhook == null) {
            return false;
        }
        WebhookTarget target = targets.forTenant(webhook.tenant).orElse(null);
        if (target == null) {
            close(webhook, WebhookStatus.SKIPPED, "no webhook configured for this bank", now);
            return true;
        }
        webhook.attempts++;
        byte[] body = outbox.body(webhook);
        WebhookPoster.Result result = poster.post(target.url(), Map.of(
                WebhookSignature.DELIVERY_HEADER, webhook.id.toString(),
                WebhookSignature.HEADER, WebhookSignature.header(target.signingKey(), now.getEpochSecond(), body)), body);
        if (result.accepted()) {
            webhook.deliveredAt = clock.instant();
            close(webhook, WebhookStatus.DELIVERED, null, webhook.deliveredAt);
            return true;
        }
        webhook.lastError = result.describe();
        if (webhook.attempts >= maxAttempts) {
            close(webhook, WebhookStatus.FAILED, webhook.lastError, now);
            return true;
        }
        webhook.nextAttemptAt = now.plus(backoff.after(webhook.attempts));
        metrics.webhook(webhook.tenant, "retry");
        LOG.infof("webhook %s for case %s not delivered (attempt %d of %d), retrying at %s: %s", webhook.id,
                webhook.caseId, webhook.attempts, maxAttempts, webhook.nextAttemptAt, webhook.lastError);
        return true;
    }

    /** Ends a delivery and tells the analyst in the case's audit trail. */
    private void close(OutboxWebhook webhook, WebhookStatus status, String why, Instant now) {
        webhook.status = status;
        webhook.lastError = why;
        metrics.webhook(webhook.tenant, status.name().toLowerCase());
        String reason = switch (status) {
            case DELIVERED -> "bank notified of the consumer's " + webhook.answer + " answer by webhook (delivery "
                    + webhook.id + ", attempt " + webhook.attempts + ")";
            case FAILED -> "bank NOT notified: webhook delivery " + webhook.id + " failed after " + webhook.attempts
                    + " attempts (" + why + ")";
            default -> "bank not notified automatically: " + why;
        };
        FraudCase fraudCase = FraudCase.findForTenant(webhook.tenant, webhook.caseId).orElseThrow();
        audit.append(fraudCase, AuditTrail.SYSTEM, AuditAction.BANK_WEBHOOK, fraudCase.status, fraudCase.status,
                reason, now);
        if (status == WebhookStatus.DELIVERED) {
            LOG.infof("webhook %s for case %s delivered (attempt %d)", webhook.id, webhook.caseId, webhook.attempts);
        } else {
            LOG.warnf("webhook %s for case %s %s: %s", webhook.id, webhook.caseId, status, why);
        }
    }
}
