package io.github.idfraud.cases.service;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.cases.entity.CaseEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Deletes encrypted contact details once their retention period is over; emails still queued then are skipped. */
@ApplicationScoped
public class ContactRetention {

    private static final Logger LOG = Logger.getLogger(ContactRetention.class);

    private final Duration retention;
    private final Clock clock;

    ContactRetention(CaseConfig config, Clock clock) {
        this.retention = config.contacts().retention();
        this.clock = clock;
    }

    @Scheduled(every = "${fraud.contacts.purge-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        int purged = purgeReceivedBefore(clock.instant().minus(retention));
        if (purged > 0) {
            LOG.infof("deleted the contact details of %d events past their retention of %s", purged, retention);
        }
    }

    @Transactional
    public int purgeReceivedBefore(Instant cutoff) {
        return CaseEvent.update("encryptedContact = null where encryptedContact is not null and receivedAt < ?1", cutoff);
    }
}
