package io.github.idfraud.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OpenLoopSenderTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void sendsEachRequestAtItsIntendedTimeEvenWhenAnswersAreSlow() throws Exception {
        // 200/s for 1 s against a server that takes 100 ms per answer: a closed-loop client with few connections
        // would slow down; the open loop keeps sending every 5 ms.
        try (StubServer stub = new StubServer(64, 100, i -> 200);
             OpenLoopSender sender = stub.sender(256)) {
            // A first run warms up both ends (class loading, JIT, connections), as the suite's warm-up does.
            sender.send(200, StubServer.requests(200), TIMEOUT, AnswerListener.NONE);
            stub.arrivals.clear();
            SendResult result = sender.send(200, StubServer.requests(200), TIMEOUT, AnswerListener.NONE);

            assertThat(result.requests()).isEqualTo(200);
            assertThat(result.errors()).isZero();
            List<StubServer.Arrival> arrivals = stub.sortedArrivals();
            assertThat(arrivals).hasSize(200);
            // A request cannot arrive before its intended time, so the earliest (arrival - intended offset) is the
            // run's start as the server saw it; every other request's lateness is measured from there.
            long start = arrivals.stream().mapToLong(a -> a.nanos() - offset(a.index(), 200)).min().orElseThrow();
            double[] latenessMs = arrivals.stream()
                    .mapToDouble(a -> (a.nanos() - start - offset(a.index(), 200)) / 1e6).sorted().toArray();
            // Median and 90th percentile of the lateness, generous for a busy 2-core machine.
            assertThat(latenessMs[latenessMs.length / 2]).isLessThan(5);
            assertThat(latenessMs[latenessMs.length * 9 / 10]).isLessThan(25);
            // Every answer took about 100 ms, and latency shows it.
            assertThat(result.latencyMicros().getValueAtPercentile(50) / 1000.0).isBetween(95.0, 400.0);
        }
    }

    @Test
    void chargesQueueingDelayToLatency() throws Exception {
        // One connection, a server that needs 20 ms per request, 100 requests/s: it can serve only 50/s, so
        // request i waits behind i earlier ones. Measured from the intended send time, latency grows to about
        // 100 * 20 ms - 1 s = 1 s; measured from the actual send, every request would look like 20 ms.
        try (StubServer stub = new StubServer(1, 20, i -> 200);
             OpenLoopSender sender = stub.sender(1)) {
            SendResult result = sender.send(100, StubServer.requests(100), TIMEOUT, AnswerListener.NONE);

            assertThat(result.ok()).isEqualTo(100);
            assertThat(result.latencyMicros().getMaxValue()).isGreaterThan(900_000);
            assertThat(result.latencyMicros().getValueAtPercentile(50)).isGreaterThan(400_000);
            assertThat(result.latencyMicros().getValueAtPercentile(90))
                    .isGreaterThan(result.latencyMicros().getValueAtPercentile(50));
            // The sender itself stayed on schedule: the wait was for the server, and it is charged.
            assertThat(result.sendLagMicros().getValueAtPercentile(99)).isLessThan(100_000);
            // 100 answers over about 2 s, not the 100/s asked for.
            assertThat(result.achievedRate()).isBetween(40.0, 60.0);
        }
    }

    @Test
    void countsErrorsByStatusAndTellsTheListenerEveryAnswer() throws Exception {
        try (StubServer stub = new StubServer(8, 0, i -> i % 10 == 0 ? 503 : i % 25 == 1 ? 401 : 200);
             OpenLoopSender sender = stub.sender(16)) {
            Map<Integer, Answer> answers = new ConcurrentHashMap<>();
            SendResult result = sender.send(100, StubServer.requests(100), TIMEOUT, answers::put);

            assertThat(result.requests()).isEqualTo(100);
            assertThat(result.outcomes()).containsEntry("503", 10L).containsEntry("401", 4L).containsEntry("200", 86L);
            assertThat(result.errors()).isEqualTo(14);
            assertThat(answers).hasSize(100);
            // The stub answers every fourth request with a degraded REVIEW, the others with ALLOW.
            assertThat(answers.get(4).ok()).isTrue();
            assertThat(ScoringAnswer.decision(answers.get(4).body())).contains("REVIEW");
            assertThat(ScoringAnswer.degraded(answers.get(4).body())).isTrue();
            assertThat(ScoringAnswer.decision(answers.get(5).body())).contains("ALLOW");
            assertThat(ScoringAnswer.degraded(answers.get(5).body())).isFalse();
            assertThat(answers.get(10).outcome()).isEqualTo("503");
            assertThat(answers.get(10).ok()).isFalse();
        }
        // Nothing listens any more: every request fails on the transport, and is counted, not lost.
        try (OpenLoopSender sender = new OpenLoopSender("127.0.0.1", ChildProcess.freePort(), 4)) {
            SendResult result = sender.send(50, StubServer.requests(10), Duration.ofSeconds(2), AnswerListener.NONE);
            assertThat(result.requests()).isEqualTo(10);
            assertThat(result.errors()).isEqualTo(10);
            assertThat(result.outcomes().keySet()).noneMatch(status -> status.startsWith("2"));
        }
    }

    @Test
    void untimedRequestsLeaveWithTheNextTimedOneAndAreNotMeasured() throws Exception {
        // 20 timed requests at 50/s, and after every fifth an untimed one to another path.
        List<PreparedRequest> requests = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                requests.add(PreparedRequest.untimed("/v1/labels", "Bearer test", StubServer.body(1_000 + i)));
            }
            requests.add(PreparedRequest.timed("/v1/events", "Bearer test", StubServer.body(i)));
        }
        try (StubServer stub = new StubServer(8, 0, i -> 200);
             OpenLoopSender sender = stub.sender(8)) {
            List<Integer> told = new CopyOnWriteArrayList<>();
            SendResult result = sender.send(50, requests, TIMEOUT, (index, answer) -> told.add(index));

            assertThat(result.requests()).isEqualTo(20);
            assertThat(result.latencyMicros().getTotalCount()).isEqualTo(20);
            assertThat(result.outcomes()).containsExactly(Map.entry("200", 20L));
            assertThat(told).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 23).boxed().toList());
            List<StubServer.Arrival> arrivals = stub.sortedArrivals();
            assertThat(arrivals).filteredOn(a -> a.path().equals("/v1/labels")).extracting(StubServer.Arrival::index)
                    .containsExactly(1_005, 1_010, 1_015);
            // The whole run takes as long as its 20 timed slots: 0.4 s, not 0.46 s.
            long first = arrivals.stream().mapToLong(StubServer.Arrival::nanos).min().orElseThrow();
            long last = arrivals.stream().mapToLong(StubServer.Arrival::nanos).max().orElseThrow();
            assertThat((last - first) / 1e6).isBetween(360.0, 450.0);
        }
    }

    @Test
    void reportsProgressOnceASecondWhileSending() throws Exception {
        try (StubServer stub = new StubServer(8, 0, i -> 200);
             OpenLoopSender sender = stub.sender(8)) {
            List<long[]> reports = new CopyOnWriteArrayList<>();
            sender.send(100, StubServer.requests(250), TIMEOUT, AnswerListener.NONE,
                    p -> reports.add(new long[] {p.timedSent(), p.latencyMicros().getTotalCount(),
                            p.latestMicros().getTotalCount()}));

            assertThat(reports).hasSizeBetween(1, 3);
            assertThat(reports.get(0)[0]).isBetween(80L, 120L);
            assertThat(reports.get(0)[1]).isBetween(70L, 120L);
            // The latest figure holds only what was answered since the previous report.
            assertThat(reports.get(0)[2]).isEqualTo(reports.get(0)[1]);
            for (int i = 1; i < reports.size(); i++) {
                assertThat(reports.get(i)[2]).isEqualTo(reports.get(i)[1] - reports.get(i - 1)[1]);
            }
        }
    }

    @Test
    void warmUpReturnsOnceEveryRequestIsAnsweredOrHasFailed() throws Exception {
        try (StubServer stub = new StubServer(4, 0, i -> 200);
             OpenLoopSender sender = stub.sender(8)) {
            sender.warmUp("/q/health/ready", 6);
            assertThat(stub.warmUps).hasValue(6);
            assertThat(stub.arrivals).isEmpty();
        }
        try (OpenLoopSender sender = new OpenLoopSender("127.0.0.1", ChildProcess.freePort(), 4)) {
            sender.warmUp("/q/health/ready", 3); // refused, and done
        }
    }

    private static long offset(int index, double rate) {
        return OpenLoopSender.intendedOffsetNanos(index, rate);
    }
}
