package io.github.idfraud.loadgen.report;

import io.github.idfraud.loadgen.load.BatchRunResult;
import io.github.idfraud.loadgen.load.BurstPlan;
import io.github.idfraud.loadgen.load.BurstSecond;
import io.github.idfraud.loadgen.load.BurstRunResult;
import io.github.idfraud.loadgen.load.LatencySummary;
import io.github.idfraud.loadgen.load.RunResult;
import io.github.idfraud.loadgen.load.SaturationResult;
import io.github.idfraud.loadgen.load.SaturationStep;
import io.github.idfraud.loadgen.measure.BatchResult;
import io.github.idfraud.loadgen.measure.BurstRecoveryResult;
import io.github.idfraud.loadgen.measure.CaseIntakeResult;
import io.github.idfraud.loadgen.measure.CpuCost;
import io.github.idfraud.loadgen.measure.MemoryResult;
import io.github.idfraud.loadgen.measure.QuotaIsolationResult;
import io.github.idfraud.loadgen.measure.QuotaRound;
import io.github.idfraud.loadgen.measure.Status;
import io.github.idfraud.loadgen.measure.TrainerResult;
import io.github.idfraud.loadgen.suite.MachineInfo;
import io.github.idfraud.loadgen.suite.SuiteSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A plausible full run, for the rendering and evaluation tests. */
final class SampleResults {

    private SampleResults() {
    }

    static RunResult run(String name, String endpoint, double rate, double p99, long errors) {
        long requests = Math.round(rate * 60);
        Map<String, Long> outcomes = errors == 0 ? Map.of("200", requests) : Map.of("200", requests - errors, "503", errors);
        Map<String, Long> decisions = endpoint.equals("/v1/events")
                ? Map.of("ALLOW", requests - errors - requests / 10, "REVIEW", requests / 10) : Map.of();
        return new RunResult(name, endpoint, rate, 60, rate - 0.2, requests, requests - errors, errors, outcomes,
                decisions, 0,
                new LatencySummary(1.25, 2.5, p99, p99 * 2, p99 * 3, 1.4), new LatencySummary(0.01, 0.02, 0.05, 0.1, 0.3, 0.01));
    }

    /**
     * Three rounds; the median one: quiet tenant 200/s alone p99 5.0 ms, beside the noisy one at its quota 6.0 ms,
     * beside it at 10x 7.5 ms (x1.25); noisy 1,000/s, 17,800 answered 429. The other rounds: x1.10 and x2.00.
     */
    static QuotaIsolationResult quota() {
        return quota(List.of(round(6.0, 6.6), round(6.0, 7.5), round(6.0, 12.0)));
    }

    static QuotaIsolationResult quota(List<QuotaRound> rounds) {
        return new QuotaIsolationResult(Status.MEASURED, "bank-a at 200/s; bank-noisy (quota 100/s, 2 s burst) at "
                + "100/s and 1,000/s; 15 s each, 3 rounds", "bank-a", "bank-noisy", 100, rounds,
                Instant.parse("2026-11-28T12:05:00Z"));
    }

    /** A round with the quiet tenant's p99 alone 5.0 ms, beside the noisy one at its quota and at 10x as given. */
    static QuotaRound round(double atQuotaP99, double overQuotaP99) {
        RunResult alone = run("quiet tenant alone 200/s", "/v1/events", 200, 5.0, 0);
        RunResult atQuota = run("quiet beside noisy at quota 200/s", "/v1/events", 200, atQuotaP99, 0);
        RunResult noisyAtQuota = run("noisy at its quota 100/s", "/v1/events", 100, 3.0, 0);
        RunResult beside = run("quiet beside noisy at 10x 200/s", "/v1/events", 200, overQuotaP99, 0);
        long requests = 20_000;
        RunResult noisy = new RunResult("noisy at 10x quota 1,000/s", "/v1/events", 1_000, 20, 110.1, requests, 2_200,
                requests - 2_200, Map.of("200", 2_200L, "429", requests - 2_200), Map.of("ALLOW", 2_200L), 0,
                new LatencySummary(0.5, 0.9, 2.0, 4.0, 9.0, 0.6), new LatencySummary(0.01, 0.02, 0.05, 0.1, 0.3, 0.01));
        return new QuotaRound(alone, atQuota, noisyAtQuota, beside, noisy);
    }

