package io.github.idfraud.loadgen.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * What one open-loop run measured. Latency runs from each request's INTENDED send time to its answer, so time
 * spent queued behind a slow server (in the generator or in the server) counts; {@code sendLag} shows how late the
 * generator itself dispatched requests (its own health: small means the generator kept its schedule).
 *
 * @param achievedRate successful answers per second, from the first intended send to the last answer
 * @param outcomes     answers by HTTP status, plus transport failures ({@code timeout}, {@code connection})
 * @param errors       requests that did not get a 2xx answer
 * @param decisions    2xx answers by decision (scoring endpoint only)
 * @param degraded     2xx answers marked degraded: scored without the feature windows because Redis failed, so
 *                     fast but not a full answer; a run with any is not counted as sustained
 */
public record RunResult(
        String name,
        String endpoint,
        double targetRate,
        double durationSeconds,
        double achievedRate,
        long requests,
        long ok,
        long errors,
        Map<String, Long> outcomes,
        Map<String, Long> decisions,
        long degraded,
        LatencySummary latencyMs,
        LatencySummary sendLagMs) {

    /** Error counts only (everything but 2xx), e.g. {@code {"503": 12, "timeout": 3}}. */
    @JsonProperty("errorsByStatus")
    public Map<String, Long> errorsByStatus() {
        Map<String, Long> errorsOnly = new java.util.TreeMap<>();
        outcomes.forEach((status, count) -> {
            if (!status.startsWith("2")) {
                errorsOnly.put(status, count);
            }
        });
        return errorsOnly;
    }
}
