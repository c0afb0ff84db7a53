package io.github.idfraud.cases.service;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.cases.redis.StreamMaintenance;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Trims the alert, dead-letter and label streams by age. Alert entries carry sealed contacts: without this they would
 * outlive the contact retention in PostgreSQL. An alert still pending in the consumer group when it ages out is lost
 * with it, so the alert retention must exceed any outage the intake may have.
 */
@ApplicationScoped
public class StreamRetention {

    private static final Logger LOG = Logger.getLogger(StreamRetention.class);

    private final StreamMaintenance streams;
    private final Clock clock;
    private final Map<String, Duration> retentionByStream = new LinkedHashMap<>();

    StreamRetention(StreamMaintenance streams, CaseConfig config, Clock clock) {
        this.streams = streams;
        this.clock = clock;
        retentionByStream.put(config.alerts().stream(), config.retention().alertsStream());
        retentionByStream.put(config.alerts().deadLetterStream(), config.retention().deadLetters());
        retentionByStream.put(config.labels().stream(), config.retention().labelsStream());
    }

    /** How long each stream keeps its entries. */
    public Map<String, Duration> periods() {
        return Map.copyOf(retentionByStream);
    }

    @Scheduled(every = "${fraud.retention.purge-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void trimAll() {
        retentionByStream.forEach((stream, retention) -> {
            long trimmed = streams.trimBefore(stream, clock.instant().minus(retention));
            if (trimmed > 0) {
                LOG.infof("trimmed %d entries older than %s from stream %s", trimmed, retention, stream);
            }
        });
    }
}
