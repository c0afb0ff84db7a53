package io.github.idfraud.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The answer to a scored event. {@code features} is present only when the caller asked for
 * {@code explain=true}; it holds pseudonymous aggregates, never raw identifiers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Decision(
        String eventId,
        double score,
        DecisionType decision,
        List<Reason> reasons,
        String modelVersion,
        boolean degraded,
        Map<String, Double> features) {

    public Decision withEventId(String id) {
        return new Decision(id, score, decision, reasons, modelVersion, degraded, features);
    }

    public Decision withoutFeatures() {
        return features == null ? this : new Decision(eventId, score, decision, reasons, modelVersion, degraded, null);
    }
}
