package io.github.idfraud.loadgen.suite;

import io.github.idfraud.harness.OpenLoopSender;
import io.github.idfraud.harness.PreparedRequest;
import io.github.idfraud.harness.ServiceProcess;
import io.github.idfraud.loadgen.events.RequestFactory;
import io.github.idfraud.loadgen.load.BurstPlan;
import io.github.idfraud.loadgen.load.BurstRunResult;
import io.github.idfraud.loadgen.load.BurstSecond;
import io.github.idfraud.loadgen.load.BurstTally;
import io.github.idfraud.loadgen.measure.BurstRecoveryResult;
import io.github.idfraud.loadgen.measure.Status;
import io.github.idfraud.loadgen.report.Targets;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Burst recovery: steady traffic, a burst at {@link #BURST_FACTOR} times the sustained rate, steady traffic again,
 * in one open-loop run against {@code /v1/events}; how long after the burst each second's requests are served
 * normally again, and what the burst's requests got (the service may refuse some).
 *
 * <p>The generator stands for a bank's many application servers: {@link #CONNECTIONS} connections, far more than the
 * other phases' 64, so the burst's excess reaches the service, which can refuse it, instead of queueing in the
 * generator, where no server could; each request still waits at most the suite's request timeout for a connection
 * and then for its answer, as a bank's client gives up after a while.
 */
final class BurstPhase {

    static final double BURST_FACTOR = Targets.BURST_FACTOR;
    /**
     * Enough for the burst to reach the service: at twice a 3,430/s sustained rate, 6,860 requests a second, each
     * answered within 100 ms, keep about 700 connections busy.
     */
    static final int CONNECTIONS = 1_024;
    /** The parts of a full run; a shorter suite (--quick) shortens each to its run length. */
    static final int BEFORE_SECONDS = 15;
    static final int BURST_SECONDS = 10;
    static final int AFTER_SECONDS = 20;
    /** Requests at the steady rate through the burst's connections before the measured run. */
    static final double CONNECTIONS_WARMUP_SECONDS = 5;
    private static final String OPEN_CONNECTIONS_PATH = "/";

    private final SuiteSettings settings;
    private final TimedRuns runs;
    private final PrintStream out;

    BurstPhase(SuiteSettings settings, TimedRuns runs, PrintStream out) {
        this.settings = settings;
        this.runs = runs;
        this.out = out;
    }

    /**
     * The plan for a service sustaining {@code sustainedRate}: the steady rate is the p99 target's rate, or half the
     * sustained rate when that is lower, so the steady traffic itself leaves the service room to catch up.
     */
    BurstPlan plan(double sustainedRate) {
        int length = (int) Math.max(1, settings.runSeconds());
        return new BurstPlan(Math.min(Targets.P99_RATE, sustainedRate / 2), BURST_FACTOR * sustainedRate,
                Math.min(BEFORE_SECONDS, length), Math.min(BURST_SECONDS, length), Math.min(AFTER_SECONDS, length));
    }

    /**
     * @param sustainedRate what the saturation search sustained (this run's, or the results file's with --only)
     * @param cold          whether nothing ran on the service before: then it is warmed up first
     */
    BurstRecoveryResult run(ServiceProcess service, RequestFactory requests, double sustainedRate, boolean cold) {
        if (!(sustainedRate > 0)) {
            return BurstRecoveryResult.notMeasured(Status.NOT_MEASURED, "no sustained rate to burst at twice of");
        }
        BurstPlan plan = plan(sustainedRate);
        Duration timeout = Duration.ofMillis((long) (settings.requestTimeoutSeconds() * 1000));
        try (OpenLoopSender sender = new OpenLoopSender(service.uri().getHost(), service.uri().getPort(), CONNECTIONS)) {
            if (cold) {
                double part = Math.max(1, settings.warmupSeconds() / 4);
                runs.run(sender, LoadPhase.EVENTS, requests, "warm-up scoring", plan.steadyRate() / 4, part);
                runs.run(sender, LoadPhase.EVENTS, requests, "warm-up scoring", plan.steadyRate() / 2, part);
            }
            sender.warmUp(OPEN_CONNECTIONS_PATH, CONNECTIONS);
            runs.run(sender, LoadPhase.EVENTS, requests, "warm-up burst connections", plan.steadyRate(),
                    cold ? settings.warmupSeconds() : Math.min(CONNECTIONS_WARMUP_SECONDS, settings.warmupSeconds()));
            List<PreparedRequest> prepared = requests.prepare("burst", plan.requests(), LoadPhase.EVENTS);
            BurstTally tally = new BurstTally(plan);
            runs.pause();
            sender.send(plan, prepared, timeout, tally, null);
            BurstRunResult run = tally.result(sustainedRate, CONNECTIONS, settings.requestTimeoutSeconds(),
                    Targets.P99_LIMIT_MS);
            runs.settled(run.seconds().stream().anyMatch(s -> !s.errors().isEmpty()));
            print(run);
            String note = String.format(Locale.ROOT, "%,.0f/s for %d s, %,.0f/s (%.0fx the sustained %,.0f/s) for %d s, "
                    + "%,.0f/s for %d s; %,d connections, %.0f-s client timeout", plan.steadyRate(),
                    plan.beforeSeconds(), plan.burstRate(), BURST_FACTOR, sustainedRate, plan.burstSeconds(),
                    plan.steadyRate(), plan.afterSeconds(), CONNECTIONS, settings.requestTimeoutSeconds());
            return new BurstRecoveryResult(Status.MEASURED, note, run, Instant.now());
        }
    }

    private void print(BurstRunResult run) {
        for (BurstSecond s : run.seconds()) {
            out.printf(Locale.ROOT, "  %3d s %-6s sent %,6d  2xx %,6d  p50 %8.2f  p99 %8.2f  max %8.2f ms  %s%s%n",
                    s.second(), s.part().name().toLowerCase(Locale.ROOT), s.requests(), s.ok(), s.latencyMs().p50(),
                    s.latencyMs().p99(), s.latencyMs().max(), s.normal() ? "normal" : "NOT normal",
                    s.errors().isEmpty() ? "" : " " + s.errors());
        }
        out.printf(Locale.ROOT, "  normal: every request 2xx and p99 <= %.2f ms (%.0fx the p99 of %.2f ms before the "
                        + "burst, at least %.0f ms); %s; burst: %,d of %,d answered 2xx %s%n", run.normalP99BoundMs(),
                BurstTally.NORMAL_P99_FACTOR, run.beforeMs().p99(), Targets.P99_LIMIT_MS,
                run.recoverySeconds() == null ? "NOT back to normal by the run's end"
                        : "back to normal " + run.recoverySeconds() + " s after the burst",
                run.burstOk(), run.burstRequests(), run.burstErrors());
    }
}
