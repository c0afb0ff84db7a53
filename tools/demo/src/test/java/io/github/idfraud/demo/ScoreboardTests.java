package io.github.idfraud.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScoreboardTests {

    @Test
    void countsDecisionsAndDetectionPerScenario() {
        Scoreboard board = new Scoreboard();
        board.record(line("legit", EventType.LOGIN), Scoreboard.Decision.ALLOW);
        board.record(line("legit", EventType.LOGIN), Scoreboard.Decision.REVIEW);
        board.record(line("account_takeover", EventType.TRANSACTION), Scoreboard.Decision.DECLINE);
        board.record(line("account_takeover", EventType.LOGIN), Scoreboard.Decision.CHALLENGE);
        board.record(line("account_takeover", EventType.PAYEE_ADDED), Scoreboard.Decision.REVIEW);
        board.record(line("legit", EventType.LOGIN), Scoreboard.Decision.ERROR);

        assertThat(board.scored()).isEqualTo(5);
        assertThat(board.count(Scoreboard.Decision.ERROR)).isEqualTo(1);
        assertThat(board.byScenario().get("account_takeover")).containsExactly(3, 2);
        assertThat(board.byScenario().get("legit")).containsExactly(2, 1);
        assertThat(board.precision()).isEqualTo(2.0 / 3);
    }

    @Test
    void profileRefreshesCountApartFromScoredEventsButTheirFailuresAreErrors() {
        Scoreboard board = new Scoreboard();
        board.record(line("legit", EventType.PROFILE_VERIFIED), Scoreboard.Decision.ALLOW);
        board.record(line("account_takeover", EventType.PROFILE_VERIFIED), Scoreboard.Decision.ALLOW);
        board.record(line("legit", EventType.PROFILE_VERIFIED), Scoreboard.Decision.ERROR);

        assertThat(board.profilesKept()).isEqualTo(2);
        assertThat(board.scored()).isZero();
        assertThat(board.byScenario()).isEmpty();
        assertThat(board.count(Scoreboard.Decision.ERROR)).isEqualTo(1);
    }

    private static EventLogLine line(String scenario, EventType type) {
        return EventLogLine.event("bank-a", new Event("e-1", type, Instant.parse("2026-11-01T00:00:00Z"), "c-1", null,
                null, null, null, null, null, null), scenario);
    }
}
