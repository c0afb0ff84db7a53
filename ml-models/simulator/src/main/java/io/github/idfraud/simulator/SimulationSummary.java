package io.github.idfraud.simulator;

import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.LabelSource;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a run wrote. Event lines are account events (what a bank sends for scoring) and verified profile refreshes
 * ({@link EventType#PROFILE_VERIFIED}, never scored); the fraud figures count account events only.
 *
 * @param events              event lines, profile refreshes included
 * @param labels              label lines
 * @param fraudEvents         account events whose scenario is not {@code legit}
 * @param labelledFraudEvents fraud events that got a FRAUD label
 * @param mislabelledLegit    legitimate events that got a FRAUD label anyway
 * @param clearedLegit        legitimate events that looked risky and got a LEGIT label (customer or analyst cleared them)
 * @param eventsByType        event lines per event type
 * @param eventsByScenario    account events per scenario name ({@code legit}, {@code account_takeover}, ...)
 * @param labelsBySource      label lines per reporting source
 * @param profilesByScenario  profile refreshes per scenario name: {@code legit} when they carry the holder's own
 *                            contact details, otherwise the scenario whose fraudster's details they carry (a bank
 *                            fooled after a takeover, or an account opened in someone else's name)
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
        Map<String, Long> profilesByScenario,
        Set<String> fraudsterContacts) {

    /** The collections are copied into sorted, unmodifiable ones, so the summary prints the same way every time. */
    public SimulationSummary {
        eventsByType = Collections.unmodifiableMap(new TreeMap<>(eventsByType));
        eventsByScenario = Collections.unmodifiableMap(new TreeMap<>(eventsByScenario));
        labelsBySource = Collections.unmodifiableMap(new TreeMap<>(labelsBySource));
        profilesByScenario = Collections.unmodifiableMap(new TreeMap<>(profilesByScenario));
        fraudsterContacts = Collections.unmodifiableSet(new TreeSet<>(fraudsterContacts));
    }

    /** Event lines a model scores: every event but the profile refreshes. */
    public long accountEvents() {
        return events - eventsByType.getOrDefault(EventType.PROFILE_VERIFIED, 0L);
    }

    /** Share of account events that are fraud, 0 when there were none. */
    public double fraudShare() {
        long scored = accountEvents();
        return scored == 0 ? 0 : (double) fraudEvents / scored;
    }

    /** Every field but the fraudster contacts, which are counted: a large run holds thousands. */
    @Override
    public String toString() {
        return "SimulationSummary[events=" + events + ", labels=" + labels + ", fraudEvents=" + fraudEvents
                + ", labelledFraudEvents=" + labelledFraudEvents + ", mislabelledLegit=" + mislabelledLegit
                + ", clearedLegit=" + clearedLegit + ", eventsByType=" + eventsByType + ", eventsByScenario="
                + eventsByScenario + ", labelsBySource=" + labelsBySource + ", profilesByScenario=" + profilesByScenario
                + ", fraudsterContacts=" + fraudsterContacts.size() + "]";
    }
}
