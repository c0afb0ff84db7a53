package io.github.idfraud.loadgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.loadgen.load.BatchRunResult;
import io.github.idfraud.loadgen.load.BurstPlan;
import io.github.idfraud.loadgen.load.BurstRunResult;
import io.github.idfraud.loadgen.load.LatencySummary;
import io.github.idfraud.loadgen.load.SaturationResult;
import io.github.idfraud.loadgen.measure.BatchResult;
import io.github.idfraud.loadgen.measure.BurstRecoveryResult;
import io.github.idfraud.loadgen.measure.CaseIntakeResult;
import io.github.idfraud.loadgen.measure.MemoryResult;
import io.github.idfraud.loadgen.measure.Status;
import io.github.idfraud.loadgen.measure.TrainerResult;
import io.github.idfraud.loadgen.report.TargetResult.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetsTests {

    @Test
    void p99TargetLooksAtTheThousandPerSecondRunAndItsErrors() {
        assertThat(Targets.p99(List.of(SampleResults.run("a", "/v1/events", 1_000, 9.99, 0))).verdict()).isEqualTo(Verdict.MET);
        assertThat(Targets.p99(List.of(SampleResults.run("a", "/v1/events", 1_000, 10.5, 0))).verdict()).isEqualTo(Verdict.MISSED);
        TargetResult withErrors = Targets.p99(List.of(SampleResults.run("a", "/v1/events", 1_000, 2, 1)));
        assertThat(withErrors.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(withErrors.actual()).contains("1 errors");
        assertThat(Targets.p99(List.of(SampleResults.run("a", "/v1/events", 500, 2, 0))).verdict())
                .isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void throughputTargetsCompareWithTheirThresholds() {
        SaturationResult service = new SaturationResult("/v1/events", 50, 3_000, "x", List.of());
        SaturationResult ceiling = new SaturationResult("/v1/bench/baseline", 50, 6_000, "x", List.of());
        assertThat(Targets.sustained(service).verdict()).isEqualTo(Verdict.MET);
        assertThat(Targets.sustained(new SaturationResult("/v1/events", 50, 2_990, "x", List.of())).verdict())
                .isEqualTo(Verdict.MISSED);
        assertThat(Targets.ceiling(service, ceiling, 0.5).verdict()).isEqualTo(Verdict.MET);
        assertThat(Targets.ceiling(service, ceiling, 0.5).actual()).isEqualTo("50% (3,000 of 6,000 events/s)");
        assertThat(Targets.ceiling(service, ceiling, 0.49).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(Targets.ceiling(service, null, null).verdict()).isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void memoryTargetIsOneKibibytePerIdentity() {
        assertThat(Targets.memory(memory(1_024)).verdict()).isEqualTo(Verdict.MET);
        assertThat(Targets.memory(memory(1_025)).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(Targets.memory(MemoryResult.notMeasured(Status.FAILED, "Redis went away")).verdict())
                .isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void intakeTargetNeedsTheRateAndNothingLost() {
        assertThat(Targets.intake(intake(1_000, 0, 0)).verdict()).isEqualTo(Verdict.MET);
        assertThat(Targets.intake(intake(1_200, 1, 0)).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(Targets.intake(intake(1_200, 0, 2)).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(Targets.intake(intake(999, 0, 0)).verdict()).isEqualTo(Verdict.MISSED);
        TargetResult absent = Targets.intake(CaseIntakeResult.notMeasured(Status.NOT_MEASURED, "quarkus-run.jar not built"));
        assertThat(absent.verdict()).isEqualTo(Verdict.NOT_MEASURED);
        assertThat(absent.actual()).contains("not built");
    }

    @Test
    void batchTargetNeedsTheRateInFullBatchesAndEveryEventAnswered() {
        assertThat(Targets.batchThroughput(batch(1_000, 5_000, 0, 0)).verdict()).isEqualTo(Verdict.MET);
        assertThat(Targets.batchThroughput(batch(1_000, 4_999, 0, 0)).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(Targets.batchThroughput(batch(200, 6_000, 0, 0)).verdict()).isEqualTo(Verdict.MISSED);
        TargetResult lost = Targets.batchThroughput(batch(1_000, 6_000, 1_000, 3));
        assertThat(lost.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(lost.actual()).isEqualTo("6,000 events/s in 1,000-event batches (batch p99 250 ms), 1,000 errors, "
                + "3 degraded");
        assertThat(Targets.batchThroughput(null).verdict()).isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void trainerTargetIsFiftyThousandEventsPerSecond() {
        assertThat(Targets.trainer(trainer(50_000)).verdict()).isEqualTo(Verdict.MET);
        TargetResult slower = Targets.trainer(trainer(49_999));
        assertThat(slower.verdict()).isEqualTo(Verdict.MISSED);
        assertThat(slower.actual()).isEqualTo("49,999 events/s");
        assertThat(Targets.trainer(TrainerResult.notMeasured(Status.FAILED, "trainer exited with 1")).verdict())
                .isEqualTo(Verdict.NOT_MEASURED);
    }

    @Test
    void evaluatesAllNineTargetsInOrder() {
        assertThat(SampleResults.full().targets()).extracting(TargetResult::id)
                .containsExactly("p99-at-1000", "sustained-rate", "ceiling-share", "redis-memory", "case-intake",
                        "quota-isolation", "batch-throughput", "burst-recovery", "trainer-replay");
        assertThat(SampleResults.full().targets()).extracting(TargetResult::verdict)
                .containsExactly(Verdict.MET, Verdict.MISSED, Verdict.MISSED, Verdict.MISSED, Verdict.NOT_MEASURED,
                        Verdict.MET, Verdict.MET, Verdict.MET, Verdict.MISSED);
    }

    private static TrainerResult trainer(double eventsPerSecond) {
        return new TrainerResult(Status.MEASURED, "trainer.jar train", 1_000_000, 1e6 / eventsPerSecond,
                eventsPerSecond, null, null);
    }

    @Test
    void burstRecoveryIsMetWithinFiveSecondsOfATenSecondBurst() {
        assertThat(Targets.burstRecovery(burst(10, 5)).verdict()).isEqualTo(Verdict.MET);
        assertThat(Targets.burstRecovery(burst(10, 6)).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(Targets.burstRecovery(burst(10, null)).verdict()).isEqualTo(Verdict.MISSED);
        TargetResult quick = Targets.burstRecovery(burst(5, 0));
        assertThat(quick.verdict()).as("a smoke run's shorter burst").isEqualTo(Verdict.NOT_MEASURED);
        assertThat(quick.actual()).startsWith("a shorter burst than the target's: back to normal 0 s after the burst");
        assertThat(Targets.burstRecovery(BurstRecoveryResult.notMeasured(Status.NOT_MEASURED, "no sustained rate"))
                .verdict()).isEqualTo(Verdict.NOT_MEASURED);
    }

    private static BurstRecoveryResult burst(int burstSeconds, Integer recoverySeconds) {
        BurstPlan plan = new BurstPlan(1_000, 6_000, 15, burstSeconds, 20);
        return new BurstRecoveryResult(Status.MEASURED, "", new BurstRunResult(plan, 3_000, 1_024, 5,
                new LatencySummary(1, 2, 4, 5, 8, 1.2), 10, 0, recoverySeconds, 60_000, 60_000, Map.of(), 20_000,
                20_000, Map.of(), 0, List.of()), null);
    }

    private static BatchResult batch(int batchEvents, double eventsPerSecond, long errors, long degraded) {
        return new BatchResult(Status.MEASURED, "", "bank-a", new BatchRunResult("batches", batchEvents, 30, 10,
                Map.of("200", 10L), 10L * batchEvents, 10L * batchEvents - errors - degraded, errors, degraded,
                eventsPerSecond, new LatencySummary(200, 220, 250, 260, 270, 205)), null);
    }

    private static MemoryResult memory(double bytesPerIdentity) {
        return new MemoryResult(Status.MEASURED, "", 100_000, 0, 0, 0, 0, bytesPerIdentity, 0, 0, Map.of(), Map.of(), 0);
    }

    private static CaseIntakeResult intake(double rate, long lost, long dead) {
        return new CaseIntakeResult(Status.MEASURED, "", 20_000, 20_000 - lost - dead, 16_000, lost, dead, 20_000 / rate, rate);
    }
}