    /** 210,000 events over 180 s: the service used 126 CPU seconds (600 µs an event), Redis as given. */
    static CpuCost cpu(Map<String, Double> redisCpuSecondsByNode) {
        return new CpuCost("the fixed-rate runs", 210_000, 180, 126, redisCpuSecondsByNode);
    }

    /** 1,000-event batches for 30 s: 5,400 events/s, batch p99 260 ms, nothing lost. */
    static BatchResult batch() {
        BatchRunResult run = new BatchRunResult("batches", 1_000, 30, 162, Map.of("200", 162L), 162_000, 162_000, 0,
                0, 5_400, new LatencySummary(180, 210, 260, 300, 310, 185));
        return new BatchResult(Status.MEASURED, "one client, one connection, closed loop: bank-a's events in time "
                + "order, 1,000 a batch, 30 s after a 5-s warm-up", "bank-a", run,
                Instant.parse("2026-11-28T12:06:00Z"));
    }

    /**
     * 1,000/s for 15 s (p99 4.0 ms), 4,880/s (twice the sustained 2,440/s) for 10 s, 1,000/s for 20 s: each burst
     * second p99 900 ms with 2,000 answers 503; after it 300 ms, 40 ms, then 6 ms: back to normal 2 s after the burst.
     */
    static BurstRecoveryResult burst() {
        BurstPlan plan = new BurstPlan(1_000, 4_880, 15, 10, 20);
        List<BurstSecond> seconds = new ArrayList<>();
        for (int s = 0; s < plan.seconds(); s++) {
            BurstPlan.Part part = plan.part(s);
            long requests = part == BurstPlan.Part.BURST ? 4_880 : 1_000;
            long refused = part == BurstPlan.Part.BURST ? 2_000 : 0;
            double p99 = part == BurstPlan.Part.BURST ? 900 : s == 25 ? 300 : s == 26 ? 40 : part == BurstPlan.Part.BEFORE ? 4 : 6;
            seconds.add(new BurstSecond(s, part, requests, requests - refused, 0,
                    refused == 0 ? Map.of() : Map.of("503", refused), new LatencySummary(1, 2, p99, p99, p99, 1.5),
                    p99 <= 10));
        }
        BurstRunResult run = new BurstRunResult(plan, 2_440, 1_024, 5, new LatencySummary(1, 2, 4, 5, 8, 1.2), 10, 0, 2,
                48_800, 28_800, Map.of("503", 20_000L), 20_000, 20_000, Map.of(), 0, seconds);
        return new BurstRecoveryResult(Status.MEASURED, "1,000/s for 15 s, 4,880/s (2x the sustained 2,440/s) for 10 s, "
                + "1,000/s for 20 s; 1,024 connections, 5-s client timeout", run, Instant.parse("2026-11-28T12:04:00Z"));
    }

