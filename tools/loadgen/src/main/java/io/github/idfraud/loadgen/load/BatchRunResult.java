package io.github.idfraud.loadgen.load;

import java.util.Map;

/**
 * What a closed-loop batch run measured.
 *
 * @param batchEvents     events in each batch
 * @param seconds         from the first batch's send to the last batch's answer
 * @param outcomes        batches by HTTP status, plus transport failures ({@code timeout}, {@code connection})
 * @param scored          events answered 200 with a full decision of their own
 * @param errors          events without a decision of their own: in a batch that failed, or missing from its answer
 * @param degraded        events answered degraded (scored without the feature windows because Redis failed)
 * @param eventsPerSecond {@code scored} per second
 * @param latencyMs       each batch from its send to its complete answer
 */
public record BatchRunResult(String name, int batchEvents, double seconds, long batches, Map<String, Long> outcomes,
                             long events, long scored, long errors, long degraded, double eventsPerSecond,
                             LatencySummary latencyMs) {
}
