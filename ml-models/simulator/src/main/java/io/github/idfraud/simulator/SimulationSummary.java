package io.github.idfraud.simulator;

import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.LabelSource;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
 * @param fraudsterContacts   every e-mail address and phone number in the log that a fraudster controls; the people's
 *                            own never
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
        Map<LabelSource, Long> labelsBySource,
        Set<String> fraudsterContacts) {

    /** The collections are copied into sorted, unmodifiable ones, so the summary prints the same way every time. */
    public SimulationSummary {
        eventsByType = Collections.unmodifiableMap(new TreeMap<>(eventsByType));
        eventsByScenario = Collections.unmodifiableMap(new TreeMap<>(eventsByScenario));
        labelsBySource = Collections.unmodifiableMap(new TreeMap<>(labelsBySource));
        fraudsterContacts = Collections.unmodifiableSet(new TreeSet<>(fraudsterContacts));
    }

    /** Share of events that are fraud, 0 when there were no events. */
    public double fraudShare() {
        return events == 0 ? 0 : (double) fraudEvents / events;
    }

    /** Every field but the fraudster contacts, which are counted: a large run holds thousands. */
    @Override
    public String toString() {
        return "SimulationSummary[events=" + events + ", labels=" + labels + ", fraudEvents=" + fraudEvents
                + ", labelledFraudEvents=" + labelledFraudEvents + ", mislabelledLegit=" + mislabelledLegit
                + ", clearedLegit=" + clearedLegit + ", eventsByType=" + eventsByType + ", eventsByScenario="
                + eventsByScenario + ", labelsBySource=" + labelsBySource + ", fraudsterContacts="
                + fraudsterContacts.size() + "]";
    }
}
