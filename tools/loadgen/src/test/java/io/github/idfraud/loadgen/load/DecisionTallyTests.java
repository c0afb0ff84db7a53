package io.github.idfraud.loadgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.harness.Answer;
import org.junit.jupiter.api.Test;

class DecisionTallyTests {

    @Test
    void countsTheDecisionsAndDegradedAnswersOfSuccessfulAnswersOnly() {
        DecisionTally tally = new DecisionTally();
        tally.answered(0, new Answer("200", "{\"eventId\":\"e\",\"decision\":\"REVIEW\",\"degraded\":true}", 900));
        tally.answered(1, new Answer("200", "{\"eventId\":\"e\",\"decision\":\"ALLOW\",\"degraded\":false}", 800));
        tally.answered(2, new Answer("200", "{\"eventId\":\"e\",\"decision\":\"ALLOW\",\"degraded\":false}", 700));
        tally.answered(3, new Answer("503", "{\"decision\":\"DECLINE\",\"degraded\":true}", 100));
        tally.answered(4, new Answer("timeout", "", 5_000_000));

        assertThat(tally.decisions()).containsExactly(java.util.Map.entry("ALLOW", 2L), java.util.Map.entry("REVIEW", 1L));
        assertThat(tally.degraded()).isEqualTo(1);
    }
}
