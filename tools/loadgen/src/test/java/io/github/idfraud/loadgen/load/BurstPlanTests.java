package io.github.idfraud.loadgen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BurstPlanTests {

    /** 10/s for 3 s, 40/s for 2 s, 10/s for 4 s: 30 + 80 + 40 requests. */
    private static final BurstPlan PLAN = new BurstPlan(10, 40, 3, 2, 4);

    @Test
    void theBurstStartsAndEndsOnItsSecondsWithoutAPause() {
        assertThat(PLAN.requests()).isEqualTo(150);
        assertThat(PLAN.offsetNanos(29)).isEqualTo(2_900_000_000L);
        assertThat(PLAN.offsetNanos(30)).as("the burst's first request").isEqualTo(3_000_000_000L);
        assertThat(PLAN.offsetNanos(31)).isEqualTo(3_025_000_000L);
        assertThat(PLAN.offsetNanos(109)).as("the burst's last request").isEqualTo(4_975_000_000L);
        assertThat(PLAN.offsetNanos(110)).as("steady again").isEqualTo(5_000_000_000L);
        assertThat(PLAN.offsetNanos(149)).isEqualTo(8_900_000_000L);
    }

    @Test
    void eachRequestBelongsToTheSecondItIsIntendedIn() {
        assertThat(PLAN.second(0)).isZero();
        assertThat(PLAN.second(30)).isEqualTo(3);
        assertThat(PLAN.second(69)).isEqualTo(3);
        assertThat(PLAN.second(70)).isEqualTo(4);
        assertThat(PLAN.second(149)).isEqualTo(8);
        assertThat(PLAN.part(2)).isEqualTo(BurstPlan.Part.BEFORE);
        assertThat(PLAN.part(3)).isEqualTo(BurstPlan.Part.BURST);
        assertThat(PLAN.part(PLAN.burstEnd())).isEqualTo(BurstPlan.Part.AFTER);
        assertThat(PLAN.seconds()).isEqualTo(9);
    }

    @Test
    void everyPartNeedsASecondAndARate() {
        assertThatThrownBy(() -> new BurstPlan(10, 40, 3, 0, 4)).hasMessageContaining("at least a second");
        assertThatThrownBy(() -> new BurstPlan(0, 40, 3, 2, 4)).hasMessageContaining("positive");
    }
}
