package io.github.idfraud.demo;

import io.github.idfraud.contract.EventLogLine;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Decisions by type, detection (REVIEW or DECLINE) against the simulator's ground truth per scenario, and the tenant
 * rules that fired.
 */
final class Scoreboard {

    enum Decision { ALLOW, CHALLENGE, REVIEW, DECLINE, ERROR }

    private final Map<Decision, LongAdder> decisions = new EnumMap<>(Decision.class);
    private final Map<String, LongAdder> eventsByScenario = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> alertedByScenario = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> ruleFirings = new ConcurrentHashMap<>();
    private final LongAdder profilesKept = new LongAdder();

    Scoreboard() {
        for (Decision d : Decision.values()) {
            decisions.put(d, new LongAdder());
        }
    }

    /** Counts one answer; a bank's profile refresh is not scored, so it counts apart (unless it failed). */
    void record(EventLogLine line, Decision decision) {
        if (!line.event().type().scored() && decision != Decision.ERROR) {
            profilesKept.increment();
            return;
        }
        decisions.get(decision).increment();
        if (decision == Decision.ERROR) {
            return;
        }
        String key = line.scenario() == null ? "unknown" : line.scenario();
        eventsByScenario.computeIfAbsent(key, k -> new LongAdder()).increment();
        if (decision == Decision.REVIEW || decision == Decision.DECLINE) {
            alertedByScenario.computeIfAbsent(key, k -> new LongAdder()).increment();
        }
    }

    /** Counts the tenant rules (by reason code) that fired on one answer. */
    void rulesFired(List<String> codes) {
        codes.forEach(code -> ruleFirings.computeIfAbsent(code, k -> new LongAdder()).increment());
    }

    /** Reason code -> answers it fired on, most frequent first. */
    Map<String, Long> ruleFirings() {
        Map<String, Long> result = new LinkedHashMap<>();
        ruleFirings.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .forEach(e -> result.put(e.getKey(), e.getValue().sum()));
        return result;
    }

    /** Verified profile refreshes the scoring service kept. */
    long profilesKept() {
        return profilesKept.sum();
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
