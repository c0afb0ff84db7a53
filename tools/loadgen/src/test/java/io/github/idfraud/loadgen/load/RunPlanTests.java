package io.github.idfraud.loadgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunPlanTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void planSpacesRequestsEvenly() {
        RunPlan plan = new RunPlan("plan", 1_000, Duration.ofSeconds(60), TIMEOUT);
        assertThat(plan.requests()).isEqualTo(60_000);
        assertThat(plan.intendedOffsetNanos(0)).isZero();
        assertThat(plan.intendedOffsetNanos(1)).isEqualTo(1_000_000);
        assertThat(plan.intendedOffsetNanos(59_999)).isEqualTo(59_999_000_000L);
        assertThat(new RunPlan("tiny", 3, Duration.ofMillis(100), TIMEOUT).requests()).isEqualTo(1);
    }
}
