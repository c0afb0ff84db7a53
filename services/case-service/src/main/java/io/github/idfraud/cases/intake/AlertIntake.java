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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Reads the alert stream as one consumer of the {@code case-service} group, on its own thread (never the event
 * loop), a page at a time; the page's alerts are stored by {@code fraud.alerts.lanes} threads, split by identity, each
 * lane's share in one transaction. An entry is acknowledged only after its case is committed; an unreadable one is dead-lettered and
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
    /** The lanes' threads when there are several lanes; null with one (the intake thread stores alone). */
    private volatile ExecutorService laneThreads;

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
        if (config.lanes() < 1) {
            throw new IllegalStateException("fraud.alerts.lanes must be at least 1, was " + config.lanes());
        }
        running = true;
        if (config.lanes() > 1) {
            AtomicInteger lane = new AtomicInteger();
            laneThreads = Executors.newFixedThreadPool(config.lanes(), work -> {
                Thread thread = new Thread(work, "alert-intake-lane-" + lane.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
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
        ExecutorService lanes = laneThreads;
        if (lanes != null) {
            lanes.shutdown();
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
                handle(stream.readNew(config.batchSize(), config.block()));
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
            handle(page.entries());
            handled += page.entries().size();
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
            handle(batch);
            handled += batch.size();
            cursor = batch.get(batch.size() - 1).id();
        }
    }

    /**
     * Handles one page of entries: the unreadable are dead-lettered; the rest are split into lanes by identity (all
     * alerts about one identity on one lane, in stream order) and each lane stores its share in one transaction, on
     * its own thread when there are several. Returns once every lane is done, so the next page cannot overtake this
     * one.
     */
    private void handle(List<StreamEntry> page) {
        List<List<CaseIntakeService.Incoming>> lanes = new ArrayList<>(config.lanes());
        for (int i = 0; i < config.lanes(); i++) {
            lanes.add(new ArrayList<>());
        }
        for (StreamEntry message : page) {
            AlertParser.Parsed parsed = AlertParser.parse(message.fields());
            if (parsed.alert() == null) {
                deadLetter(message, parsed.rejection());
                continue;
            }
            var incoming = new CaseIntakeService.Incoming(parsed.alert(), eventIds.of(parsed.alert()), message.id());
            lanes.get(Math.floorMod(incoming.lockKey().hashCode(), lanes.size())).add(incoming);
        }
        List<Callable<Void>> work = lanes.stream().filter(lane -> !lane.isEmpty())
                .map(lane -> (Callable<Void>) () -> store(lane)).toList();
        if (work.size() == 1 || laneThreads == null) {
            for (Callable<Void> lane : work) {
                call(lane);
            }
            return;
        }
        try {
            for (Future<Void> done : laneThreads.invokeAll(work)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a page of alerts", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Stores one lane's alerts in one transaction and acknowledges them together once it committed. When that
     * transaction fails, each alert is tried alone, so one bad alert holds back only itself.
     */
    private Void store(List<CaseIntakeService.Incoming> lane) {
        if (lane.size() > 1) {
            List<CaseIntakeService.Outcome> outcomes;
            try {
                outcomes = cases.acceptAll(lane);
            } catch (RuntimeException e) {
                LOG.debugf("%d alert entries from %s on failed together (%s); storing them one by one", lane.size(),
                        lane.get(0).streamEntryId(), e.getClass().getSimpleName());
                lane.forEach(this::storeAlone);
                return null;
            }
            stored(lane, outcomes);
        } else {
            storeAlone(lane.get(0));
        }
        return null;
    }

    private void storeAlone(CaseIntakeService.Incoming incoming) {
        CaseIntakeService.Outcome outcome;
        try {
            outcome = cases.accept(incoming.alert(), incoming.eventId(), incoming.streamEntryId());
        } catch (RuntimeException e) {
            // Not acknowledged: the entry stays pending and the next reclaim retries it.
            metrics.intake("retry");
            // The stream entry id, not the bank's event id (banks may build event ids from customer data), and
            // the error's class only: database messages can quote the row's values.
            LOG.warnf("alert entry %s of %s not stored yet, will retry: %s", incoming.streamEntryId(),
                    incoming.alert().tenant(), e.getClass().getSimpleName());
            return;
        }
        stored(List.of(incoming), List.of(outcome));
    }

    /** After the commit: acknowledges the entries (one XACK) and counts them. */
    private void stored(List<CaseIntakeService.Incoming> alerts, List<CaseIntakeService.Outcome> outcomes) {
        stream.ack(alerts.stream().map(CaseIntakeService.Incoming::streamEntryId).toList());
        Instant now = clock.instant();
        for (int i = 0; i < alerts.size(); i++) {
            CaseIntakeService.Incoming incoming = alerts.get(i);
            CaseIntakeService.Outcome outcome = outcomes.get(i);
            if (outcome == CaseIntakeService.Outcome.CREATED) {
                metrics.caseOpened(incoming.alert().tenant());
            }
            metrics.intake(outcome.name().toLowerCase());
            metrics.intakeLag(Duration.between(entryTime(incoming.streamEntryId()), now));
            LOG.debugf("alert entry %s of %s: %s", incoming.streamEntryId(), incoming.alert().tenant(), outcome);
        }
    }

    private void deadLetter(StreamEntry message, String reason) {
        deadLetters.park(message.id(), message.fields(), reason);
        stream.ack(List.of(message.id()));
        metrics.intake("dead_letter");
        LOG.warnf("alert entry %s dead-lettered: %s", message.id(), reason);
    }

    private static void call(Callable<Void> work) {
        try {
            work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
