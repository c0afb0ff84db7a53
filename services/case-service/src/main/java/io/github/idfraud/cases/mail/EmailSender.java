package io.github.idfraud.cases.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Polls the email outbox on a schedule and sends what is due, one email per transaction. */
@ApplicationScoped
public class EmailSender {

    private static final Logger LOG = Logger.getLogger(EmailSender.class);
    /** Bounds one run, so a large backlog does not hold the scheduler thread for long. */
    private static final int MAX_PER_RUN = 100;

    private final EmailDelivery delivery;

    EmailSender(EmailDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(every = "${fraud.mail.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        try {
            for (int i = 0; i < MAX_PER_RUN && delivery.deliverNext(); i++) {
                // one email per transaction
            }
        } catch (RuntimeException e) {
            // Scrubbed like a delivery error: mail server messages can quote the recipient.
            LOG.warnf("email outbox run stopped, will resume: %s", ErrorScrubber.scrub(e));
        }
    }
}
