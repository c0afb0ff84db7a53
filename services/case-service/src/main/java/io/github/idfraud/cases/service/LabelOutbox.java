package io.github.idfraud.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.cases.entity.CaseLabel;
import io.github.idfraud.cases.redis.LabelStream;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.Label;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Moves recorded labels onto the labels stream. Each batch is locked, appended to the stream, then marked
 * published in the same transaction: if Redis fails halfway or the commit fails after the appends, nothing is marked
 * and the batch is retried, and the stream's append-once marker keeps the labels already out from going twice.
 */
@ApplicationScoped
public class LabelOutbox {

    private final ObjectMapper json = ContractJson.newMapper();
    private final LabelStream stream;
    private final int batchSize;
    private final CaseMetrics metrics;
    private final Clock clock;

    LabelOutbox(LabelStream stream, CaseConfig config, CaseMetrics metrics, Clock clock) {
        this.stream = stream;
        this.batchSize = config.labels().batchSize();
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Publishes one batch; returns how many labels went out (a full batch means more may be waiting). */
    @Transactional
    public int publishBatch() {
        List<CaseLabel> batch = CaseLabel.lockUnpublished(batchSize);
        for (CaseLabel label : batch) {
            label.streamEntryId = stream.append(digest(label), line(label));
            label.publishedAt = clock.instant();
        }
        metrics.labelsPublished(batch.size());
        return batch.size();
    }

    public int batchSize() {
        return batchSize;
    }

    /** Names a label on the stream without its raw event id: one label per tenant, event and source. */
    static String digest(CaseLabel label) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    String.join("\n", label.tenant, label.eventId, label.source.name()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The label as one event-log line, the same shape on the stream and in the export. */
    public String line(CaseLabel label) {
        EventLogLine line = EventLogLine.label(label.tenant,
                new Label(label.eventId, label.label, label.reportedAt, label.source));
        try {
            return json.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("label cannot be written as JSON", e);
        }
    }
}
