package io.github.idfraud.loadgen.suite;

import io.github.idfraud.harness.OpenLoopSender;
import io.github.idfraud.harness.PreparedRequest;
import io.github.idfraud.loadgen.events.RequestFactory;
import io.github.idfraud.loadgen.load.LoadRun;
import io.github.idfraud.loadgen.load.RunPlan;
import io.github.idfraud.loadgen.load.RunResult;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The suite's open-loop runs one after another: each gets fresh requests, waits for the previous one's tail to
 * settle, and prints its figures. Runs meant to overlap are {@link #prepare}d, sent together, then {@link #settled}.
 */
final class TimedRuns {

    private final SuiteSettings settings;
    private final PrintStream out;
    private int runCounter;
    private long drainMillis;

    TimedRuns(SuiteSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** A run of its own: prepares, waits for the previous run to settle, sends and prints. */
    RunResult run(OpenLoopSender sender, String endpoint, RequestFactory requests, String label, double rate,
                  double seconds) {
        Prepared prepared = prepare(endpoint, requests, label, rate, seconds);
        pause();
        RunResult result = send(sender, prepared);
        settled(List.of(result));
        return result;
    }

    /** A run's plan and bodies, rendered before anything is sent. */
    record Prepared(String endpoint, RunPlan plan, List<PreparedRequest> requests) {
    }

    Prepared prepare(String endpoint, RequestFactory requests, String label, double rate, double seconds) {
        String name = String.format(Locale.ROOT, "%s %,.0f/s", label, rate);
        RunPlan plan = new RunPlan(name, rate, Duration.ofMillis((long) (seconds * 1000)),
                Duration.ofMillis((long) (settings.requestTimeoutSeconds() * 1000)));
        return new Prepared(endpoint, plan, requests.prepare("r" + (runCounter++), plan.requests(), endpoint));
    }

    /** Sends a prepared run and prints its figures; safe to call from several threads at once. */
    RunResult send(OpenLoopSender sender, Prepared prepared) {
        RunResult result = LoadRun.run(sender, prepared.endpoint(), prepared.plan(), prepared.requests());
        out.printf(Locale.ROOT, "  %-28s %6.0f s  sent %,8d  achieved %,9.1f/s  errors %,6d  p50 %7.2f  p90 %7.2f  "
                        + "p99 %8.2f  p99.9 %8.2f  max %8.2f ms  (send lag p99 %.2f ms)%s%n",
                result.name(), result.durationSeconds(), result.requests(), result.achievedRate(), result.errors(),
                result.latencyMs().p50(), result.latencyMs().p90(), result.latencyMs().p99(), result.latencyMs().p999(),
                result.latencyMs().max(), result.sendLagMs().p99(),
                result.errors() == 0 ? "" : " " + result.errorsByStatus());
        return result;
    }

    /**
     * Notes what the runs just sent left behind: requests the generator gave up on may still be queued in the
     * service, so after errors the next run waits for them to drain. A refusal over quota (429) is an answer: nothing
     * of it is left to drain.
     */
    void settled(List<RunResult> results) {
        settled(results.stream().anyMatch(r -> r.errors() > r.outcomes().getOrDefault("429", 0L)));
    }

    /** The same for a run of another kind (the batch phase's): whether any of its requests failed. */
    void settled(boolean errors) {
        drainMillis = errors ? 2 * (long) (settings.requestTimeoutSeconds() * 1000) : 0;
    }

    /**
     * Lets the previous run's tail (GC, sockets; after errors, the requests the service still works on) settle, so
     * runs do not bleed into each other.
     */
    void pause() {
        try {
            Thread.sleep(1_000 + drainMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
