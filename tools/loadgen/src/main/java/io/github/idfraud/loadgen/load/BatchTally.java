package io.github.idfraud.loadgen.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.Decision;
import io.github.idfraud.harness.Answer;
import io.github.idfraud.loadgen.events.PreparedBatch;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Counts a batch run's answers event by event: an event counts as scored only when the answer at its place carries
 * its own event id.
 */
final class BatchTally {

    private static final long MAX_RECORDABLE_MICROS = TimeUnit.MINUTES.toMicros(10);

    /** The scoring service's batch answer: one decision per event, in request order. */
    private record BatchAnswer(List<Decision> results) {
    }

    private final ObjectMapper json = ContractJson.newMapper();
    private final Map<String, Long> outcomes = new TreeMap<>();
    private final Histogram latencyMicros = new Histogram(MAX_RECORDABLE_MICROS, 3);
    private long batches;
    private long events;
    private long scored;
    private long errors;
    private long degraded;

    void answered(PreparedBatch batch, Answer answer) {
        batches++;
        events += batch.size();
        outcomes.merge(answer.outcome(), 1L, Long::sum);
        latencyMicros.recordValue(Math.min(answer.latencyMicros(), MAX_RECORDABLE_MICROS));
        List<Decision> decisions = answer.ok() ? decisions(answer.body()) : List.of();
        for (int i = 0; i < batch.size(); i++) {
            Decision decision = i < decisions.size() ? decisions.get(i) : null;
            if (decision == null || !batch.eventIds().get(i).equals(decision.eventId())) {
                errors++;
            } else if (decision.degraded()) {
                degraded++;
            } else {
                scored++;
            }
        }
    }

    BatchRunResult result(String name, int batchEvents, double seconds) {
        return new BatchRunResult(name, batchEvents, seconds, batches, outcomes, events, scored, errors, degraded,
                seconds > 0 ? scored / seconds : 0, LatencySummary.ofMicros(latencyMicros));
    }

    /** The answer's decisions; none when it is not a batch answer (then every event of the batch is an error). */
    private List<Decision> decisions(String body) {
        try {
            BatchAnswer answer = json.readValue(body, BatchAnswer.class);
            return answer.results() == null ? List.of() : answer.results();
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
