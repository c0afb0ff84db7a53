package io.github.idfraud.trainer.replay;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventLogReader;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.IdentifierKind;
import io.github.idfraud.features.IdentityKeys;
import io.github.idfraud.rules.EventFields;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Second pass: replays the log, in log (time) order, through the feature engine, keeping the features of the
 * events the {@link EventSelection} asks for. Other events still update the windows, and each label reaches the
 * engine at its place in the log, so features see a label only from its {@code reportedAt}. The replay stops at
 * the first line after {@code lastDay}: later lines cannot change the features of a kept event. An event id a tenant
 * already sent is skipped, as the scoring service answers it from its event store without counting it again.
 *
 * <p>Many events are in flight at once on one Redis connection: event N+1 is sent before event N's reply arrives,
 * which keeps Redis busy while Redis still applies the batches in send order.
 */
public final class LogReplayer {

    private final FeatureEngine engine;
    private final int maxInFlight;
    private final ReplayProgress progress;
    private final BooleanSupplier stopRequested;
    private final Runnable beforeWaiting;
    private boolean keepEventFields;

    public LogReplayer(FeatureEngine engine, int maxInFlight, ReplayProgress progress) {
        this(engine, maxInFlight, progress, () -> false, () -> { });
    }

    /**
     * @param stopRequested polled between lines: true ends the replay with an exception (the JVM is shutting down)
     * @param beforeWaiting runs before the replay blocks for replies, e.g. to send requests a client holds back
     */
    public LogReplayer(FeatureEngine engine, int maxInFlight, ReplayProgress progress, BooleanSupplier stopRequested,
                       Runnable beforeWaiting) {
        this.engine = engine;
        this.maxInFlight = maxInFlight;
        this.progress = progress;
        this.stopRequested = stopRequested;
        this.beforeWaiting = beforeWaiting;
    }

    /** Keeps each kept event's {@link EventFields} too, for rules in a backtest (off for training: memory). */
    public LogReplayer keepingEventFields(boolean keep) {
        this.keepEventFields = keep;
        return this;
    }

