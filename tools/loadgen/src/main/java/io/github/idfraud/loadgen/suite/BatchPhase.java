package io.github.idfraud.loadgen.suite;

import io.github.idfraud.harness.ServiceProcess;
import io.github.idfraud.loadgen.events.PreparedBatch;
import io.github.idfraud.loadgen.events.RequestFactory;
import io.github.idfraud.loadgen.load.BatchLoop;
import io.github.idfraud.loadgen.load.BatchRunResult;
import io.github.idfraud.loadgen.measure.BatchResult;
import io.github.idfraud.loadgen.measure.Status;
import io.github.idfraud.loadgen.report.Targets;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Batch throughput: one client posts one bank's events, in time order and {@link #BATCH_EVENTS} a batch, to
 * {@code /v1/events:batch}, each batch when the last one is answered, for a fixed time after a warm-up. Reported:
 * events scored per second, the batches' latency and every event not answered with a decision of its own.
 */
final class BatchPhase {

    static final String PATH = "/v1/events:batch";
    /** The batch size, the most the service takes in one batch (the suite's service is told so). */
    static final int BATCH_EVENTS = Targets.BATCH_EVENTS;
    /** A batch is a thousand events' work: it gets far longer than a single event's timeout. */
    static final Duration BATCH_TIMEOUT = Duration.ofSeconds(30);
    /** The measured run lasts the fixed runs' length, at most this long. */
    static final double MAX_SECONDS = 30;
    /** The warm-up of a service earlier phases warmed: long enough to compile the batch path alone. */
    static final double WARM_SERVICE_WARMUP_SECONDS = 5;

    private final SuiteSettings settings;
    private final TimedRuns runs;
    private final PrintStream out;
    private int batchCounter;

    BatchPhase(SuiteSettings settings, TimedRuns runs, PrintStream out) {
        this.settings = settings;
        this.runs = runs;
        this.out = out;
    }

    /**
     * @param events one tenant's events ({@link RequestFactory#prepareBatch})
     * @param cold   whether nothing ran on the service before: then the warm-up is the suite's whole warm-up
     */
    BatchResult run(ServiceProcess service, String tenant, RequestFactory events, boolean cold) {
        double seconds = Math.min(MAX_SECONDS, settings.runSeconds());
        double warmUpSeconds = cold ? settings.warmupSeconds()
                : Math.min(WARM_SERVICE_WARMUP_SECONDS, settings.warmupSeconds());
        BatchLoop loop = new BatchLoop(service.uri(), BATCH_TIMEOUT);
        Supplier<PreparedBatch> next = () -> events.prepareBatch("b" + batchCounter++, BATCH_EVENTS, PATH);
        runs.pause();
        print(loop.run("warm-up batches", next, duration(warmUpSeconds)));
        BatchRunResult measured = print(loop.run("batches", next, duration(seconds)));
        runs.settled(measured.errors() > 0);
        String note = String.format(Locale.ROOT, "one client, one connection, closed loop: %s's events in time order, "
                + "%,d a batch, %.0f s after a %.0f-s warm-up", tenant, BATCH_EVENTS, seconds, warmUpSeconds);
        return new BatchResult(Status.MEASURED, note, tenant, measured, Instant.now());
    }

    private BatchRunResult print(BatchRunResult run) {
        out.printf(Locale.ROOT, "  %-28s %6.1f s  batches %,6d of %,d  scored %,9.1f events/s  errors %,6d  "
                        + "degraded %,d  batch p50 %7.2f  p99 %8.2f  max %8.2f ms  %s%n",
                run.name(), run.seconds(), run.batches(), run.batchEvents(), run.eventsPerSecond(), run.errors(),
                run.degraded(), run.latencyMs().p50(), run.latencyMs().p99(), run.latencyMs().max(), run.outcomes());
        return run;
    }

    private static Duration duration(double seconds) {
        return Duration.ofMillis((long) (seconds * 1000));
    }
}
