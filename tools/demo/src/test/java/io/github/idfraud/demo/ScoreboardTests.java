package io.github.idfraud.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreboardTests {

    @Test
    void countsDecisionsAndDetectionPerScenario() {
        Scoreboard board = new Scoreboard();
        board.record("legit", Scoreboard.Decision.ALLOW);
        board.record("legit", Scoreboard.Decision.REVIEW);
        board.record("account_takeover", Scoreboard.Decision.DECLINE);
        board.record("account_takeover", Scoreboard.Decision.CHALLENGE);
        board.record("account_takeover", Scoreboard.Decision.REVIEW);
        board.record("legit", Scoreboard.Decision.ERROR);

        assertThat(board.scored()).isEqualTo(5);
        assertThat(board.count(Scoreboard.Decision.ERROR)).isEqualTo(1);
        assertThat(board.byScenario().get("account_takeover")).containsExactly(3, 2);
        assertThat(board.byScenario().get("legit")).containsExactly(2, 1);
        assertThat(board.precision()).isEqualTo(2.0 / 3);
    }
}
