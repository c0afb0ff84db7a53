package io.github.idfraud.loadgen.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrainerReplayProbeTests {

    @Test
    void readsTheReplayLineOfBothTrainerOutputFormats() {
        String current = "  replay: 40,960 events, 120 labels, 9,876 events/s, 512 in flight, log time 2026-10-03T00:00:00Z\n"
                + "  replay done: 144,231 events and 2,345 labels in 12.3 s (11,726 events/s; reading thread busy 41% of the time)\n";
        assertThat(TrainerReplayProbe.parse(current, 3_000, 30)).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(Status.MEASURED);
            assertThat(r.events()).isEqualTo(144_231);
            assertThat(r.seconds()).isEqualTo(12.3);
            assertThat(r.eventsPerSecond()).isEqualTo(11_726);
        });
        String older = "  replay done: 13,357 events and 200 labels in 8.5 s (1,565 events/s)\n";
        assertThat(TrainerReplayProbe.parse(older, 500, 14)).hasValueSatisfying(r -> {
            assertThat(r.eventsPerSecond()).isEqualTo(1_565);
            assertThat(r.trainerCpuMicrosPerEvent()).as("not printed by that trainer").isNull();
        });
        assertThat(TrainerReplayProbe.parse("Exception in thread main", 500, 14)).isEmpty();
    }

    @Test
    void readsWhatAnEventCostInTheTrainerAndInRedis() {
        String output = "  replay done: 1,216,994 events and 12,948 labels in 40.9 s (29,729 events/s; CPU of the trainer: "
                + "reading thread 65%, whole JVM 123% of one core)\n"
                + "  CPU per event: trainer 41.3 us, Redis 23.9 us (71% of one core during the replay)\n";
        assertThat(TrainerReplayProbe.parse(output, 10_000, 60)).hasValueSatisfying(r -> {
            assertThat(r.trainerCpuMicrosPerEvent()).isEqualTo(41.3);
            assertThat(r.redisCpuMicrosPerEvent()).isEqualTo(23.9);
            assertThat(r.cpuBoundEventsPerSecond(2)).isCloseTo(30_675, within(1.0));
            assertThat(r.note()).contains("-XX:+UseParallelGC -Xms3g");
        });
    }
}
