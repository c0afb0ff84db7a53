package io.github.idfraud.loadgen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenLoopGeneratorTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void sendsEachRequestAtItsIntendedTimeEvenWhenAnswersAreSlow() throws Exception {
        // 200/s for 1 s against a server that takes 100 ms per answer: a closed-loop client with few connections
        // would slow down; the open loop keeps sending every 5 ms.
        try (StubServer stub = new StubServer(64, 100, i -> 200);
             OpenLoopGenerator generator = new OpenLoopGenerator(stub.target(), 256)) {
            RunPlan plan = new RunPlan("timing", 200, Duration.ofSeconds(1), TIMEOUT);
            // A first run warms up both ends (class loading, JIT, connections), as the suite's warm-up does.
            generator.run(plan, StubServer.requests(plan.requests()));
            stub.arrivals.clear();
            RunResult result = generator.run(plan, StubServer.requests(plan.requests()));

            assertThat(result.requests()).isEqualTo(200);
            assertThat(result.errors()).isZero();
            List<StubServer.Arrival> arrivals = stub.sortedArrivals();
            assertThat(arrivals).hasSize(200);
            // A request cannot arrive before its intended time, so the earliest (arrival - intended offset) is the
            // run's start as the server saw it; every other request's lateness is measured from there.
            long start = arrivals.stream().mapToLong(a -> a.nanos() - plan.intendedOffsetNanos(a.index())).min().orElseThrow();
            double[] latenessMs = arrivals.stream()
                    .mapToDouble(a -> (a.nanos() - start - plan.intendedOffsetNanos(a.index())) / 1e6).sorted().toArray();
            // Median and 90th percentile of the lateness, generous for a busy 2-core machine.
            assertThat(latenessMs[latenessMs.length / 2]).isLessThan(5);
            assertThat(latenessMs[latenessMs.length * 9 / 10]).isLessThan(25);
            // Every answer took about 100 ms, and latency shows it.
            assertThat(result.latencyMs().p50()).isBetween(95.0, 400.0);
        }
    }

    @Test
    void chargesQueueingDelayToLatency() throws Exception {
        // One connection, a server that needs 20 ms per request, 100 requests/s: it can serve only 50/s, so
        // request i waits behind i earlier ones. Measured from the intended send time, latency grows to about
        // 100 * 20 ms - 1 s = 1 s; measured from the actual send, every request would look like 20 ms.
        try (StubServer stub = new StubServer(1, 20, i -> 200);
             OpenLoopGenerator generator = new OpenLoopGenerator(stub.target(), 1)) {
            RunPlan plan = new RunPlan("queueing", 100, Duration.ofSeconds(1), TIMEOUT);
            RunResult result = generator.run(plan, StubServer.requests(plan.requests()));

            assertThat(result.ok()).isEqualTo(100);
            assertThat(result.latencyMs().max()).isGreaterThan(900);
            assertThat(result.latencyMs().p50()).isGreaterThan(400);
            assertThat(result.latencyMs().p90()).isGreaterThan(result.latencyMs().p50());
            // The generator itself stayed on schedule: the wait was for the server, and it is charged.
            assertThat(result.sendLagMs().p99()).isLessThan(100);
            // 100 answers over about 2 s, not the 100/s asked for.
            assertThat(result.achievedRate()).isBetween(40.0, 60.0);
        }
    }

    @Test
    void countsErrorsByStatusAndTransportFailures() throws Exception {
        try (StubServer stub = new StubServer(8, 0, i -> i % 10 == 0 ? 503 : i % 25 == 1 ? 401 : 200);
             OpenLoopGenerator generator = new OpenLoopGenerator(stub.target(), 16)) {
            RunPlan plan = new RunPlan("errors", 100, Duration.ofSeconds(1), TIMEOUT);
            RunResult result = generator.run(plan, StubServer.requests(plan.requests()));

            assertThat(result.requests()).isEqualTo(100);
            assertThat(result.errorsByStatus()).containsEntry("503", 10L).containsEntry("401", 4L).hasSize(2);
            assertThat(result.errors()).isEqualTo(14);
            assertThat(result.outcomes()).containsEntry("200", 86L);
            // Indexes 0, 10, 20, ... are 503s; of the 86 answered, those with index % 4 == 0 are degraded REVIEWs.
            long reviews = java.util.stream.IntStream.range(0, 100)
                    .filter(i -> i % 10 != 0 && i % 25 != 1 && i % 4 == 0).count();
            assertThat(result.decisions()).containsEntry("REVIEW", reviews).containsEntry("ALLOW", 86 - reviews);
            assertThat(result.degraded()).isEqualTo(reviews);
        }
        // Nothing listens any more: every request fails on the transport, and is counted, not lost.
        HttpTarget closed = new HttpTarget("127.0.0.1", io.github.idfraud.harness.ChildProcess.freePort(), "/v1/events");
        try (OpenLoopGenerator generator = new OpenLoopGenerator(closed, 4)) {
            RunResult result = generator.run(new RunPlan("refused", 50, Duration.ofMillis(200), Duration.ofSeconds(2)),
                    StubServer.requests(10));
            assertThat(result.requests()).isEqualTo(10);
            assertThat(result.errors()).isEqualTo(10);
            assertThat(result.outcomes().keySet()).noneMatch(status -> status.startsWith("2"));
        }
    }

    @Test
    void planSpacesRequestsEvenly() {
        RunPlan plan = new RunPlan("plan", 1_000, Duration.ofSeconds(60), TIMEOUT);
        assertThat(plan.requests()).isEqualTo(60_000);
        assertThat(plan.intendedOffsetNanos(0)).isZero();
        assertThat(plan.intendedOffsetNanos(1)).isEqualTo(1_000_000);
        assertThat(plan.intendedOffsetNanos(59_999)).isEqualTo(59_999_000_000L);
        assertThat(Arrays.asList(new RunPlan("tiny", 3, Duration.ofMillis(100), TIMEOUT).requests())).containsExactly(1);
    }
}
