package io.github.idfraud.cases.webhook;

import io.github.idfraud.contract.ErrorSummary;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Polls the webhook outbox on a schedule and posts what is due, one webhook per transaction. */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    /** Bounds one run, so a large backlog does not hold the scheduler thread for long. */
    private static final int MAX_PER_RUN = 100;

    private final WebhookDelivery delivery;

    WebhookSender(WebhookDelivery delivery) {
        this.delivery = delivery;
    }

    @Scheduled(every = "${fraud.webhook.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        try {
            for (int i = 0; i < MAX_PER_RUN && delivery.deliverNext(); i++) {
                // one webhook per transaction
            }
        } catch (RuntimeException e) {
            // A database error: the row stays PENDING and the next run takes it again.
            LOG.warnf("webhook outbox run stopped, will resume: %s", ErrorSummary.of(e));
        }
    }
}
