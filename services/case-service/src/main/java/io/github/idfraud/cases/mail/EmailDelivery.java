package io.github.idfraud.cases.mail;

import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.cases.entity.AnswerToken;
import io.github.idfraud.cases.entity.CaseEvent;
import io.github.idfraud.cases.entity.EmailStatus;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.entity.OutboxEmail;
import io.github.idfraud.cases.security.LinkSigner;
import io.github.idfraud.cases.service.CaseMetrics;
import io.github.idfraud.cases.service.CaseWorkflow;
import io.github.idfraud.cases.service.RetryBackoff;
import io.github.idfraud.contract.ContactDetails;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends one due email from the outbox per transaction. The row stays locked while it is sent, so two senders
 * never send it twice; the outcome (SENT, a retry with exponential backoff, or FAILED after the last attempt) is
 * committed with it. The address exists only in memory, decrypted here.
 */
@ApplicationScoped
public class EmailDelivery {

    private static final Logger LOG = Logger.getLogger(EmailDelivery.class);

    private final Mailer mailer;
    private final ContactOpener contacts;
    private final RecipientRateLimit rateLimit;
    private final NoticeRenderer renderer;
    private final LinkSigner signer;
    private final CaseWorkflow workflow;
    private final CaseMetrics metrics;
    private final CaseConfig.Mail config;
    private final RetryBackoff backoff;
    private final Duration linkValidity;
    private final Clock clock;

    EmailDelivery(Mailer mailer, ContactOpener contacts, RecipientRateLimit rateLimit, NoticeRenderer renderer,
                  LinkSigner signer, CaseWorkflow workflow, CaseMetrics metrics, CaseConfig config, Clock clock) {
        this.mailer = mailer;
        this.contacts = contacts;
        this.rateLimit = rateLimit;
        this.renderer = renderer;
        this.signer = signer;
        this.workflow = workflow;
        this.metrics = metrics;
        this.config = config.mail();
        this.backoff = new RetryBackoff(this.config.initialBackoff(), this.config.maxBackoff(), 0);
        this.linkValidity = config.answers().linkValidity();
        this.clock = clock;
    }

    /** @return false when no email was due */
    @Transactional
    public boolean deliverNext() {
        Instant now = clock.instant();
        OutboxEmail email = OutboxEmail.lockNextDue(now).orElse(null);
        if (email == null) {
            return false;
        }
        // Locked before sending: a consumer answering at once waits for this commit instead of racing it.
        FraudCase fraudCase = FraudCase.lockForTenant(email.tenant, email.caseId).orElseThrow();
        if (fraudCase.status.isTerminal()) {
            close(email, EmailStatus.SKIPPED, "case already " + fraudCase.status + " before the notice went out");
            return true;
        }
        CaseEvent event = CaseEvent.findById(email.caseEventId);
        if (event.encryptedContact == null) {
            close(email, EmailStatus.SKIPPED, "contact details no longer held (retention period over)");
            return true;
        }
        ContactDetails contact;
        try {
            contact = contacts.open(event);
        } catch (IllegalArgumentException e) {
            close(email, EmailStatus.FAILED, "contact envelope cannot be opened; check " + EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_KEY);
            return true;
        }
        if (contact.email() == null || contact.email().isBlank()) {
            close(email, EmailStatus.SKIPPED, "no email address in the contact details");
            return true;
        }
        email.recipientRef = rateLimit.reference(contact.email());
        if (!rateLimit.allows(email.recipientRef, now)) {
            close(email, EmailStatus.SUPPRESSED, "rate limit reached for this address: " + rateLimit.describe());
            return true;
        }
        AnswerToken token = tokenFor(email, event, now);
        RenderedEmail rendered = renderer.render(email.tenant, event.type, event.occurredAt, contact,
                signer.sign(token.id, token.expiresAt), token.expiresAt);
        email.attempts++;
        try {
            mailer.send(Mail.withHtml(contact.email(), rendered.subject(), rendered.html()).setText(rendered.text()));
        } catch (RuntimeException e) {
            retryLater(email, e, now);
            return true;
        }
        email.status = EmailStatus.SENT;
        email.sentAt = now;
        email.lastError = null;
        workflow.consumerNotified(fraudCase, email.template, now);
        metrics.email("sent");
        LOG.infof("email %d (%s) for case %s sent", email.id, email.template, email.caseId);
        return true;
    }

    /** The link written with the outbox row; made here only for rows queued before links existed. */
    private AnswerToken tokenFor(OutboxEmail email, CaseEvent event, Instant now) {
        return AnswerToken.forEmail(email.id).orElseGet(() -> {
            AnswerToken created = new AnswerToken();
            created.id = UUID.randomUUID();
            created.emailId = email.id;
            created.caseId = email.caseId;
            created.caseEventId = event.id;
            created.tenant = email.tenant;
            created.expiresAt = now.plus(linkValidity).truncatedTo(ChronoUnit.SECONDS);
            created.persist();
            return created;
        });
    }

    private void retryLater(OutboxEmail email, RuntimeException error, Instant now) {
        email.lastError = ErrorScrubber.scrub(error);
        if (email.attempts >= config.maxAttempts()) {
            email.status = EmailStatus.FAILED;
            metrics.email("failed");
            LOG.warnf("email %d for case %s FAILED after %d attempts: %s", email.id, email.caseId, email.attempts,
                    email.lastError);
            return;
        }
        email.nextAttemptAt = now.plus(backoff.after(email.attempts));
        metrics.email("retry");
        LOG.infof("email %d for case %s not sent (attempt %d of %d), retrying at %s: %s", email.id, email.caseId,
                email.attempts, config.maxAttempts(), email.nextAttemptAt, email.lastError);
    }

    private void close(OutboxEmail email, EmailStatus status, String why) {
        email.status = status;
        email.lastError = why;
        metrics.email(status.name().toLowerCase());
        LOG.warnf("email %d for case %s %s: %s", email.id, email.caseId, status, why);
    }
}
