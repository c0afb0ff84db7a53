package io.github.idfraud.loadgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SaturationSearchTests {

    private final SaturationSearch search = new SaturationSearch(
            new SaturationSearch.Settings(1_000, 1.25, Duration.ofSeconds(15), 50, 10));

    /** A fake server that keeps p99 at 5 ms up to {@code capacity}, then falls behind (p99 in the seconds). */
    private static RunResult serverWithCapacity(double rate, double capacity, boolean errorsPastCapacity) {
        boolean keepsUp = rate <= capacity;
        long errors = !keepsUp && errorsPastCapacity ? 7 : 0;
        LatencySummary latency = keepsUp ? new LatencySummary(1, 2, 5, 8, 12, 1.5)
                : new LatencySummary(400, 900, 1_500, 1_700, 1_800, 500);
        long requests = Math.round(rate * 15);
        return new RunResult("step", "/v1/events", rate, 15, keepsUp ? rate : capacity, requests, requests - errors,
                errors, errors > 0 ? Map.of("200", requests - errors, "503", errors) : Map.of("200", requests), Map.of(), 0, latency,
                LatencySummary.EMPTY);
    }

    /** Searches {@link #serverWithCapacity} (no errors past it), noting each rate tried in {@code tried}. */
    private static SaturationResult searchNoting(SaturationSearch search, double capacity, List<Double> tried) {
        return search.search("/v1/events", rate -> {
            tried.add(rate);
            return serverWithCapacity(rate, capacity, false);
        });
    }

    @Test
    void climbsUntilAStepFailsThenRefinesHalfway() {
        List<Double> tried = new ArrayList<>();
        SaturationResult result = searchNoting(search, 2_200, tried);

        // 1000, 1250, 1560, 1950 ok; 2440 fails; halfway 2200 ok.
        assertThat(tried).containsExactly(1_000.0, 1_250.0, 1_560.0, 1_950.0, 2_440.0, 2_200.0);
        assertThat(result.sustainedRate()).isEqualTo(2_200);
        assertThat(result.stoppedBecause()).contains("2440/s not sustained").contains("p99");
        assertThat(result.steps()).hasSize(6);
    }

    @Test
    void anErrorEndsTheClimbEvenWithGoodLatency() {
        SaturationResult result = search.search("/v1/events", rate -> {
            RunResult run = serverWithCapacity(rate, 1_400, true);
            return rate > 1_400 ? new RunResult("step", "/v1/events", rate, 15, rate, run.requests(), run.ok(),
                    run.errors(), run.outcomes(), Map.of(), 0, new LatencySummary(1, 2, 5, 8, 12, 1.5), LatencySummary.EMPTY) : run;
        });
        assertThat(result.sustainedRate()).isEqualTo(1_250);
        assertThat(result.steps().get(2).verdict()).contains("7 errors").contains("503");
    }

    @Test
    void aFirstStepFailureComesDownUntilAStepHoldsThenRefinesHalfway() {
        List<Double> tried = new ArrayList<>();
        SaturationResult result = searchNoting(search, 500, tried);

        // 1000, 800, 640, 510 fail; 410 holds; halfway 460 holds.
        assertThat(tried).containsExactly(1_000.0, 800.0, 640.0, 510.0, 410.0, 460.0);
        assertThat(result.sustainedRate()).isEqualTo(460);
        assertThat(result.stoppedBecause()).contains("510/s not sustained");
    }

    @Test
    void nothingSustainedWithinTheStepLimitIsZero() {
        SaturationSearch short3 = new SaturationSearch(new SaturationSearch.Settings(1_000, 2, Duration.ofSeconds(1), 50, 3));
        List<Double> tried = new ArrayList<>();
        SaturationResult result = searchNoting(short3, 100, tried);
        assertThat(tried).containsExactly(1_000.0, 500.0, 250.0);
        assertThat(result.sustainedRate()).isZero();
        assertThat(result.stoppedBecause()).contains("250/s not sustained");
    }

    @Test
    void reachingTheStepLimitSaysTheCeilingIsHigher() {
        SaturationSearch short3 = new SaturationSearch(new SaturationSearch.Settings(100, 2, Duration.ofSeconds(1), 50, 3));
        SaturationResult result = short3.search("/v1/bench/baseline", rate -> serverWithCapacity(rate, 1e9, false));
        assertThat(result.sustainedRate()).isEqualTo(400);
        assertThat(result.stoppedBecause()).startsWith("step limit");
    }

    @Test
    void aStepThatAnswersTooFewIsNotSustained() {
        RunResult slow = new RunResult("step", "/v1/events", 1_000, 15, 900, 15_000, 15_000, 0, Map.of("200", 15_000L),
                Map.of(), 0, new LatencySummary(1, 2, 5, 8, 12, 1.5), LatencySummary.EMPTY);
        assertThat(search.judge(slow).sustained()).isFalse();
        assertThat(search.judge(slow).verdict()).contains("achieved 900/s");
    }

    @Test
    void degradedAnswersAreNotSustained() {
        RunResult degraded = new RunResult("step", "/v1/events", 1_000, 15, 1_000, 15_000, 15_000, 0,
                Map.of("200", 15_000L), Map.of("CHALLENGE", 15_000L), 42, new LatencySummary(1, 2, 5, 8, 12, 1.5),
                LatencySummary.EMPTY);
        assertThat(search.judge(degraded).sustained()).isFalse();
        assertThat(search.judge(degraded).verdict()).contains("42 degraded");
    }
}
