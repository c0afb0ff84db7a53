package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.simulator.world.DayClock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * New customers keep arriving, so an account opening is not suspicious in itself: in every week most openings are
 * legitimate, whatever the length of the period, while most people still have history from its first days.
 */
class AccountOpeningTests {

    private static final long WEEK = 7 * 86_400;

    @Test
    void legitimateOpeningsAreAClearMajorityInEveryWeek() {
        assertEveryWeekMostlyLegit(SimulatedLog.standard().config());
    }

    @Test
    void legitimateOpeningsAreAClearMajorityInEveryWeekOfAThreeMonthPeriod() {
        assertEveryWeekMostlyLegit(SimulationConfig.defaults(90, 90, 3_000));
    }

    @Test
    void newCustomersJoinAtASteadyRateThroughoutThePeriod() {
        SimulationConfig config = SimulationConfig.defaults(91, 90, 3_000);
        Map<String, Long> firstOpening = new HashMap<>();
        new Simulator(config).run(line -> {
            if (line.isEvent() && line.event().type() == EventType.ACCOUNT_OPENING && Scenario.LEGIT.id().equals(line.scenario())) {
                firstOpening.putIfAbsent(line.event().identity().nationalId(), SimulatedLog.time(line));
            }
        });
        long start = config.start().getEpochSecond();
        int weeks = config.days() / 7;
        int[] joinedInWeek = new int[weeks];
        long early = 0;
        for (long t : firstOpening.values()) {
            int week = (int) ((t - start) / WEEK);
            if (week < weeks) {
                joinedInWeek[week]++;
            }
            if (t < start + config.legit().openingSpreadDays() * 86_400L + DayClock.MARGIN) {
                early++;
            }
        }
        double joining = config.legit().joiningShare(config.days());
        double perWeek = config.identities() * joining / config.days() * 7;

        assertThat(firstOpening).hasSize(config.identities());
        assertThat((double) early / config.identities()).isCloseTo(1 - joining, within(0.04));
        for (int week = 1; week < weeks; week++) {
            assertThat((double) joinedInWeek[week]).as("people opening their first account in week %d", week + 1)
                    .isBetween(0.6 * perWeek, 1.4 * perWeek);
        }
    }

    /** Full weeks only: a last partial week is too small to say anything. */
    private static void assertEveryWeekMostlyLegit(SimulationConfig config) {
        long start = config.start().getEpochSecond();
        int weeks = config.days() / 7;
        int[] legit = new int[weeks];
        int[] all = new int[weeks];
        new Simulator(config).run(line -> count(line, start, legit, all));

        for (int week = 0; week < weeks; week++) {
            assertThat(all[week]).as("openings in week %d", week + 1).isGreaterThan(30);
            assertThat((double) legit[week] / all[week]).as("legitimate share of the openings in week %d", week + 1)
                    .isGreaterThan(0.6);
        }
    }

    private static void count(EventLogLine line, long start, int[] legit, int[] all) {
        if (!line.isEvent() || line.event().type() != EventType.ACCOUNT_OPENING) {
            return;
        }
        int week = (int) ((SimulatedLog.time(line) - start) / WEEK);
        if (week < all.length) {
            all[week]++;
            if (Scenario.LEGIT.id().equals(line.scenario())) {
                legit[week]++;
            }
        }
    }
}
