package io.github.idfraud.loadgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.harness.Answer;
import io.github.idfraud.harness.PreparedRequest;
import io.github.idfraud.loadgen.events.PreparedBatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchTallyTests {

    private static final PreparedBatch BATCH = new PreparedBatch(
            PreparedRequest.untimed("/v1/events:batch", "Bearer k", new byte[0]), List.of("e-0", "e-1", "e-2"));

    @Test
    void anEventCountsAsScoredOnlyWithAFullDecisionOfItsOwn() {
        BatchTally tally = new BatchTally();
        tally.answered(BATCH, new Answer("200", "{\"results\":[" + decision("e-0", false) + "," + decision("e-1", true)
                + "," + decision("e-9", false) + "]}", 200_000));
        tally.answered(BATCH, new Answer("200", "{\"results\":[" + decision("e-0", false) + "]}", 300_000));

        BatchRunResult result = tally.result("batches", 3, 2.0);

        assertThat(result.scored()).isEqualTo(2);
        assertThat(result.degraded()).isEqualTo(1);
        assertThat(result.errors()).as("another event's answer, and two answers missing").isEqualTo(3);
        assertThat(result.events()).isEqualTo(6);
        assertThat(result.eventsPerSecond()).isEqualTo(1.0);
        assertThat(result.latencyMs().max()).isBetween(299.0, 301.0);
    }

    @Test
    void aFailedBatchIsAnErrorForEachOfItsEvents() {
        BatchTally tally = new BatchTally();
        tally.answered(BATCH, new Answer("503", "{\"results\":[" + decision("e-0", false) + "]}", 1_000));
        tally.answered(BATCH, new Answer("timeout", "", 30_000_000));
        tally.answered(BATCH, new Answer("200", "not json", 1_000));

        BatchRunResult result = tally.result("batches", 3, 1.0);

        assertThat(result.errors()).isEqualTo(9);
        assertThat(result.scored()).isZero();
        assertThat(result.outcomes()).isEqualTo(Map.of("200", 1L, "503", 1L, "timeout", 1L));
    }

    private static String decision(String eventId, boolean degraded) {
        return "{\"eventId\":\"" + eventId + "\",\"score\":0.1,\"decision\":\"ALLOW\",\"reasons\":[],"
                + "\"modelVersion\":\"m\",\"degraded\":" + degraded + "}";
    }
}
