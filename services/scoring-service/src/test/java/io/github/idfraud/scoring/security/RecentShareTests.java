package io.github.idfraud.scoring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecentShareTests {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void aCrossingCountsOnceUntilTheShareFallsBackAndIsLoggedAtMostOncePerInterval() {
        RecentShare share = new RecentShare(10);
        for (int i = 0; i < 9; i++) {
            assertThat(share.add(true, 0.5, 0, HOUR)).as("the window is not full yet").isEqualTo(RecentShare.Crossing.NONE);
        }
        assertThat(share.add(true, 0.5, 0, HOUR)).isEqualTo(RecentShare.Crossing.CROSSED_AND_LOG);
        assertThat(share.add(true, 0.5, 0, HOUR)).as("still above: no new crossing").isEqualTo(RecentShare.Crossing.NONE);

        for (int i = 0; i < 6; i++) {
            share.add(false, 0.5, 0, HOUR); // the last 10: 4 suspicious, 6 not: below again
        }
        RecentShare.Crossing again = RecentShare.Crossing.NONE;
        int added = 0;
        while (again == RecentShare.Crossing.NONE && added < 20) {
            again = share.add(true, 0.5, 1, HOUR);
            added++;
        }
        assertThat(added).as("6 of the last 10 take six more").isEqualTo(6);
        assertThat(again).as("above again within the hour: counted, not logged").isEqualTo(RecentShare.Crossing.CROSSED);
    }
}
