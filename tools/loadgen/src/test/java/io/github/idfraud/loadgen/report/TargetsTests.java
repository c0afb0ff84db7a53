package io.github.idfraud.loadgen.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.loadgen.load.SaturationResult;
import io.github.idfraud.loadgen.measure.CaseIntakeResult;
import io.github.idfraud.loadgen.measure.MemoryResult;
import io.github.idfraud.loadgen.measure.Status;
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
        assertThat(Targets.intake(intake(650, 0, 0)).verdict()).isEqualTo(Verdict.MET);
        assertThat(Targets.intake(intake(650, 1, 0)).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(Targets.intake(intake(650, 0, 2)).verdict()).isEqualTo(Verdict.MISSED);
        assertThat(Targets.intake(intake(499, 0, 0)).verdict()).isEqualTo(Verdict.MISSED);
        TargetResult absent = Targets.intake(CaseIntakeResult.notMeasured(Status.NOT_MEASURED, "quarkus-run.jar not built"));
        assertThat(absent.verdict()).isEqualTo(Verdict.NOT_MEASURED);
        assertThat(absent.actual()).contains("not built");
    }

    @Test
    void evaluatesAllSixTargetsInOrder() {
        assertThat(SampleResults.full().targets()).extracting(TargetResult::id)
                .containsExactly("p99-at-1000", "sustained-rate", "ceiling-share", "redis-memory", "case-intake",
                        "quota-isolation");
        assertThat(SampleResults.full().targets()).extracting(TargetResult::verdict)
                .containsExactly(Verdict.MET, Verdict.MISSED, Verdict.MISSED, Verdict.MISSED, Verdict.NOT_MEASURED,
                        Verdict.MET);
    }

    private static MemoryResult memory(double bytesPerIdentity) {
        return new MemoryResult(Status.MEASURED, "", 100_000, 0, 0, 0, 0, bytesPerIdentity, 0, 0, Map.of(), Map.of(), 0);
    }

    private static CaseIntakeResult intake(double rate, long lost, long dead) {
        return new CaseIntakeResult(Status.MEASURED, "", 20_000, 20_000 - lost - dead, 16_000, lost, dead, 20_000 / rate, rate);
    }
}
