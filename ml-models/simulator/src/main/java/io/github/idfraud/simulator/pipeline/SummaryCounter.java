package io.github.idfraud.simulator.pipeline;

import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.SimulationSummary;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts lines as they are written; arrays indexed by ordinal keep the hot path free of boxing. */
public final class SummaryCounter {

    private final long[] byType = new long[EventType.values().length];
    private final long[] byScenario = new long[Scenario.values().length];
    private final long[] profilesByScenario = new long[Scenario.values().length];
    private final long[] bySource = new long[LabelSource.values().length];
    private final Set<String> fraudsterContacts = new HashSet<>();
    private long events;
    private long labels;
    private long fraudEvents;
    private long labelledFraud;
    private long mislabelledLegit;
    private long clearedLegit;

    public void event(EventDraft draft) {
        events++;
        byType[draft.type.ordinal()]++;
        if (!draft.fraudsterContacts.isEmpty()) {
            fraudsterContacts.addAll(draft.fraudsterContacts);
        }
        if (!draft.type.scored()) {
            profilesByScenario[draft.scenario.ordinal()]++; // a profile refresh: no account event, never labelled
            return;
        }
        byScenario[draft.scenario.ordinal()]++;
        if (draft.scenario.fraud()) {
            fraudEvents++;
            if (draft.label != null) {
                labelledFraud++;
            }
        } else if (draft.label != null && draft.label.value() == LabelValue.FRAUD) {
            mislabelledLegit++;
        } else if (draft.label != null) {
            clearedLegit++;
        }
    }

    public void label(LabelSource source) {
        labels++;
        bySource[source.ordinal()]++;
    }

    public SimulationSummary summary() {
        Map<EventType, Long> types = new EnumMap<>(EventType.class);
        for (EventType t : EventType.values()) {
            types.put(t, byType[t.ordinal()]);
        }
        Map<LabelSource, Long> sources = new EnumMap<>(LabelSource.class);
        for (LabelSource s : LabelSource.values()) {
            sources.put(s, bySource[s.ordinal()]);
        }
        return new SimulationSummary(events, labels, fraudEvents, labelledFraud, mislabelledLegit, clearedLegit, types,
                byId(byScenario), sources, byId(profilesByScenario), fraudsterContacts);
    }

    private static Map<String, Long> byId(long[] countsByScenario) {
        Map<String, Long> counts = new TreeMap<>();
        for (Scenario s : Scenario.values()) {
            counts.put(s.id(), countsByScenario[s.ordinal()]);
        }
        return counts;
    }
}
