package io.github.idfraud.loadgen.measure;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(TrainerReplayProbe.parse(older, 500, 14)).hasValueSatisfying(r -> assertThat(r.eventsPerSecond()).isEqualTo(1_565));
        assertThat(TrainerReplayProbe.parse("Exception in thread main", 500, 14)).isEmpty();
    }
}
