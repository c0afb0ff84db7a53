package io.github.idfraud.loadgen.suite;

import io.github.idfraud.harness.Answer;
import io.github.idfraud.harness.OpenLoopSender;
import io.github.idfraud.harness.RequestPoster;
import io.github.idfraud.harness.ScoringServiceEnvironment;
import io.github.idfraud.harness.ServiceProcess;
import io.github.idfraud.loadgen.events.RequestFactory;
import io.github.idfraud.loadgen.load.RunResult;
import io.github.idfraud.loadgen.measure.QuotaIsolationResult;
import io.github.idfraud.loadgen.measure.QuotaRound;
import io.github.idfraud.loadgen.measure.Status;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Quota isolation (issue 15): does one tenant far over its quota slow another down? In each round a quiet tenant
 * sends at a steady rate alone, then beside a noisy tenant sending at its quota (the neighbour every tenant has in
 * normal operation), then beside it at ten times its quota; each tenant open loop, with a sender and connections of
 * its own, to the same service. The quota works when the third run looks like the second: what the noisy tenant
 * sends beyond its quota must cost the others nothing. Rounds, because one 15-s p99 on these two shared cores
 * moves by half between identical runs. The sender does not read headers, so Retry-After is not checked here (the
 * service's QuotaTests check it).
 */
final class QuotaPhase {

    /** A tenant of its own, outside the simulated banks, so only it has a quota. */
    static final String NOISY_TENANT = "bank-noisy";
    static final long NOISY_QUOTA = 100;
    static final double NOISY_OVER_QUOTA = 10;
    static final double QUIET_RATE = 200;
    /** Each run lasts the fixed runs' length, at most this long. */
    static final double MAX_SECONDS = 15;
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
        double overQuotaRate = NOISY_QUOTA * NOISY_OVER_QUOTA;
        try (OpenLoopSender quietSender = LoadPhase.sender(service, settings);
             OpenLoopSender noisySender = LoadPhase.sender(service, settings)) {
            if (warmUp) {
                runs.run(quietSender, LoadPhase.EVENTS, quiet, "warm-up quiet tenant", QUIET_RATE, settings.warmupSeconds());
            }
            // The refusal path is code no other phase runs: compiled first, so every measured run sees a warm service
            // (a pod that has refused once keeps it compiled) instead of the JIT's first seconds on two busy cores.
            together(quietSender, runs.prepare(LoadPhase.EVENTS, quiet, "warm-up quiet beside noisy", QUIET_RATE,
                    settings.warmupSeconds()), noisySender, runs.prepare(LoadPhase.EVENTS, noisy,
                    "warm-up noisy at 10x quota", overQuotaRate, settings.warmupSeconds()));
            List<QuotaRound> rounds = new ArrayList<>();
            for (int round = 1; round <= settings.quotaRounds(); round++) {
                RunResult alone = runs.run(quietSender, LoadPhase.EVENTS, quiet, "quiet tenant alone", QUIET_RATE,
                        seconds);
                List<RunResult> atQuota = together(quietSender, runs.prepare(LoadPhase.EVENTS, quiet,
                        "quiet beside noisy at quota", QUIET_RATE, seconds), noisySender, runs.prepare(LoadPhase.EVENTS,
                        noisy, "noisy at its quota", NOISY_QUOTA, seconds));
                spendBurst(service, noisy);
                List<RunResult> overQuota = together(quietSender, runs.prepare(LoadPhase.EVENTS, quiet,
                        "quiet beside noisy at 10x", QUIET_RATE, seconds), noisySender, runs.prepare(LoadPhase.EVENTS,
                        noisy, "noisy at 10x quota", overQuotaRate, seconds));
                QuotaRound result = new QuotaRound(alone, atQuota.get(0), atQuota.get(1), overQuota.get(0),
                        overQuota.get(1));
                rounds.add(result);
                out.printf(Locale.ROOT, "  round %d: quiet tenant p99 %.2f ms alone, %.2f ms beside the noisy one at "
                                + "its quota, %.2f ms beside it at 10x (x%.2f; x%.2f to alone); noisy tenant accepted "
                                + "%,.1f/s of its %,d/s quota, %,d answers 429%n", round,
                        alone.latencyMs().p99(), atQuota.get(0).latencyMs().p99(), overQuota.get(0).latencyMs().p99(),
                        result.p99Ratio(), result.p99RatioToAlone(), overQuota.get(1).achievedRate(), NOISY_QUOTA,
                        overQuota.get(1).outcomes().getOrDefault("429", 0L));
            }
            QuotaIsolationResult result = new QuotaIsolationResult(Status.MEASURED, String.format(Locale.ROOT,
                    "%s at %,.0f/s; %s (quota %,d/s, its %d-s burst spent before each run at 10x) at %,.0f/s and "
                    + "%,.0f/s; %.0f s each, %d round%s", quietTenant, QUIET_RATE, NOISY_TENANT, NOISY_QUOTA,
                    BURST.toSeconds(), (double) NOISY_QUOTA, overQuotaRate, seconds,
                    rounds.size(), rounds.size() == 1 ? "" : "s"), quietTenant, NOISY_TENANT, NOISY_QUOTA, rounds,
                    Instant.now());
            out.printf(Locale.ROOT, "  median round: x%.2f beside the noisy tenant over its quota against at it, x%.2f "
                    + "against alone%n", result.quietP99Ratio(), result.medianRound().p99RatioToAlone());
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
