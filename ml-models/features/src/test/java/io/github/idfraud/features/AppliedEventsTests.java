package io.github.idfraud.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AppliedEventsTests {

    private static final long T = 1_793_000_000L - 1_793_000_000L % 60;
    private static final RetryGuard GUARD = new RetryGuard(Duration.ofMinutes(15), 4);

    @Test
    void eventsWithinTheWindowBehindTheNewestAreKeptOlderOnesForgotten() {
        AppliedEvents events = new AppliedEvents();
        events.add(1, T, GUARD);
        events.add(2, T + 15 * 60 + 59, GUARD);
        assertThat(events.contains(1)).as("15 minutes behind the newest, counted in whole minutes").isTrue();

        events.add(3, T + 16 * 60, GUARD);

        assertThat(events.contains(1)).isFalse();
        assertThat(events.contains(2)).isTrue();
        assertThat(events.contains(3)).isTrue();
    }

    @Test
    void pastTheCapTheOldestMakeRoomAndALateEventIsNotKept() {
        AppliedEvents events = new AppliedEvents();
        for (int i = 1; i <= 5; i++) {
            events.add(i, T + 60L * i, GUARD);
        }
        assertThat(events.size()).isEqualTo(4);
        assertThat(events.contains(1)).isFalse();

        events.add(9, T, GUARD);

        assertThat(events.contains(9)).as("older than the four kept").isFalse();
        assertThat(events.contains(2)).isTrue();
    }

    @Test
    void aGuardWithoutAWholeMinuteOrOutsideItsEntryRangeIsRefused() {
        assertThatThrownBy(() -> new RetryGuard(Duration.ofSeconds(59), 32)).hasMessageContaining("at least one minute");
        assertThatThrownBy(() -> new RetryGuard(Duration.ofMinutes(15), 0)).hasMessageContaining("1 to 128");
        assertThatThrownBy(() -> new RetryGuard(Duration.ofMinutes(15), 129)).hasMessageContaining("1 to 128");
    }
}
