package io.github.idfraud.cases.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Drains the label outbox onto the labels stream on a schedule; a Redis outage only delays labels. */
@ApplicationScoped
public class LabelPublisher {

    private static final Logger LOG = Logger.getLogger(LabelPublisher.class);

    private final LabelOutbox outbox;

    LabelPublisher(LabelOutbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(every = "${fraud.labels.publish-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publish() {
        try {
            while (outbox.publishBatch() == outbox.batchSize()) {
                // a full batch: more labels may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("labels not published yet, will retry: %s", e.toString());
        }
    }
}