    static SuiteResults full() {
        List<RunResult> fixed = List.of(run("scoring 500/s", "/v1/events", 500, 3.1, 0),
                run("scoring 1,000/s", "/v1/events", 1_000, 7.75, 0),
                run("scoring 2,000/s", "/v1/events", 2_000, 18.5, 3));
        List<RunResult> baseline = List.of(run("baseline 1,000/s", "/v1/bench/baseline", 1_000, 1.2, 0));
        SaturationResult service = new SaturationResult("/v1/events", 50, 2_440, "3050/s not sustained: p99 212.0 ms above the 50 ms bound",
                List.of(new SaturationStep(run("s", "/v1/events", 1_950, 20, 0), true, "sustained"),
                        new SaturationStep(run("s", "/v1/events", 2_440, 31, 0), true, "sustained"),
                        new SaturationStep(run("s", "/v1/events", 3_050, 212, 0), false, "p99 212.0 ms above the 50 ms bound")));
        SaturationResult ceiling = new SaturationResult("/v1/bench/baseline", 50, 6_100, "7630/s not sustained: 12 errors",
                List.of(new SaturationStep(run("b", "/v1/bench/baseline", 6_100, 9, 0), true, "sustained")));
        double share = 0.4;
        MemoryResult memory = new MemoryResult(Status.MEASURED, "exact", 100_000, 500_000, 2_000, 2_810_000, 472_700_000,
                4_727, 28.1, 6_269, Map.of("device", 1_010.0, "nationalId", 896.0),
                Map.of("window hash", 1_680.0, "distinct-count HyperLogLogs", 3_040.0), 95.2);
        TrainerResult trainer = new TrainerResult(Status.MEASURED, "trainer.jar train", 144_000, 12.0, 12_000, 41.2,
                24.0);
        CaseIntakeResult intake = CaseIntakeResult.notMeasured(Status.NOT_MEASURED, "services/case-service/target/quarkus-app/quarkus-run.jar not built");
        MachineInfo machine = new MachineInfo(2, 24_105, "AMD EPYC", "Linux 6.1 amd64", "17.0.15", "OpenJDK 64-Bit Server VM",
                "7.0.15", 12, 0.4, 1.9, true, "load generator, Redis and scoring service run on this one machine and share its cores");
        SuiteSettings settings = new SuiteSettings("full", List.of(500.0, 1_000.0, 2_000.0), 60, List.of(1_000.0), 1_000, 20,
                1_000, 1.25, 15, 50, 14, 64, 5, 42, 20_000, 7, 100_000, 3_000, 30, 20_000, 3, "redis://127.0.0.1:6379");
        QuotaIsolationResult quota = quota();
        BatchResult batch = batch();
        BurstRecoveryResult burst = burst();
        return new SuiteResults(SuiteResults.SCHEMA_VERSION, "full", Instant.parse("2026-11-28T12:00:00Z"),
                Instant.parse("2026-11-28T12:09:30Z"), 570, machine, settings, "java -jar quarkus-run.jar",
                new EventMix(20_000, 7, 314_605, Map.of("LOGIN", 140_445L, "TRANSACTION", 167_744L), "simulator"),
                fixed, baseline, service, ceiling, share, cpu(Map.of("redis://127.0.0.1:6379", 54.0)), memory, trainer,
                intake, quota, batch, burst, Targets.evaluate(fixed, service, ceiling, share, memory, intake, quota, batch,
                burst, trainer),
                List.of("Clean-up removed 12 keys."));
    }

    /**
     * The same run on a three-primary cluster: p99 a third higher at every rate, the service at the same CPU per event,
     * Redis at 90 s over three primaries (30, 35 and 25 s).
     */
    static SuiteResults onCluster() {
        SuiteResults single = full();
        SuiteSettings s = single.settings();
        SuiteSettings settings = new SuiteSettings(s.mode(), s.fixedRates(), s.runSeconds(), s.baselineRates(),
                s.warmupRate(), s.warmupSeconds(), s.saturationStartRate(), s.saturationFactor(),
                s.saturationStepSeconds(), s.saturationP99BoundMs(), s.saturationMaxSteps(), s.maxConnections(),
                s.requestTimeoutSeconds(), s.seed(), s.poolIdentities(), s.poolDays(), s.memoryIdentities(),
                s.trainerIdentities(), s.trainerDays(), s.caseAlerts(), s.quotaRounds(),
                "redis://127.0.0.1:17200,redis://127.0.0.1:17201,redis://127.0.0.1:17202");
        List<RunResult> fixed = single.fixedRuns().stream().map(r -> run(r.name(), r.endpoint(), r.targetRate(),
                r.latencyMs().p99() * 4 / 3, r.errors())).toList();
        return new SuiteResults(single.schemaVersion(), single.mode(), Instant.parse("2026-11-28T13:00:00Z"),
                Instant.parse("2026-11-28T13:06:00Z"), 360, single.machine(), settings, single.serviceCommand(),
                single.eventMix(), fixed, single.baselineRuns(), single.serviceSaturation(), single.baselineSaturation(),
                single.ceilingShare(), cpu(Map.of("127.0.0.1:17200", 30.0, "127.0.0.1:17201", 35.0,
                        "127.0.0.1:17202", 25.0)), null, null, null, single.quotaIsolation(), single.batchThroughput(),
                single.burstRecovery(), single.targets(),
                List.of());
    }
}
