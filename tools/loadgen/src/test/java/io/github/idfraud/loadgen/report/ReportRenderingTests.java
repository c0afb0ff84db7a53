package io.github.idfraud.loadgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
                "\"verdict\" : \"MISSED\"", "\"startedAt\" : \"2026-11-28T12:00:00Z\"", "\"cores\" : 2");
        SuiteResults back = writer.read(file);
        assertThat(back).isEqualTo(results);
    }

    @Test
    void quickRunsGoToTheirOwnFile(@TempDir Path dir) throws Exception {
        SuiteResults full = SampleResults.full();
        SuiteResults quick = new SuiteResults(full.schemaVersion(), "quick", full.startedAt(), full.finishedAt(),
                full.durationSeconds(), full.machine(), full.settings(), full.serviceCommand(), full.eventMix(),
                full.fixedRuns(), full.baselineRuns(), full.serviceSaturation(), full.baselineSaturation(),
                full.ceilingShare(), full.redisMemory(), full.trainerReplay(), full.caseIntake(), full.targets(), full.notes());
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
        assertThat(md).contains("| >= 500 alerts/s case intake, none lost | services/case-service/target/quarkus-app/quarkus-run.jar not built | not measured |");
        assertThat(md).contains("| scoring `/v1/events`, 1,000/s × 60 s | 1,000/s | 999.8/s | 60,000 | 0 | 1.25 | 2.50 | 7.75 | 15.50 | 23.25 |");
        assertThat(md).contains("| scoring `/v1/events`, 2,000/s × 60 s | 2,000/s | 1,999.8/s | 120,000 | 3 (503: 3) |");
        assertThat(md).contains("| baseline (ceiling), 1,000/s × 60 s |");
        assertThat(md).contains("Decisions of the fixed-rate scoring runs: ALLOW 90.0%, REVIEW 10.0%; 0 degraded.");
        assertThat(md).contains("| scoring, highest sustained saturation step, 2,440/s × 60 s | 2,440/s |");
        assertThat(md).contains("scoring service **2,440 events/s**", "**6,100/s**", "reaches **40%** of the ceiling");
        assertThat(md).contains("3,050/s not sustained: p99 212.0 ms above the 50 ms bound");
        assertThat(md).contains("Redis memory: **4,727 bytes per identity**", "distinct-count HyperLogLogs 3,040 B");
        assertThat(md).contains("Trainer replay: **12,000 events/s**");
        assertThat(md).contains("Case intake: not measured: services/case-service");
        assertThat(md).contains("[`bench-results/results.json`](bench-results/results.json)");
        // One table row per target, in the order the issue lists them.
        assertThat(md.lines().filter(l -> l.endsWith("| met |") || l.endsWith("| **missed** |") || l.endsWith("| not measured |")))
                .hasSize(5);
    }

    @Test
    void docsGetALinkRelativeToTheirFolder() {
        String md = MarkdownReport.render(SampleResults.full(), "../bench-results/results.json");
        assertThat(md).contains("[`bench-results/results.json`](../bench-results/results.json)");
    }
}