    public ReplayResult replay(Path log, Targets targets, EventSelection selection, LocalDate lastDay)
            throws IOException {
        Instant stopAt = Periods.endOf(lastDay);
        Semaphore window = new Semaphore(maxInFlight);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Pending> kept = new ArrayList<>();
        // Identity keys of labelled events only: a label needs the identifiers of the event it is about.
        Map<EventKey, IdentityKeys> labelledIds = new HashMap<>();
        Counts counts = new Counts();
        RepeatedEventIds sent = new RepeatedEventIds();
        SharedStrings shared = new SharedStrings();
        Instant latest = Instant.MIN;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long processCpuStarted = processCpuNanos();
        long started = System.nanoTime();
        try (Stream<EventLogLine> lines = new EventLogReader().lines(log); ReadAhead it = new ReadAhead(lines)) {
            while (it.hasNext() && failure.get() == null && !stopRequested.getAsBoolean()) {
                EventLogLine line = it.next();
                Instant at = line.at();
                if (at == null) {
                    continue;
                }
                if (!at.isBefore(stopAt)) {
                    break;
                }
                if (at.isBefore(latest)) {
                    counts.outOfOrder++;
                } else {
                    latest = at;
                }
                if (line.isEvent() && !line.event().type().scored()) {
                    continue; // a bank's profile refresh: never scored, so it never reaches the feature engine
                }
                if (line.isEvent()) {
                    counts.events++;
                    send(line, targets, selection, labelledIds, kept, window, failure, counts, sent, shared);
                } else {
                    counts.labels++;
                    sendLabel(line, labelledIds, window, failure, counts);
                }
                progress.tick(counts.events, counts.labels, maxInFlight - window.availablePermits(), at);
            }
        }
        acquire(window, maxInFlight);
        if (failure.get() == null && !stopRequested.getAsBoolean()) {
            writeBack(failure);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("replay failed: " + failure.get().getMessage(), failure.get());
        }
        if (stopRequested.getAsBoolean()) {
            throw new Stopped();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double readerBusy = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9 / Math.max(seconds, 1e-9);
        double processBusy = (processCpuNanos() - processCpuStarted) / 1e9 / Math.max(seconds, 1e-9);
        progress.done(counts.events, counts.labels, seconds, readerBusy, processBusy);
        Map<Periods.Split, List<ReplayedEvent>> bySplit = new EnumMap<>(Periods.Split.class);
        for (Periods.Split split : Periods.Split.values()) {
            bySplit.put(split, new ArrayList<>());
        }
        for (Pending p : kept) {
            bySplit.get(p.split).add(p.toReplayed());
        }
        return new ReplayResult(bySplit, counts.events, counts.labels, counts.skipped, counts.repeated, counts.orphans,
                counts.outOfOrder, seconds, readerBusy, processBusy);
    }

    /**
     * Sends one event; counts it as skipped when the engine refused it before anything reached Redis, as repeated when
     * its id was sent before (one the engine refused may come again, as a bank's corrected retry).
     */
    private void send(EventLogLine line, Targets targets, EventSelection selection, Map<EventKey, IdentityKeys> labelledIds,
                      List<Pending> kept, Semaphore window, AtomicReference<Throwable> failure, Counts counts,
                      RepeatedEventIds sent, SharedStrings shared) {
        Event event = line.event();
        if (sent.contains(line.tenant(), event.eventId())) {
            counts.repeated++;
            return;
        }
        EventKey key = new EventKey(line.tenant(), event.eventId());
        boolean fraud = targets.isFraud(key);
        Periods.Split split = selection.select(key, event.occurredAt(), fraud);
        acquire(window, 1);
        IdentityKeys ids;
        Pending pending;
        try {
            ids = engine.identify(line.tenant(), event);
            pending = split == null ? null : new Pending(shared.of(key.tenant()), key.eventId(), event.occurredAt(),
                    line.scenario() == null ? null : shared.of(line.scenario()), fraud, split, reviewKey(ids, key, shared),
                    keepEventFields ? EventFields.of(event) : null);
            engine.process(line.tenant(), event, ids).whenComplete((result, cause) -> {
                if (cause != null) {
                    failure.compareAndSet(null, cause);
                } else if (pending != null) {
                    pending.features = result.features().toFloatArray();
                }
                window.release();
            });
        } catch (RuntimeException e) {
            window.release();
            progress.skipped(key, e);
            counts.skipped++;
            return;
        }
        sent.add(line.tenant(), event.eventId());
        if (targets.labelled().contains(key)) {
            labelledIds.put(key, ids);
        }
        if (pending != null) {
            kept.add(pending);
        }
    }

    private void sendLabel(EventLogLine line, Map<EventKey, IdentityKeys> labelledIds, Semaphore window,
                           AtomicReference<Throwable> failure, Counts counts) {
        IdentityKeys ids = labelledIds.get(new EventKey(line.tenant(), line.label().eventId()));
        if (ids == null) {
            counts.orphans++;
            return;
        }
        acquire(window, 1);
        engine.applyLabel(line.tenant(), ids, line.label()).whenComplete((done, cause) -> {
            if (cause != null) {
                failure.compareAndSet(null, cause);
            }
            window.release();
        });
    }

    /** Storage gets the values the engine held ahead of it: the replay's state ends in Redis, and its cost is counted. */
    private void writeBack(AtomicReference<Throwable> failure) {
        CompletableFuture<Void> written = engine.writeBack().toCompletableFuture();
        beforeWaiting.run();
        try {
            written.join();
        } catch (CompletionException e) {
            failure.compareAndSet(null, e.getCause() == null ? e : e.getCause());
        }
    }

    /** CPU time of this JVM, all threads (reader, event loop, GC, JIT); 0 where the platform does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static String reviewKey(IdentityKeys ids, EventKey key, SharedStrings shared) {
        if (ids.has(IdentifierKind.CUSTOMER)) {
            return shared.of("c:" + ids.get(IdentifierKind.CUSTOMER));
        }
        return ids.has(IdentifierKind.NATIONAL_ID) ? shared.of("n:" + ids.get(IdentifierKind.NATIONAL_ID))
                : "e:" + key.eventId(); // one event's own: nothing to share
    }

    private void acquire(Semaphore window, int permits) {
        if (window.tryAcquire(permits)) {
            return;
        }
        beforeWaiting.run();
        try {
            window.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted", e);
        }
    }

    /** The replay ended early because the JVM is shutting down (Ctrl-C, SIGTERM). */
    public static final class Stopped extends IllegalStateException {
        Stopped() {
            super("replay stopped: the trainer is shutting down");
        }
    }

    private static final class Counts {
        long events;
        long labels;
        long skipped;
        long repeated;
        long orphans;
        long outOfOrder;
    }

    /** An event whose features are on their way; the event loop fills them in, the semaphore publishes them. */
    private static final class Pending {
        private final String tenant;
        private final String eventId;
        private final Instant occurredAt;
        private final String scenario;
        private final boolean fraud;
        private final Periods.Split split;
        private final String reviewKey;
        private final EventFields eventFields;
        private float[] features;

        Pending(String tenant, String eventId, Instant occurredAt, String scenario, boolean fraud, Periods.Split split,
                String reviewKey, EventFields eventFields) {
            this.tenant = tenant;
            this.eventId = eventId;
            this.occurredAt = occurredAt;
            this.scenario = scenario;
            this.fraud = fraud;
            this.split = split;
            this.reviewKey = reviewKey;
            this.eventFields = eventFields;
        }

        ReplayedEvent toReplayed() {
            return new ReplayedEvent(tenant, eventId, occurredAt, scenario, features, fraud, split, reviewKey,
                    eventFields);
        }
    }
}
