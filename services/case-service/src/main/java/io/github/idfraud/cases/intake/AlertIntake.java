package io.github.idfraud.cases.intake;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.cases.redis.AlertStream;
import io.github.idfraud.cases.redis.ClaimedPage;
import io.github.idfraud.cases.redis.DeadLetters;
import io.github.idfraud.cases.redis.StreamEntry;
import io.github.idfraud.cases.security.EventIdSeal;
import io.github.idfraud.cases.service.CaseIntakeService;
import io.github.idfraud.cases.service.CaseMetrics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Reads the alert stream as one consumer of the {@code case-service} group, on its own thread (never the event
 * loop). An entry is acknowledged only after its case is committed; an unreadable one is dead-lettered and
 * acknowledged; one that failed on the database stays pending and is retried by the periodic reclaim, which also
 * takes over what a dead instance had read and never acknowledged.
 */
@ApplicationScoped
public class AlertIntake {

    private static final Logger LOG = Logger.getLogger(AlertIntake.class);

    private final AlertStream stream;
    private final CaseConfig.Alerts config;
    private final CaseIntakeService cases;
    private final EventIdSeal eventIds;
    private final DeadLetters deadLetters;
    private final CaseMetrics metrics;
    private final Clock clock;
    private volatile boolean running;
    private volatile Thread worker;

    AlertIntake(AlertStream stream, CaseConfig config, CaseIntakeService cases, EventIdSeal eventIds,
                DeadLetters deadLetters, CaseMetrics metrics, Clock clock) {
        this.stream = stream;
        this.eventIds = eventIds;
        this.config = config.alerts();
        this.cases = cases;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("alert intake disabled (fraud.alerts.enabled=false)");
            return;
        }
        running = true;
        Thread thread = new Thread(this::run, "alert-intake");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            // The loop wakes up at the latest after one XREADGROUP block; entries in flight are not acked and get reclaimed.
            thread.join(config.block().toMillis() + 5_000);
        }
    }

    /** True while the intake thread is alive (liveness). */
    public boolean isRunning() {
        Thread thread = worker;
        return !config.enabled() || (thread != null && thread.isAlive());
    }

    private void run() {
        boolean recovered = false;
        Instant lastReclaim = Instant.EPOCH;
        while (running) {
            try {
                if (!recovered) {
                    if (stream.createGroup()) {
                        LOG.infof("created consumer group %s on %s", config.group(), config.stream());
                    }
                    int own = drainOwnPending();
                    int others = reclaim(config.reclaimMinIdle());
                    LOG.infof("alert intake started on %s as %s/%s; recovered %d own and %d reclaimed pending entries",
                            config.stream(), config.group(), config.consumer(), own, others);
                    recovered = true;
                    lastReclaim = clock.instant();
                }
                if (Duration.between(lastReclaim, clock.instant()).compareTo(config.reclaimEvery()) >= 0) {
                    reclaim(config.reclaimMinIdle());
                    lastReclaim = clock.instant();
                }
                stream.readNew(config.batchSize(), config.block()).forEach(this::handle);
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("alert intake paused after an error, retrying in 1s: %s", e.toString());
                    // Redo the start-up steps: the group may be gone (stream deleted) and entries left pending.
                    recovered = false;
                    pause(Duration.ofSeconds(1));
                }
            }
        }
    }

    /**
     * Takes over every entry pending longer than {@code minIdle} (a dead consumer's, or our own after a database
     * error) and processes it. Public so tests and operators can trigger it; safe to run beside the loop, as
     * processing is idempotent per (tenant, eventId).
     *
     * @return how many entries were processed
     */
    public int reclaim(Duration minIdle) {
        int handled = 0;
        ClaimedPage page;
        String cursor = "0-0";
        do {
            page = stream.claimIdle(minIdle, cursor, config.batchSize());
            for (StreamEntry entry : page.entries()) {
                handle(entry);
                handled++;
            }
            cursor = page.nextCursor();
        } while (!page.isLast());
        return handled;
    }

    /** Entries this consumer name read before a restart and never acknowledged, oldest first. */
    private int drainOwnPending() {
        int handled = 0;
        String cursor = "0";
        while (true) {
            List<StreamEntry> batch = stream.readOwnPending(cursor, config.batchSize());
            if (batch.isEmpty()) {
                return handled;
            }
            for (StreamEntry entry : batch) {
                handle(entry);
                handled++;
                cursor = entry.id();
            }
        }
    }

    private void handle(StreamEntry message) {
        AlertParser.Parsed parsed = AlertParser.parse(message.fields());
        if (parsed.alert() == null) {
            deadLetter(message, parsed.rejection());
            return;
        }
        EventIdSeal.Sealed eventId = eventIds.of(parsed.alert());
        CaseIntakeService.Outcome outcome;
        try {
            outcome = cases.accept(parsed.alert(), eventId, message.id());
        } catch (RuntimeException e) {
            // Not acknowledged: the entry stays pending and the next reclaim retries it.
            metrics.intake("retry");
            // The stream entry id, not the bank's event id (banks may build event ids from customer data), and
            // the error's class only: database messages can quote the row's values.
            LOG.warnf("alert entry %s of %s not stored yet, will retry: %s", message.id(),
                    parsed.alert().tenant(), e.getClass().getSimpleName());
            return;
        }
        ack(message.id());
        metrics.intake(outcome.name().toLowerCase());
        metrics.intakeLag(Duration.between(entryTime(message.id()), clock.instant()));
        LOG.debugf("alert entry %s of %s: %s", message.id(), parsed.alert().tenant(), outcome);
    }

    private void deadLetter(StreamEntry message, String reason) {
        deadLetters.park(message.id(), message.fields(), reason);
        ack(message.id());
        metrics.intake("dead_letter");
        LOG.warnf("alert entry %s dead-lettered: %s", message.id(), reason);
    }

    private void ack(String id) {
        stream.ack(id);
    }

    /** Stream entry ids start with the millisecond the entry was added. */
    private static Instant entryTime(String id) {
        int dash = id.indexOf('-');
        try {
            return Instant.ofEpochMilli(Long.parseLong(dash < 0 ? id : id.substring(0, dash)));
        } catch (NumberFormatException e) {
            return Instant.now();
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
