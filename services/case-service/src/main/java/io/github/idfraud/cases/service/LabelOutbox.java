package io.github.idfraud.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.cases.entity.CaseLabel;
import io.github.idfraud.cases.redis.LabelStream;
import io.github.idfraud.cases.security.EventIdSeal;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.StreamedLabel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Moves recorded labels onto the labels stream. Each batch is locked, appended to the stream, then marked
 * published in the same transaction: if Redis fails halfway or the commit fails after the appends, nothing is marked
 * and the batch is retried, and the stream's append-once marker keeps the labels already out from going twice.
 */
@ApplicationScoped
public class LabelOutbox {

    private static final Logger LOG = Logger.getLogger(LabelOutbox.class);

    private final ObjectMapper json = ContractJson.newMapper();
    private final LabelStream stream;
    private final EventIdSeal eventIds;
    private final int batchSize;
    private final CaseMetrics metrics;
    private final Clock clock;

    LabelOutbox(LabelStream stream, EventIdSeal eventIds, CaseConfig config, CaseMetrics metrics, Clock clock) {
        this.stream = stream;
        this.eventIds = eventIds;
        this.batchSize = config.labels().batchSize();
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Publishes one batch; returns how many labels went out (a full batch means more may be waiting). */
    @Transactional
    public int publishBatch() {
        List<CaseLabel> batch = CaseLabel.lockUnpublished(batchSize);
        int appended = 0;
        for (CaseLabel label : batch) {
            Optional<String> line = line(label);
            if (line.isPresent()) {
                label.streamEntryId = stream.append(digest(label), line.get());
                appended++;
            } else {
                LOG.warnf("label %d names its event by an id whose seal opens under no configured key; not published",
                        label.id);
            }
            label.publishedAt = clock.instant();
        }
        metrics.labelsPublished(appended);
        return batch.size();
    }

    public int batchSize() {
        return batchSize;
    }

    /** Names a label on the stream without its raw event id: one label per tenant, event and source. */
    static String digest(CaseLabel label) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    String.join("\n", label.tenant, label.eventRef, label.source.name()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The label as the scoring service reads it: naming its event by the scoring service's reference, or, for an event
     * whose alert carried none (layout 1), by the bank's id opened from its seal (empty when that does not open).
     */
    Optional<String> line(CaseLabel label) {
        boolean referenced = EventIdSeal.madeByScoringService(label.eventRef);
        Optional<String> eventId = referenced ? Optional.empty() : eventIds.open(label);
        if (!referenced && eventId.isEmpty()) {
            return Optional.empty();
        }
        StreamedLabel line = new StreamedLabel(label.tenant, referenced ? label.eventRef : null, eventId.orElse(null),
                label.label, label.reportedAt, label.source);
        try {
            return Optional.of(json.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("label cannot be written as JSON", e);
        }
    }
}
