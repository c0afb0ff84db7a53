package io.github.idfraud.loadgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.loadgen.load.BatchRunResult;
import io.github.idfraud.loadgen.load.BurstRunResult;
import io.github.idfraud.loadgen.load.RunResult;
import io.github.idfraud.loadgen.measure.BatchResult;
import io.github.idfraud.loadgen.measure.BurstRecoveryResult;
import io.github.idfraud.loadgen.measure.QuotaIsolationResult;
import io.github.idfraud.loadgen.measure.Status;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRenderingTests {

    @Test
    void resultsJsonHoldsEveryFigureAndReadsBack(@TempDir Path dir) throws Exception {
        SuiteResults results = SampleResults.full();
        ResultsWriter writer = new ResultsWriter();

        Path file = writer.write(results, dir);

        assertThat(file.getFileName().toString()).isEqualTo("results.json");
        assertThat(Files.list(dir.resolve("history"))).singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).isEqualTo("20261128T120000Z-full.json"));
        String json = Files.readString(file);
        assertThat(json).contains("\"targetRate\" : 1000.0", "\"p99\" : 7.75", "\"errorsByStatus\" : {",
                "\"503\" : 3", "\"sustainedRate\" : 2440.0", "\"ceilingShare\" : 0.4", "\"bytesPerIdentity\" : 4727.0",
                "\"verdict\" : \"MISSED\"", "\"startedAt\" : \"2026-11-28T12:00:00Z\"", "\"cores\" : 2",
                "\"quietP99Ratio\" : 1.25", "\"noisyTooManyRequests\" : 53400", "\"noisyQuota\" : 100",
                "\"eventsPerSecond\" : 5400.0", "\"batchEvents\" : 1000");
        SuiteResults back = writer.read(file);
        assertThat(back).isEqualTo(results);
    }

    @Test
    void quickRunsGoToTheirOwnFile(@TempDir Path dir) throws Exception {
        SuiteResults full = SampleResults.full();
        SuiteResults quick = new SuiteResults(full.schemaVersion(), "quick", full.startedAt(), full.finishedAt(),
                full.durationSeconds(), full.machine(), full.settings(), full.serviceCommand(), full.eventMix(),
                full.fixedRuns(), full.baselineRuns(), full.serviceSaturation(), full.baselineSaturation(),
                full.ceilingShare(), full.fixedRunsCpu(), full.redisMemory(), full.trainerReplay(), full.caseIntake(),
                full.quotaIsolation(), full.batchThroughput(), full.burstRecovery(), full.targets(), full.notes());
        assertThat(new ResultsWriter().write(quick, dir).getFileName().toString()).isEqualTo("results-quick.json");
        assertThat(dir.resolve("history")).doesNotExist();
        assertThat(MarkdownReport.render(quick, "bench-results/results-quick.json")).contains("NOT representative");
    }

    @Test
    void markdownShowsTheTargetsTheRunsAndTheMachine() {
        String md = MarkdownReport.render(SampleResults.full(), "bench-results/results.json");

        assertThat(md).contains("**Machine:** 2 cores (AMD EPYC)", "share its cores", "load average 0.40 at the start");
        assertThat(md).contains("| p99 <= 10 ms at 1,000 events/s (zero errors, none degraded) | p99 7.75 ms, 0 errors | met |");
        assertThat(md).contains("| >= 3,000 events/s sustained with zero errors | 2,440 events/s | **missed** |");
        assertThat(md).contains("| >= 50% of the ceiling's throughput (baseline endpoint) | 40% (2,440 of 6,100 events/s) | **missed** |");
        assertThat(md).contains("| >= 1,000 alerts/s case intake, none lost | services/case-service/target/quarkus-app/quarkus-run.jar not built | not measured |");
        assertThat(md).contains("| scoring `/v1/events`, 1,000/s × 60 s | 1,000/s | 999.8/s | 60,000 | 0 | 1.25 | 2.50 | 7.75 | 15.50 | 23.25 |");
        assertThat(md).contains("| scoring `/v1/events`, 2,000/s × 60 s | 2,000/s | 1,999.8/s | 120,000 | 3 (503: 3) |");
        assertThat(md).contains("| baseline (ceiling), 1,000/s × 60 s |");
        assertThat(md).contains("Decisions of the fixed-rate scoring runs: ALLOW 90.0%, REVIEW 10.0%; 0 degraded.");
        assertThat(md).contains("| scoring, highest sustained saturation step, 2,440/s × 60 s | 2,440/s |");
        assertThat(md).contains("scoring service **2,440 events/s**", "**6,100/s**", "reaches **40%** of the ceiling");
        assertThat(md).contains("3,050/s not sustained: p99 212.0 ms above the 50 ms bound");
        assertThat(md).contains("Redis memory: **4,727 bytes per identity**", "distinct-count HyperLogLogs 3,040 B");
        assertThat(md).contains("Trainer replay: **12,000 events/s**");
        assertThat(md).contains("CPU per event: the trainer's JVM 41.2 µs, Redis 24.0 µs; at that cost 2 cores replay "
                + "at most 30,675 events/s.");
        assertThat(md).contains("| >= 50,000 events/s trainer replay | 12,000 events/s | **missed** |");
        assertThat(md).contains("CPU per event over the fixed-rate runs (210,000 events in 180 s): scoring service "
                + "**600 µs**, Redis **257 µs**; the load generator's own CPU is not counted.");
        assertThat(md).contains("Case intake: not measured: services/case-service");
        assertThat(md).contains("[`bench-results/results.json`](bench-results/results.json)");
        // One table row per target, in the order the issue lists them.
        assertThat(md.lines().filter(l -> l.endsWith("| met |") || l.endsWith("| **missed** |") || l.endsWith("| not measured |")))
                .hasSize(9);
    }

    @Test
    void quotaIsolationShowsTheMedianRoundAgainstTheQuietTenantsP99BesideANeighbourAtItsQuota() {
        String md = MarkdownReport.render(SampleResults.full(), "bench-results/results.json");

        assertThat(md).contains("| quota (median round): bank-a alone, 200/s × 60 s | 200/s | 199.8/s | 12,000 | 0 | 1.25 "
                + "| 2.50 | 5.00 |");
        assertThat(md).contains("| quota: bank-a beside bank-noisy at its quota, 200/s × 60 s | 200/s | 199.8/s | 12,000 "
                + "| 0 | 1.25 | 2.50 | 6.00 |");
        assertThat(md).contains("| quota: bank-a beside bank-noisy at 10x, 200/s × 60 s | 200/s | 199.8/s | 12,000 | 0 "
                + "| 1.25 | 2.50 | 7.50 |");
        assertThat(md).contains("| quota: bank-noisy at 10x its 100/s quota, 1,000/s × 20 s | 1,000/s | 110.1/s | 20,000 "
                + "| 17,800 (429: 17800) |");
        assertThat(md).contains("bank-a's p99 was **7.50 ms beside a tenant at ten times its quota, 6.00 ms beside it "
                        + "at its quota (x1.25)** and 5.00 ms alone (x1.50)", "Ratio per round: x1.10, x1.25, x2.00.",
                "bank-noisy had **110.1/s accepted of its 100/s quota** and **17,800 answers 429** (89% of its 20,000 requests");
        assertThat(md).contains("| a tenant at 10x its quota gets 429s; another tenant's p99 beside it <= 1.5x its p99 "
                + "beside the same tenant at its quota (median round), zero errors | p99 7.50 ms beside 10x vs 6.00 ms "
                + "beside at quota (x1.25; x1.50 to 5.00 ms alone), 0 errors; 53,400 answers 429 | met |");
        assertThat(md).doesNotContain("Measured on its own");
    }

    @Test
    void theVerdictIsOnTheMedianRoundNotTheBestOrTheWorst() {
        QuotaIsolationResult twoOfThreeSlow = SampleResults.quota(List.of(SampleResults.round(6.0, 6.0),
                SampleResults.round(6.0, 12.0), SampleResults.round(6.0, 10.2)));

        assertThat(twoOfThreeSlow.quietP99Ratio()).isEqualTo(1.7);
        assertThat(Targets.quotaIsolation(twoOfThreeSlow).verdict()).isEqualTo(TargetResult.Verdict.MISSED);
        assertThat(Targets.quotaIsolation(SampleResults.quota()).verdict()).isEqualTo(TargetResult.Verdict.MET);
    }

    @Test
    void aQuotaPhaseRunOnItsOwnReplacesTheOneInTheResultsAndSaysWhen() {
        SuiteResults full = SampleResults.full();
        QuotaIsolationResult q = SampleResults.quota(List.of(SampleResults.round(6.0, 12.0)));
        QuotaIsolationResult later = new QuotaIsolationResult(q.status(), q.note(), q.quietTenant(), q.noisyTenant(),
                q.noisyQuota(), q.rounds(), Instant.parse("2026-12-04T08:00:00Z"));

        SuiteResults merged = full.withQuotaIsolation(later);

        assertThat(merged.startedAt()).isEqualTo(full.startedAt());
        assertThat(merged.targets().get(5).verdict()).isEqualTo(TargetResult.Verdict.MISSED);
        assertThat(merged.targets().subList(0, 5)).isEqualTo(full.targets().subList(0, 5));
        assertThat(MarkdownReport.render(merged, "bench-results/results.json"))
                .contains("12.00 ms beside a tenant at ten times its quota, 6.00 ms beside it at its quota (x2.00)")
                .contains("Measured on its own (`./bench --only quota`, 2026-12-04 08:00 UTC) after the run above.");
    }

    @Test
    void aFailedPhaseSaysSoAndItsTargetIsNotMeasured() {
        SuiteResults failed = SampleResults.full()
                .withQuotaIsolation(QuotaIsolationResult.notMeasured(Status.FAILED,
                        "noisy at 10x quota: answers still missing"))
                .withBatchThroughput(BatchResult.notMeasured(Status.FAILED, "batches: connection refused"));
        assertThat(MarkdownReport.render(failed, "bench-results/results.json"))
                .contains("**Quota isolation**: **failed**: noisy at 10x quota: answers still missing")
                .contains("**Batch throughput**: **failed**: batches: connection refused")
                .doesNotContain("| quota: ");
        assertThat(failed.targets().subList(5, 7)).extracting(TargetResult::verdict)
                .containsOnly(TargetResult.Verdict.NOT_MEASURED);
    }

    @Test
    void resultsWrittenBeforeTheBatchPhaseRenderWithoutIt() {
        assertThat(MarkdownReport.render(SampleResults.full().withBatchThroughput(null), "bench-results/results.json"))
                .doesNotContain("Batch throughput");
    }

    @Test
    void batchThroughputShowsEventsPerSecondAndTheBatchesLatency() {
        String md = MarkdownReport.render(SampleResults.full(), "bench-results/results.json");

        assertThat(md).contains("**Batch throughput** (`POST /v1/events:batch`; one client, one connection, closed "
                + "loop: bank-a's events in time order, 1,000 a batch, 30 s after a 5-s warm-up): **5,400 events/s** "
                + "scored (162,000 events in 162 batches of 1,000, 30.0 s); batch latency p50 180 ms, p99 260 ms, "
                + "max 310 ms; 0 events without an answer of their own, 0 degraded.");
        assertThat(md).contains("| >= 5,000 events/s in 1,000-event batches from one client, zero errors | 5,400 "
                + "events/s in 1,000-event batches (batch p99 260 ms), 0 errors | met |");
    }

    @Test
    void aBatchPhaseRunOnItsOwnReplacesTheOneInTheResultsAndSaysWhen() {
        SuiteResults full = SampleResults.full();
        BatchResult b = SampleResults.batch();
        BatchRunResult r = b.run();
        BatchRunResult slower = new BatchRunResult(r.name(), r.batchEvents(), 30, 60, Map.of("200", 59L, "503", 1L),
                60_000, 59_000, 1_000, 0, 1_966.7, r.latencyMs());
        BatchResult later = new BatchResult(b.status(), b.note(), b.tenant(), slower,
                Instant.parse("2026-12-04T09:00:00Z"));

        SuiteResults merged = full.withBatchThroughput(later);

        assertThat(merged.quotaIsolation()).isEqualTo(full.quotaIsolation());
        assertThat(merged.targets().get(6).verdict()).isEqualTo(TargetResult.Verdict.MISSED);
        assertThat(merged.targets().subList(0, 6)).isEqualTo(full.targets().subList(0, 6));
        assertThat(MarkdownReport.render(merged, "bench-results/results.json"))
                .contains("**1,967 events/s** scored", "1,000 events without an answer of their own (batches answered "
                        + "503: 1), 0 degraded.")
                .contains("Measured on its own (`./bench --only batch`, 2026-12-04 09:00 UTC) after the run above.");
    }

    @Test
    void docsGetALinkRelativeToTheirFolder() {
        String md = MarkdownReport.render(SampleResults.full(), "../bench-results/results.json");
        assertThat(md).contains("[`bench-results/results.json`](../bench-results/results.json)");
    }

    @Test
    void burstRecoveryShowsHowLongTheServiceTookToComeBackAndWhatTheBurstGot() {
        String md = MarkdownReport.render(SampleResults.full(), "bench-results/results.json");

        assertThat(md).contains("| back to normal p99 within 5 s after a 10-s burst at 2x the sustainable rate | back "
                + "to normal 2 s after the burst (per-second p99 <= 10.00 ms, all 2xx); during the 10-s burst at 4,880/s "
                + "28,800 of 48,800 answered 2xx, 503: 20,000 | met |");
        assertThat(md).contains("**Burst recovery** (one pod; 1,000/s for 15 s, 4,880/s (2x the sustained 2,440/s) for "
                + "10 s, 1,000/s for 20 s; 1,024 connections, 5-s client timeout): back to normal **2 s after the "
                + "burst**. A second is normal when every request intended in it was answered 2xx with a p99 of at most "
                + "10.00 ms (2x the p99 of 4.00 ms before the burst, at least 10 ms); 0 of the 15 seconds before the "
                + "burst were not. During the burst 28,800 of 48,800 requests were answered 2xx (2,880/s), the others "
                + "503: 20,000; after it no errors; 0 degraded.");
        assertThat(md).contains("p99 of each second (ms; not normal in bold): burst **900**, **900**, ",
                "; after **300**, **40.00**, 6.00, 6.00, ");
        assertThat(md).doesNotContain("--only burst");
    }

    @Test
    void aBurstThatNeverRecoveredIsMissedAndSaysSo() {
        BurstRecoveryResult b = SampleResults.burst();
        BurstRunResult r = b.run();
        BurstRunResult never = new BurstRunResult(r.plan(), r.sustainedRate(), r.connections(),
                r.timeoutSeconds(), r.beforeMs(), r.normalP99BoundMs(), 3, null, r.burstRequests(), r.burstOk(),
                r.burstErrors(), r.afterRequests(), r.afterOk(), Map.of("timeout", 12L), r.degraded(), r.seconds());
        SuiteResults merged = SampleResults.full().withBurstRecovery(new BurstRecoveryResult(b.status(), b.note(), never,
                Instant.parse("2026-12-05T10:00:00Z")));

        assertThat(merged.targets().get(7).verdict()).isEqualTo(TargetResult.Verdict.MISSED);
        assertThat(merged.targets().subList(0, 7)).isEqualTo(SampleResults.full().targets().subList(0, 7));
        assertThat(MarkdownReport.render(merged, "bench-results/results.json"))
                .contains("not back to normal within the 20 s after the burst (per-second p99")
                .contains("**not back to normal** within the 20 s after the burst. A second is normal")
                .contains("3 of the 15 seconds before the burst were not.")
                .contains("after it timeout: 12;")
                .contains("Measured on its own (`./bench --only burst`, 2026-12-05 10:00 UTC) after the run above.");
    }

    @Test
    void resultsWrittenBeforeTheBurstPhaseReadAndRenderWithoutIt(@TempDir Path dir) throws Exception {
        ResultsWriter writer = new ResultsWriter();
        Path file = writer.write(SampleResults.full(), dir);
        ObjectNode json = (ObjectNode) ResultsWriter.mapper().readTree(file.toFile());
        json.remove("burstRecovery");
        ResultsWriter.mapper().writeValue(file.toFile(), json);

        SuiteResults old = writer.read(file);

        assertThat(old.burstRecovery()).isNull();
        assertThat(MarkdownReport.render(old, "bench-results/results.json")).doesNotContain("Burst recovery");
        assertThat(Targets.burstRecovery(old.burstRecovery()).verdict()).isEqualTo(TargetResult.Verdict.NOT_MEASURED);
    }

    @Test
    void aFailedBurstPhaseSaysSo() {
        SuiteResults failed = SampleResults.full().withBurstRecovery(
                BurstRecoveryResult.notMeasured(Status.FAILED, "burst: answers still missing"));

        assertThat(MarkdownReport.render(failed, "bench-results/results.json"))
                .contains("**Burst recovery**: **failed**: burst: answers still missing");
        assertThat(failed.targets().get(7).verdict()).isEqualTo(TargetResult.Verdict.NOT_MEASURED);
    }
}
