package io.github.idfraud.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.EventLogLine;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderingTests {

    @Test
    void wholeStreamIsInNonDecreasingTime() {
        List<EventLogLine> lines = SimulatedLog.standard().lines();

        long previous = Long.MIN_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            long t = SimulatedLog.time(lines.get(i));
            assertThat(t).as("line %d", i + 1).isGreaterThanOrEqualTo(previous);
            previous = t;
        }
    }

    @Test
    void eventsFallInsideThePeriodAndLabelsMayFollowIt() {
        SimulatedLog log = SimulatedLog.standard();
        long start = log.config().start().getEpochSecond();
        long end = log.config().end().getEpochSecond();

        assertThat(log.events()).allSatisfy(l ->
                assertThat(SimulatedLog.time(l)).isGreaterThanOrEqualTo(start).isLessThan(end));
        assertThat(log.labels()).anySatisfy(l -> assertThat(SimulatedLog.time(l)).isGreaterThanOrEqualTo(end));
    }

    @Test
    void eventIdsAreUnique() {
        var ids = new HashSet<String>();

        assertThat(SimulatedLog.standard().events()).allSatisfy(l -> assertThat(ids.add(l.event().eventId())).isTrue());
    }

    @Test
    void timestampsHaveWholeSeconds() {
        assertThat(SimulatedLog.standard().lines()).allSatisfy(l -> {
            var instant = l.isEvent() ? l.event().occurredAt() : l.label().reportedAt();
            assertThat(instant.getNano()).isZero();
        });
    }
}
