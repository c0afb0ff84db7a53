package io.github.idfraud.testsupport.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Sends generated requests one after another and checks what must hold for every one: no 5xx, a refusal where one
 * is due, a refusal of the right shape, no stack trace and none of the hostile input echoed back, and nothing
 * changed by a refused request or by any read (the tenant's {@code fingerprint} is compared after each request).
 * Failures are collected, so one run reports every kind of bug it met; counts are kept per endpoint.
 */
public final class FuzzRun {

    /** What the contract requires of the service for one input. */
    public enum Expect {
        /** A 4xx. */
        REFUSAL,
        /** A 2xx: a valid request, or one changed in a way the contract allows. */
        ANSWER,
        /** Either, as long as it is not a 5xx (the contract leaves the choice to the service). */
        EITHER
    }

    /**
     * One generated input: which endpoint, what was mutated, what the service must answer, the field a 400 must name
     * (a JSON path, or null when none can be named), and the hostile values no answer may repeat.
     */
    public record Input(String endpoint, String mutation, FuzzHttp.Request request, Expect expect, String field,
                        List<String> hostileValues) {

        public Input {
            hostileValues = hostileValues.stream().filter(Objects::nonNull).toList();
        }

        /** An input that must be refused, or may be either answered or refused; no field named. */
        public Input(String endpoint, String mutation, FuzzHttp.Request request, boolean mustRefuse,
                     List<String> hostileValues) {
            this(endpoint, mutation, request, mustRefuse ? Expect.REFUSAL : Expect.EITHER, null, hostileValues);
        }

        public boolean mustRefuse() {
            return expect == Expect.REFUSAL;
        }

        public boolean isRead() {
            return request.method().equals("GET") || request.method().equals("HEAD");
        }
    }

    /** Per endpoint: inputs sent, accepted (2xx), refused (4xx), server errors (5xx), and each status's count. */
    public static final class Counts {
        public int inputs;
        public int accepted;
        public int refused;
        public int serverErrors;
        public final Map<Integer, Integer> statuses = new TreeMap<>();
    }

    /** The seed of a run unless {@code -Dfuzz.seed=N} names another. */
    private static final String DEFAULT_SEED = "20261203";
    /** Bodies may echo a hostile value only if it is too short to mean anything ("-1", "null"). */
    private static final int ECHO_MIN_LENGTH = 6;
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Caused by: |\\w+(Exception|Error): ");
    private static final int MAX_REPORTED = 40;

    private final String seed;
    private final FuzzHttp http;
    private final Supplier<String> fingerprint;
    private final BiFunction<Input, FuzzHttp.Response, String> refusalShape;
    private final Map<String, Counts> counts = new TreeMap<>();
    /** Failures by kind (endpoint, mutation, broken rule): how many, and the first example. */
    private final Map<String, Integer> failureCounts = new LinkedHashMap<>();
    private final Map<String, String> failureExamples = new LinkedHashMap<>();
    private int failureCount;
    private long sendingNanos;
    private long checkingNanos;
    private long generatingNanos;
    private long runningNanos;
    private String lastFingerprint;

    /**
     * @param refusalShape what is wrong with the shape of a 4xx (content type, body), or null when it is right
     */
    public FuzzRun(String seed, FuzzHttp http, Supplier<String> fingerprint,
            BiFunction<Input, FuzzHttp.Response, String> refusalShape) {
        this.seed = seed;
        this.http = http;
        this.fingerprint = fingerprint;
        this.refusalShape = refusalShape;
        this.lastFingerprint = fingerprint.get();
    }

    /** {@code -Dfuzz.seed=N}, or the default seed: the same seed draws the same inputs. */
    public static String seed() {
        return System.getProperty("fuzz.seed", DEFAULT_SEED);
    }

    /**
     * Draws {@code count} inputs from {@code inputs} with this run's seed and sends each in turn; {@code after} sees
     * every input with its answer (to count what was stored, or {@link #resync} after a change made on purpose).
     */
    public void sendAll(Gen<Input> inputs, int count, BiConsumer<Input, FuzzHttp.Response> after) {
        long started = System.nanoTime();
        try {
            Random random = new Random(Long.parseLong(seed));
            for (int i = 0; i < count; i++) {
                long drawing = System.nanoTime();
                Input input = inputs.draw(random);
                generatingNanos += System.nanoTime() - drawing;
                after.accept(input, send(input));
            }
        } finally {
            runningNanos += System.nanoTime() - started;
        }
    }

    public FuzzHttp.Response send(Input input) {
        long started = System.nanoTime();
        FuzzHttp.Response response = http.send(input.request());
        long sent = System.nanoTime();
        sendingNanos += sent - started;
        String now = fingerprint.get();
        checkingNanos += System.nanoTime() - sent;
        String change = now.equals(lastFingerprint) ? null : difference(lastFingerprint, now);
        lastFingerprint = now;
        Counts endpoint = counts.computeIfAbsent(input.endpoint(), name -> new Counts());
        endpoint.inputs++;
        endpoint.statuses.merge(response.status(), 1, Integer::sum);
        int status = response.status();
        if (status >= 200 && status < 300) {
            endpoint.accepted++;
        } else if (status >= 400 && status < 500) {
            endpoint.refused++;
        } else if (status >= 500) {
            endpoint.serverErrors++;
        }
        check(input, response, change);
        return response;
    }

    /** Counts per endpoint, for the run's summary line. */
    public Map<String, Counts> counts() {
        return counts;
    }

    public int inputs() {
        return counts.values().stream().mapToInt(c -> c.inputs).sum();
    }

    /** Re-reads the fingerprint after a change made outside {@link #send} (a page opened to get a CSRF cookie). */
    public void resync() {
        lastFingerprint = fingerprint.get();
    }

    public String summary() {
        StringBuilder out = new StringBuilder(String.format("fuzz seed %s: %d inputs in %.1f s (%.1f s generating,"
                + " %.1f s sending, %.1f s reading the stored state)%n", seed, inputs(), runningNanos / 1e9,
                generatingNanos / 1e9, sendingNanos / 1e9, checkingNanos / 1e9));
        counts.forEach((name, c) -> out.append(String.format("  %-28s %5d inputs, %5d accepted, %5d refused, %d 5xx %s%n",
                name, c.inputs, c.accepted, c.refused, c.serverErrors, c.statuses)));
        return out.toString();
    }

    /** Fails with every collected failure (up to {@value #MAX_REPORTED} shown) and the seed to repeat the run. */
    public void assertNoFailures() {
        if (failureCount > 0) {
            StringBuilder report = new StringBuilder(failureCount + " of " + inputs() + " inputs broke a rule (fuzz seed "
                    + seed + ", rerun with -Dfuzz.seed=" + seed + "); by kind, with the first example:\n");
            failureCounts.forEach((kind, count) -> report.append("- ").append(count).append(" x ").append(kind)
                    .append("\n    ").append(failureExamples.get(kind)).append('\n'));
            throw new AssertionError(report + summary());
        }
    }

    /** @param change what changed in the stored state during this request, or null */
    private void check(Input input, FuzzHttp.Response response, String change) {
        int status = response.status();
        if (status >= 500) {
            fail(input, response, "a server error");
        } else if (status < 200 || (status >= 300 && status < 400)) {
            fail(input, response, "neither an answer nor a refusal");
        } else if (status < 300) {
            if (input.mustRefuse()) {
                fail(input, response, "accepted, but must be refused");
            } else if (input.isRead() && change != null) {
                fail(input, response, "a read changed stored state: " + change);
            }
        } else if (!refusedByHttpServer(response)) {
            String shape = refusalShape.apply(input, response);
            if (shape != null) {
                fail(input, response, shape);
            }
        }
        if (status >= 400 && input.expect() == Expect.ANSWER) {
            fail(input, response, "refused, but must be answered");
        }
        if (status >= 400 && status < 500) {
            if (change != null) {
                fail(input, response, "refused, but stored state changed: " + change);
            }
            for (String value : input.hostileValues()) {
                if (value.strip().length() >= ECHO_MIN_LENGTH && response.body().contains(value)) {
                    fail(input, response, "the refusal echoes the input " + FuzzHttp.abbreviate(value, 60));
                }
            }
        }
        if (STACK_TRACE.matcher(response.body()).find()) {
            fail(input, response, "the body shows an exception");
        }
    }

    /** The first part of the fingerprint that differs, before and after. */
    private static String difference(String before, String after) {
        String[] was = String.valueOf(before).split("[,|]");
        String[] is = String.valueOf(after).split("[,|]");
        for (int i = 0; i < Math.max(was.length, is.length); i++) {
            String a = i < was.length ? was[i] : "(none)";
            String b = i < is.length ? is[i] : "(none)";
            if (!a.equals(b)) {
                return FuzzHttp.abbreviate(a, 120) + " -> " + FuzzHttp.abbreviate(b, 120);
            }
        }
        return "(reordered)";
    }

    /**
     * A request line or headers beyond the HTTP server's limits (4 KiB, 20 KiB) are refused by Vert.x itself with a
     * bare 414 or 431, before any of the service's code could shape the answer; the one exception to the refusal
     * shapes, counted in the status histogram.
     */
    public static boolean refusedByHttpServer(FuzzHttp.Response response) {
        return (response.status() == 414 || response.status() == 431) && response.body().isEmpty();
    }

    private void fail(Input input, FuzzHttp.Response response, String rule) {
        failureCount++;
        String kind = input.endpoint() + " / " + input.mutation() + ": "
                + rule.replaceFirst(" the input .*", "").replaceFirst("changed: .*", "changed");
        if (failureCounts.size() < MAX_REPORTED || failureCounts.containsKey(kind)) {
            failureCounts.merge(kind, 1, Integer::sum);
            failureExamples.putIfAbsent(kind, rule + "\n    " + FuzzHttp.abbreviate(input.request().describe(), 600) + "\n    -> "
                    + response.status() + " " + response.contentType() + " " + FuzzHttp.abbreviate(response.body(), 300));
        }
    }
}
