package io.github.idfraud.demo;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Decisions by type, and detection (REVIEW or DECLINE) against the simulator's ground truth per scenario. */
final class Scoreboard {

    enum Decision { ALLOW, CHALLENGE, REVIEW, DECLINE, ERROR }

    private final Map<Decision, LongAdder> decisions = new EnumMap<>(Decision.class);
    private final Map<String, LongAdder> eventsByScenario = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> alertedByScenario = new ConcurrentHashMap<>();

    Scoreboard() {
        for (Decision d : Decision.values()) {
            decisions.put(d, new LongAdder());
        }
    }

    void record(String scenario, Decision decision) {
        decisions.get(decision).increment();
        if (decision == Decision.ERROR) {
            return;
        }
        String key = scenario == null ? "unknown" : scenario;
        eventsByScenario.computeIfAbsent(key, k -> new LongAdder()).increment();
        if (decision == Decision.REVIEW || decision == Decision.DECLINE) {
            alertedByScenario.computeIfAbsent(key, k -> new LongAdder()).increment();
        }
    }

    long scored() {
        return decisions.entrySet().stream().filter(e -> e.getKey() != Decision.ERROR).mapToLong(e -> e.getValue().sum()).sum();
    }

    long count(Decision decision) {
        return decisions.get(decision).sum();
    }

    /** scenario -> {events, alerted}, sorted by name. */
    Map<String, long[]> byScenario() {
        Map<String, long[]> result = new TreeMap<>();
        eventsByScenario.forEach((scenario, events) -> result.put(scenario,
                new long[] {events.sum(), alertedByScenario.getOrDefault(scenario, new LongAdder()).sum()}));
        return result;
    }

    /** Share of alerted events that were fraud in truth. */
    double precision() {
        long alerted = 0;
        long fraudAlerted = 0;
        for (var entry : byScenario().entrySet()) {
            alerted += entry.getValue()[1];
            if (!"legit".equals(entry.getKey())) {
                fraudAlerted += entry.getValue()[1];
            }
        }
        return alerted == 0 ? 0 : (double) fraudAlerted / alerted;
    }
}
