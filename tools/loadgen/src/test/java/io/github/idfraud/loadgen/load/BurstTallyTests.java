package io.github.idfraud.loadgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.harness.Answer;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class BurstTallyTests {

    /** 100/s for 4 s, 200/s for 2 s, 100/s for 5 s: seconds 0-3 before, 4-5 burst, 6-10 after. */
    private static final BurstPlan PLAN = new BurstPlan(100, 200, 4, 2, 5);
    private static final String SCORED = "{\"eventId\":\"e\",\"decision\":\"ALLOW\",\"degraded\":false}";
    private static final double FLOOR_MS = 10;

    @Test
    void recoveryRunsFromTheBurstsEndToTheFirstSecondFromWhichEveryOneIsNormal() {
        // 4 ms before the burst (normal: up to 10 ms, the floor above 2 x 4 ms); the burst's requests wait 800 ms and
        // some are refused; the first two seconds after it still slow.
        BurstRunResult result = run(second -> switch (second) {
            case 4, 5 -> 800;
            case 6 -> 300;
            case 7 -> 11;
            default -> 4;
        }, second -> second == 4 || second == 5);

        assertThat(result.beforeMs().p99()).isBetween(3.99, 4.01);
        assertThat(result.normalP99BoundMs()).isEqualTo(FLOOR_MS);
        assertThat(result.recoverySeconds()).isEqualTo(2);
        assertThat(result.abnormalSecondsBefore()).isZero();
        assertThat(result.seconds()).extracting(BurstSecond::normal)
                .containsExactly(true, true, true, true, false, false, false, false, true, true, true);
        assertThat(result.burstRequests()).isEqualTo(400);
        assertThat(result.burstErrors()).isEqualTo(Map.of("503", 40L));
        assertThat(result.burstOk()).isEqualTo(360);
        assertThat(result.afterErrors()).isEmpty();
    }

    @Test
    void aSlowSecondLateAfterTheBurstPutsRecoveryAfterIt() {
        BurstRunResult result = run(second -> second == 8 ? 50 : 4, second -> false);

        assertThat(result.recoverySeconds()).as("seconds 6 and 7 were normal, 8 was not").isEqualTo(3);
    }

    @Test
    void aRunWhoseLastSecondIsNotNormalNeverRecovered() {
        BurstRunResult result = run(second -> second >= 4 ? 2_000 : 4, second -> false);

        assertThat(result.recoverySeconds()).isNull();
    }

    @Test
    void aSecondWithAnErrorIsNotNormalHoweverFast() {
        BurstRunResult result = run(second -> 4, second -> second == 10);

        assertThat(result.recoverySeconds()).isNull();
        assertThat(result.afterErrors()).isEqualTo(Map.of("503", 10L));
    }

    @Test
    void theNormalBoundIsTwiceThePreBurstP99WhenThatIsAboveTheFloor() {
        BurstRunResult result = run(second -> switch (second) {
            case 4, 5 -> 500;
            case 6 -> 25; // within 2 x 15 ms
            default -> 15;
        }, second -> false);

        assertThat(result.normalP99BoundMs()).isBetween(29.9, 30.1);
        assertThat(result.recoverySeconds()).isZero();
    }

    /**
     * Every request of a second answered in {@code millis.apply(second)} ms, a tenth of those of a second where
     * {@code refused} holds answered 503.
     */
    private static BurstRunResult run(IntFunction<Integer> millis, IntPredicate refused) {
        BurstTally tally = new BurstTally(PLAN);
        for (int i = 0; i < PLAN.requests(); i++) {
            int second = PLAN.second(i);
            boolean refuse = refused.test(second) && i % 10 == 0;
            tally.answered(i, new Answer(refuse ? "503" : "200", refuse ? "" : SCORED, millis.apply(second) * 1_000L));
        }
        return tally.result(150, 1_024, 5, FLOOR_MS);
    }
}
