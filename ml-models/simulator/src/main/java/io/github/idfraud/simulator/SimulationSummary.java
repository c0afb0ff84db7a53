package io.github.idfraud.simulator;

import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.LabelSource;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run wrote.
 *
 * @param events              event lines
 * @param labels              label lines
 * @param fraudEvents         events whose scenario is not {@code legit}
 * @param labelledFraudEvents fraud events that got a FRAUD label
 * @param mislabelledLegit    legitimate events that got a FRAUD label anyway
 * @param clearedLegit        legitimate events that looked risky and got a LEGIT label (customer or analyst cleared them)
 * @param eventsByType        event lines per event type
 * @param eventsByScenario    event lines per scenario name ({@code legit}, {@code account_takeover}, ...)
 * @param labelsBySource      label lines per reporting source
 */
public record SimulationSummary(
        long events,
        long labels,
        long fraudEvents,
        long labelledFraudEvents,
        long mislabelledLegit,
        long clearedLegit,
        Map<EventType, Long> eventsByType,
        Map<String, Long> eventsByScenario,
        Map<LabelSource, Long> labelsBySource) {

    /** The maps are copied into sorted, unmodifiable maps, so the summary prints the same way every time. */
    public SimulationSummary {
        eventsByType = Collections.unmodifiableMap(new TreeMap<>(eventsByType));
        eventsByScenario = Collections.unmodifiableMap(new TreeMap<>(eventsByScenario));
        labelsBySource = Collections.unmodifiableMap(new TreeMap<>(labelsBySource));
    }

    /** Share of events that are fraud, 0 when there were no events. */
    public double fraudShare() {
        return events == 0 ? 0 : (double) fraudEvents / events;
    }
}
