package io.github.idfraud.loadgen.load;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.ConnectException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Open-loop load at a fixed arrival rate. A scheduler thread releases request i at its intended time
 * start + i/rate, whatever happened to earlier requests; one Vert.x event loop sends them over at most
 * {@code maxConnections} keep-alive HTTP/1.1 connections and waits for the answers. Latency is measured from the
 * intended time, so a request that waited for a free connection because the server is slow is charged that wait
 * (no coordinated omission: a stalled server cannot make the generator pause and hide the stall).
 */
public final class OpenLoopGenerator implements AutoCloseable {

    private static final long MAX_RECORDABLE_MICROS = TimeUnit.MINUTES.toMicros(10);
    private static final long START_LEAD_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final String DECISION = "\"decision\":\"";
    private static final String DEGRADED = "\"degraded\":true";

    private final Vertx vertx;
    private final HttpClient client;
    private final Context loop;
    private final HttpTarget target;

    public OpenLoopGenerator(HttpTarget target, int maxConnections) {
        this.target = target;
        // One event loop: the generator shares the machine with the service and Redis, so it stays small.
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        this.client = vertx.createHttpClient(new HttpClientOptions()
                        .setProtocolVersion(HttpVersion.HTTP_1_1)
                        .setDefaultHost(target.host())
                        .setDefaultPort(target.port())
                        .setKeepAlive(true)
                        .setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(maxConnections).setMaxWaitQueueSize(-1));
        this.loop = vertx.getOrCreateContext();
    }

    /** Runs the plan with the first {@code plan.requests()} prepared requests; blocks until every answer is in. */
    public RunResult run(RunPlan plan, PreparedRequests requests) {
        int n = plan.requests();
        if (requests.size() < n) {
            throw new IllegalArgumentException(plan.name() + " needs " + n + " requests, " + requests.size() + " prepared");
        }
        Recorder recorder = new Recorder(n);
        long start = System.nanoTime() + START_LEAD_NANOS;
        int next = 0;
        while (next < n) {
            long now = System.nanoTime();
            long due = start + plan.intendedOffsetNanos(next);
            if (due > now) {
                LockSupport.parkNanos(due - now);
                continue;
            }
            int from = next;
            while (next < n && start + plan.intendedOffsetNanos(next) <= now) {
                next++;
            }
            int to = next;
            loop.runOnContext(v -> {
                for (int i = from; i < to; i++) {
                    send(plan, requests, i, start + plan.intendedOffsetNanos(i), recorder);
                }
            });
        }
        Duration wait = plan.duration().plus(plan.timeout().multipliedBy(3)).plusSeconds(30);
        try {
            recorder.done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(plan.name() + ": answers still missing " + wait.toSeconds()
                    + " s after the run started", e);
        } catch (Exception e) {
            throw new IllegalStateException(plan.name() + " failed: " + e, e);
        }
        return recorder.result(plan, target, start);
    }

    private void send(RunPlan plan, PreparedRequests requests, int i, long intended, Recorder recorder) {
        recorder.sendLag.recordValue(clamp((System.nanoTime() - intended) / 1000));
        long timeoutMs = plan.timeout().toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setURI(target.path())
                .setConnectTimeout(timeoutMs)
                .setIdleTimeout(timeoutMs)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.AUTHORIZATION, requests.authorizations().get(i));
        client.request(options)
                .compose(request -> request.send(requests.bodies().get(i)))
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), body.toString())))
                .onComplete(answer -> recorder.answered(intended, answer));
    }

    private static long clamp(long micros) {
        return Math.max(0, Math.min(micros, MAX_RECORDABLE_MICROS));
    }

    @Override
    public void close() {
        try {
            client.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // Best effort: the Vert.x instance below closes the connections anyway.
        }
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // Best effort on shutdown.
        }
    }

    /** An HTTP answer: its status and body. */
    private record Answer(int status, String body) {
    }

    /** Everything a run records; touched only on the generator's event loop until {@link #done} completes. */
    private static final class Recorder {
        final Histogram latency = new Histogram(MAX_RECORDABLE_MICROS, 3);
        final Histogram sendLag = new Histogram(MAX_RECORDABLE_MICROS, 3);
        final Map<String, Long> outcomes = new HashMap<>();
        final Map<String, Long> decisions = new HashMap<>();
        long degraded;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final int expected;
        long answered;
        long ok;
        long lastAnswerNanos;

        Recorder(int expected) {
            this.expected = expected;
        }

        void answered(long intended, AsyncResult<Answer> answer) {
            long now = System.nanoTime();
            latency.recordValue(clamp((now - intended) / 1000));
            String outcome = answer.succeeded() ? String.valueOf(answer.result().status()) : classify(answer.cause());
            outcomes.merge(outcome, 1L, Long::sum);
            if (outcome.startsWith("2")) {
                ok++;
                read(answer.result().body());
            }
            lastAnswerNanos = now;
            if (++answered == expected) {
                done.complete(null);
            }
        }

        /** Tallies the decision of a scoring answer and whether it was degraded (scored without its windows). */
        private void read(String body) {
            int at = body.indexOf(DECISION);
            if (at >= 0) {
                int from = at + DECISION.length();
                int to = body.indexOf('"', from);
                if (to > from) {
                    decisions.merge(body.substring(from, to), 1L, Long::sum);
                }
            }
            if (body.contains(DEGRADED)) {
                degraded++;
            }
        }

        RunResult result(RunPlan plan, HttpTarget target, long start) {
            double window = Math.max(lastAnswerNanos - start, 1) / 1e9;
            double achieved = Math.round(ok / window * 10) / 10.0;
            return new RunResult(plan.name(), target.path(), plan.rate(), plan.duration().toMillis() / 1000.0,
                    achieved, expected, ok, expected - ok, new TreeMap<>(outcomes), new TreeMap<>(decisions), degraded,
                    LatencySummary.ofMicros(latency), LatencySummary.ofMicros(sendLag));
        }

        private static String classify(Throwable failure) {
            if (failure instanceof TimeoutException || failure instanceof io.netty.handler.timeout.TimeoutException
                    || (failure.getMessage() != null && failure.getMessage().toLowerCase().contains("timeout"))) {
                return "timeout";
            }
            if (failure instanceof ConnectException) {
                return "connection refused";
            }
            return "transport: " + failure.getClass().getSimpleName();
        }
    }
}
