package io.github.idfraud.scoring.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.ErrorSummary;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.StreamNames;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.service.LabelService;
import io.github.idfraud.scoring.service.UnknownEventException;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamCommands;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.XGroupCreateArgs;
import io.quarkus.redis.datasource.stream.XReadGroupArgs;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Applies labels the case service puts on the labels stream (analyst outcomes, consumer answers), so label-based
 * features update at once. An entry is acknowledged only after its label is applied; entries left pending by a
 * dead instance are taken over at start. Labels are idempotent, so a redelivery changes nothing.
 */
@ApplicationScoped
public class LabelStreamConsumer {

    private static final Logger LOG = Logger.getLogger(LabelStreamConsumer.class);

    private final StreamCommands<String, String, String> streams;
    private final LabelService labels;
    private final ScoringConfig.Labels config;
    private final ObjectMapper json = ContractJson.newMapper();
    private final String consumer = "scoring-" + UUID.randomUUID().toString().substring(0, 8);
    private volatile boolean running;
    private Thread worker;

    LabelStreamConsumer(RedisDataSource redis, LabelService labels, ScoringConfig config) {
        this.streams = redis.stream(String.class);
        this.labels = labels;
        this.config = config.labels();
    }

    void start(@Observes StartupEvent event) {
        if (!config.consume()) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "label-stream-consumer");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    private void run() {
        while (running) {
            try {
                ensureGroup();
                reclaimPending();
                while (running) {
                    List<StreamMessage<String, String, String>> batch = streams.xreadgroup(config.consumerGroup(), consumer,
                            config.stream(), ">", new XReadGroupArgs().count(100).block(Duration.ofSeconds(2)));
                    batch.forEach(this::handle);
                }
            } catch (RuntimeException e) {
                LOG.warnf("label stream unavailable (%s); retrying in 2 s", e.getClass().getSimpleName());
                sleep();
            }
        }
    }

    private void ensureGroup() {
        try {
            streams.xgroupCreate(config.stream(), config.consumerGroup(), "0", new XGroupCreateArgs().mkstream());
        } catch (RuntimeException e) {
            if (e.getMessage() == null || !e.getMessage().contains("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** Takes over entries a crashed instance read but never acknowledged. */
    void reclaimPending() {
        var claimed = streams.xautoclaim(config.stream(), config.consumerGroup(), consumer, config.reclaimAfter(), "0", 100);
        claimed.getMessages().forEach(this::handle);
    }

    private void handle(StreamMessage<String, String, String> message) {
        String payload = message.payload().get(StreamNames.FIELD_LABEL);
        try {
            EventLogLine line = json.readValue(payload, EventLogLine.class);
            if (line.tenant() == null || line.label() == null) {
                throw new IllegalArgumentException("entry carries no tenant or label");
            }
            labels.apply(line.tenant(), line.label()).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            streams.xack(config.stream(), config.consumerGroup(), message.id());
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof UnknownEventException) {
                LOG.infof("label entry %s names an event this service never scored; acknowledged", message.id());
                streams.xack(config.stream(), config.consumerGroup(), message.id());
            } else {
                LOG.warnf("label entry %s not applied yet (%s); it stays pending", message.id(), ErrorSummary.of(e.getCause()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.warnf("label entry %s timed out; it stays pending", message.id());
        } catch (Exception e) {
            // Not the message: a parse error quotes the entry, and with it the bank's event id.
            LOG.warnf("label entry %s is unreadable (%s); acknowledged and dropped", message.id(), ErrorSummary.of(e));
            streams.xack(config.stream(), config.consumerGroup(), message.id());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
