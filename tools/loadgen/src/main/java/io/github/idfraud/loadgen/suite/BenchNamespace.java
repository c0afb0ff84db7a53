package io.github.idfraud.loadgen.suite;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Names that are this suite run's alone: the feature key prefix, streams and database, so a benchmark never reads
 * or writes real data even when it shares a Redis or PostgreSQL with a running system.
 */
public record BenchNamespace(String id) {

    /** Every key a suite run creates in Redis, whatever its id: feature keys, memory probe keys, streams. */
    static final Pattern ANY_RUN_KEY = Pattern.compile(
            "bench-(mem-)?[0-9a-f]{8}:.*|bench-(alerts|labels|case-alerts|case-alerts-dead|case-labels)-[0-9a-f]{8}");

    public static BenchNamespace random() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return new BenchNamespace(HexFormat.of().formatHex(bytes));
    }

    public String featurePrefix() {
        return "bench-" + id + ":";
    }

    public String memoryProbePrefix() {
        return "bench-mem-" + id + ":";
    }

    public String alertsStream() {
        return "bench-alerts-" + id;
    }

    public String labelsStream() {
        return "bench-labels-" + id;
    }

    public String caseAlertsStream() {
        return "bench-case-alerts-" + id;
    }

    public String caseDeadLetterStream() {
        return "bench-case-alerts-dead-" + id;
    }

    public String caseLabelsStream() {
        return "bench-case-labels-" + id;
    }

    public String caseDatabase() {
        return "bench_cases_" + id;
    }

    /** True for a key some suite run created and this one did not (left behind by an interrupted run). */
    public boolean isLeftover(String key) {
        return ANY_RUN_KEY.matcher(key).matches() && !key.contains(id);
    }

    public String eventIdPrefix() {
        return "bench-" + id;
    }
}
