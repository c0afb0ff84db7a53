package io.github.idfraud.loadgen.suite;

import io.github.idfraud.harness.Answer;
import io.github.idfraud.harness.OpenLoopSender;
import io.github.idfraud.harness.RequestPoster;
import io.github.idfraud.harness.ScoringServiceEnvironment;
import io.github.idfraud.harness.ServiceProcess;
import io.github.idfraud.loadgen.events.RequestFactory;
import io.github.idfraud.loadgen.load.RunResult;
import io.github.idfraud.loadgen.measure.QuotaIsolationResult;
import io.github.idfraud.loadgen.measure.Status;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Quota isolation (issue 15): does one tenant far over its quota slow another down? A quiet tenant sends at a
 * steady rate alone, then again while a noisy tenant sends at ten times its quota, each open loop with a sender and
 * connections of its own, to the same service. Reported: the quiet tenant's latency in both runs, the noisy
 * tenant's accepted rate and its 429 answers. The sender does not read headers, so Retry-After is not checked here
 * (the service's QuotaTests check it).
 */
final class QuotaPhase {

    /** A tenant of its own, outside the simulated banks, so only it has a quota. */
    static final String NOISY_TENANT = "bank-noisy";
    static final long NOISY_QUOTA = 100;
    static final double NOISY_OVER_QUOTA = 10;
    static final double QUIET_RATE = 200;
    /** Each of the two runs lasts the fixed runs' length, at most this long. */
    static final double MAX_SECONDS = 20;
    /**
     * The service refuses a quota whose burst cannot hold its largest batch, and the batch phase sends the largest
     * it takes: the noisy tenant's burst is exactly one such batch at its quota (10 s, not the usual 2 s).
     */
    static final Duration BURST = Duration.ofSeconds(BatchPhase.BATCH_EVENTS / NOISY_QUOTA);

    private final SuiteSettings settings;
    private final TimedRuns runs;
    private final PrintStream out;

    QuotaPhase(SuiteSettings settings, TimedRuns runs, PrintStream out) {
        this.settings = settings;
        this.runs = runs;
        this.out = out;
    }

    /** Gives the noisy tenant its quota and {@link #BURST}; every other tenant keeps the tools' unlimited one. */
    static ScoringServiceEnvironment limitNoisyTenant(ScoringServiceEnvironment env) {
        return env.tenantQuotas(Map.of(NOISY_TENANT, NOISY_QUOTA)).quotaBurst(BURST);
    }

    /**
     * @param quiet  the quiet tenant's events (one tenant)
     * @param noisy  the noisy tenant's events, of other people than the quiet tenant's
     * @param warmUp whether the service is cold (nothing ran before): then the quiet tenant warms it up first
     */
    QuotaIsolationResult run(ServiceProcess service, String quietTenant, RequestFactory quiet, RequestFactory noisy,
                             boolean warmUp) {
        double seconds = Math.min(MAX_SECONDS, settings.runSeconds());
        double noisyRate = NOISY_QUOTA * NOISY_OVER_QUOTA;
        try (OpenLoopSender quietSender = LoadPhase.sender(service, settings);
             OpenLoopSender noisySender = LoadPhase.sender(service, settings)) {
            if (warmUp) {
                runs.run(quietSender, LoadPhase.EVENTS, quiet, "warm-up quiet tenant", QUIET_RATE, settings.warmupSeconds());
            }
            // The refusal path is code no other phase runs: compiled first, so both measured runs see a warm service
            // (a pod that has refused once keeps it compiled) instead of the JIT's first seconds on two busy cores.
            together(quietSender, runs.prepare(LoadPhase.EVENTS, quiet, "warm-up quiet beside noisy", QUIET_RATE,
                    settings.warmupSeconds()), noisySender, runs.prepare(LoadPhase.EVENTS, noisy,
                    "warm-up noisy at 10x quota", noisyRate, settings.warmupSeconds()));
            RunResult alone = runs.run(quietSender, LoadPhase.EVENTS, quiet, "quiet tenant alone", QUIET_RATE, seconds);
            spendBurst(service, noisy);
            List<RunResult> both = together(quietSender, runs.prepare(LoadPhase.EVENTS, quiet, "quiet beside noisy",
                    QUIET_RATE, seconds), noisySender, runs.prepare(LoadPhase.EVENTS, noisy, "noisy at 10x quota",
                    noisyRate, seconds));
            RunResult beside = both.get(0);
            RunResult noisyResult = both.get(1);
            QuotaIsolationResult result = new QuotaIsolationResult(Status.MEASURED, String.format(Locale.ROOT,
                    "%s at %,.0f/s; %s (quota %,d/s, its %d-s burst spent before) at %,.0f/s; %.0f s each",
                    quietTenant, QUIET_RATE, NOISY_TENANT, NOISY_QUOTA, BURST.toSeconds(), noisyRate, seconds),
                    quietTenant, NOISY_TENANT, NOISY_QUOTA, alone, beside, noisyResult, Instant.now());
            out.printf(Locale.ROOT, "  quiet tenant p99 %.2f ms alone, %.2f ms beside the noisy one (x%.2f); noisy "
                            + "tenant accepted %,.1f/s of its %,d/s quota, %,d answers 429%n", alone.latencyMs().p99(),
                    beside.latencyMs().p99(), result.quietP99Ratio(), noisyResult.achievedRate(), NOISY_QUOTA,
                    result.noisyTooManyRequests());
            return result;
        }
    }

    /**
     * Empties the noisy tenant's bucket, its burst included: otherwise the measured run could open with a second of
     * the neighbour at ten times its quota, all accepted, and the quiet tenant's p99 would measure that burst rather
     * than the refusals. A batch is taken whole or refused whole (429), so batches of 512, 256, ..., 1 events (the
     * bits of any count up to 1,023) leave the bucket all but empty, whatever it held.
     */
    private void spendBurst(ServiceProcess service, RequestFactory noisy) {
        RequestPoster poster = new RequestPoster(service.uri(), BatchPhase.BATCH_TIMEOUT);
        int spent = 0;
        for (int events = Integer.highestOneBit(BatchPhase.BATCH_EVENTS); events >= 1; events /= 2) {
            Answer answer = poster.post(noisy.prepareBatch("burst" + events, events, BatchPhase.PATH).request()).join();
            spent += answer.ok() ? events : 0;
        }
        out.printf(Locale.ROOT, "  noisy tenant's burst spent: %,d events accepted in batches of halving size%n",
                spent);
    }

    /** Both plans at once, each from its own sender: the quiet tenant's result first, then the noisy one's. */
    private List<RunResult> together(OpenLoopSender quietSender, TimedRuns.Prepared quietPlan,
                                     OpenLoopSender noisySender, TimedRuns.Prepared noisyPlan) {
        runs.pause();
        CompletableFuture<RunResult> noisyRun = CompletableFuture.supplyAsync(() -> runs.send(noisySender, noisyPlan));
        RunResult quietResult = runs.send(quietSender, quietPlan);
        List<RunResult> both = List.of(quietResult, join(noisyRun));
        runs.settled(both);
        return both;
    }

    private static RunResult join(CompletableFuture<RunResult> run) {
        try {
            return run.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
