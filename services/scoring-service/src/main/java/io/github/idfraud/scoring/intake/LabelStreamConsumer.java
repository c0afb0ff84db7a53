package io.github.idfraud.scoring.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.ErrorSummary;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.Label;
import io.github.idfraud.contract.LabelEntrySignature;
import io.github.idfraud.contract.StreamNames;
import io.github.idfraud.contract.StreamedLabel;
import io.github.idfraud.features.TimeBounds;
import io.github.idfraud.features.TimeOutOfBoundsException;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.config.SecretKeys;
import io.github.idfraud.scoring.redis.LabelStream;
import io.github.idfraud.scoring.redis.StreamEntry;
import io.github.idfraud.scoring.service.LabelService;
import io.github.idfraud.scoring.service.ScoringMetrics;
import io.github.idfraud.scoring.service.UnknownEventException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies labels the case service puts on the labels stream (analyst outcomes, consumer answers), so label-based
 * features update at once. A Mutiny pipeline started with the application, never a thread of its own: create the
 * group, take over what a dead instance left pending, then read new entries as they come (a blocking XREADGROUP
 * on the stream's own connection), one entry at a time, and take over idle pending entries again every
 * {@code fraud.labels.reclaim-after}. An entry is acknowledged only after its label is applied;
 * labels are idempotent, so a redelivery changes nothing. An unreadable entry, or a label whose {@code reportedAt}
 * lies outside the {@link TimeBounds} (ADR 0008), is acknowledged without being applied, logged by entry id and
 * counted ({@code fraud_label_entries_dropped_total}): it would fail the same way on every delivery. When Redis
 * fails, the pipeline starts again 2 s later; at shutdown it is cancelled, which closes its connection.
 */
@Singleton
public class LabelStreamConsumer {

    private static final Logger LOG = Logger.getLogger(LabelStreamConsumer.class);
    private static final int BATCH = 100;
    private static final Duration BLOCK = Duration.ofSeconds(2);
    private static final Duration RESTART_AFTER = Duration.ofSeconds(2);
    private static final Duration APPLY_TIMEOUT = Duration.ofSeconds(10);
    private static final String DROPPED_UNREADABLE = "unreadable";
    private static final String DROPPED_TIME_BOUNDS = "time_bounds";
    private static final String DROPPED_UNSIGNED = "unauthenticated";

    private final LabelStream stream;
    private final LabelService labels;
    private final TimeBounds timeBounds;
    private final ScoringMetrics metrics;
    private final ScoringConfig.Labels config;
    private final LabelEntrySignature signature;
    private final ObjectMapper json = ContractJson.newMapper();
    private final String consumer = "scoring-" + UUID.randomUUID().toString().substring(0, 8);
    private volatile Cancellable running;

    LabelStreamConsumer(LabelStream stream, LabelService labels, TimeBounds timeBounds, ScoringMetrics metrics,
                        ScoringConfig config) {
        this.stream = stream;
        this.labels = labels;
        this.timeBounds = timeBounds;
        this.metrics = metrics;
        this.config = config.labels();
        this.signature = SecretKeys.labelSignature(config);
    }

    void start(@Observes StartupEvent event) {
        if (!config.consume()) {
            return;
        }
        Duration idle = config.reclaimAfter();
        running = stream.createGroup()
                .onItem().transformToMulti(ready -> Multi.createBy().merging().streams(
                        Multi.createBy().concatenating().streams(
                                stream.claimIdle(consumer, idle), stream.newEntries(consumer, BATCH, BLOCK)),
                        // Again every reclaimAfter: what another instance left behind when it stopped.
                        Multi.createFrom().ticks().startingAfter(idle).every(idle).onOverflow().drop()
                                .onItem().transformToMultiAndConcatenate(tick -> stream.claimIdle(consumer, idle))))
                .onItem().transformToUniAndConcatenate(this::handle)
                .onFailure().invoke(e -> LOG.warnf("label stream unavailable (%s); retrying in %d s",
                        ErrorSummary.of(e), RESTART_AFTER.toSeconds()))
                .onFailure().retry().withBackOff(RESTART_AFTER, RESTART_AFTER).withJitter(0).indefinitely()
                .subscribe().with(handled -> { }, failure -> LOG.errorf("label stream consumer stopped: %s",
                        ErrorSummary.of(failure)));
    }

    void stop(@Observes ShutdownEvent event) {
        Cancellable loop = running;
        if (loop != null) {
            // Closes the reader's connection; an entry in flight stays pending and is taken over later.
            loop.cancel();
        }
    }

    /**
     * Takes over entries pending longer than {@code minIdle} (a dead instance's, or ones that failed here) and
     * applies them, as the running pipeline does at its start and every {@code reclaim-after}. Emits how many
     * entries were handled.
     */
    public Uni<Integer> reclaim(Duration minIdle) {
        return stream.claimIdle(consumer, minIdle)
                .onItem().transformToUniAndConcatenate(entry -> handle(entry).replaceWith(entry))
                .collect().asList()
                .map(List::size);
    }

    /** Applies one entry's label and acknowledges it; an entry that may succeed later is left pending. */
    private Uni<Void> handle(StreamEntry entry) {
        Map<String, String> fields = entry.fields();
        if (!signature.verifies(fields.get(StreamNames.FIELD_VERSION), fields.get(StreamNames.FIELD_LABEL),
                fields.get(StreamNames.FIELD_SIGNATURE))) {
            LOG.warnf("label entry %s is not signed by the case service; acknowledged and dropped", entry.id());
            metrics.labelEntryDropped(DROPPED_UNSIGNED);
            return stream.ack(entry.id());
        }
        StreamedLabel line;
        try {
            line = parse(fields.get(StreamNames.FIELD_VERSION), fields.get(StreamNames.FIELD_LABEL));
        } catch (Exception e) {
            // Not the message: a parse error quotes the entry, and with it the bank's event id.
            LOG.warnf("label entry %s is unreadable (%s); acknowledged and dropped", entry.id(), ErrorSummary.of(e));
            metrics.labelEntryDropped(DROPPED_UNREADABLE);
            return stream.ack(entry.id());
        }
        Optional<String> outOfBounds = timeBounds.refusal(line.reportedAt());
        if (outOfBounds.isPresent()) {
            return dropOutOfBounds(entry, outOfBounds.get());
        }
        return Uni.createFrom().deferred(() -> line.eventRef() != null
                        ? labels.applyReferenced(line.tenant(), line.eventRef(), line.label(), line.reportedAt())
                        : labels.apply(line.tenant(), new Label(line.eventId(), line.label(), line.reportedAt(), line.source())))
                .ifNoItem().after(APPLY_TIMEOUT).fail()
                .onItemOrFailure().transformToUni((applied, failure) -> {
                    if (failure == null) {
                        return stream.ack(entry.id());
                    }
                    if (failure instanceof TimeOutOfBoundsException refused) {
                        return dropOutOfBounds(entry, refused.reason());
                    }
                    if (failure instanceof UnknownEventException) {
                        LOG.infof("label entry %s names an event this service never scored; acknowledged", entry.id());
                        return stream.ack(entry.id());
                    }
                    if (failure instanceof TimeoutException) {
                        LOG.warnf("label entry %s timed out; it stays pending", entry.id());
                    } else {
                        LOG.warnf("label entry %s not applied yet (%s); it stays pending", entry.id(), ErrorSummary.of(failure));
                    }
                    return Uni.createFrom().voidItem();
                });
    }

    /** Never applied: a label dated ahead would move shared windows, one too old counts in none (ADR 0008). */
    private Uni<Void> dropOutOfBounds(StreamEntry entry, String reason) {
        LOG.warnf("label entry %s: reportedAt %s; acknowledged and dropped", entry.id(), reason);
        metrics.labelEntryDropped(DROPPED_TIME_BOUNDS);
        return stream.ack(entry.id());
    }

    /** Layout 2 is a {@link StreamedLabel}; layout 1, from case services before it, an {@link EventLogLine}. */
    private StreamedLabel parse(String version, String payload) throws Exception {
        StreamedLabel label;
        if (StreamedLabel.SCHEMA_VERSION.equals(version)) {
            label = json.readValue(payload, StreamedLabel.class);
        } else {
            EventLogLine line = json.readValue(payload, EventLogLine.class);
            Label old = line.label() == null ? new Label(null, null, null, null) : line.label();
            label = new StreamedLabel(line.tenant(), null, old.eventId(), old.label(), old.reportedAt(), old.source());
        }
        if (!label.complete()) {
            throw new IllegalArgumentException("entry carries no tenant or event, or a label without value, reportedAt or source");
        }
        return label;
    }
}
