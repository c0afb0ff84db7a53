package io.github.idfraud.harness;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.ConnectException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Open-loop requests at a fixed arrival rate (or on an {@link ArrivalSchedule}). A scheduler thread releases timed
 * request i at its intended time start + i/rate, whatever happened to earlier requests; one Vert.x event loop sends
 * them over at most {@code maxConnections} keep-alive HTTP/1.1 connections and waits for the answers. Latency is measured from the
 * intended time into an HdrHistogram, so a request that waited for a free connection because the server is slow is
 * charged that wait (no coordinated omission: a stalled server cannot make the sender pause and hide the stall).
 */
public final class OpenLoopSender implements AutoCloseable {

    private static final long MAX_RECORDABLE_MICROS = TimeUnit.MINUTES.toMicros(10);
    private static final long START_LEAD_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Vertx vertx;
    private final HttpClient client;
    private final Context loop;

    /** @param maxConnections keep-alive connections to {@code host:port}; requests beyond them wait (and are charged) */
    public OpenLoopSender(String host, int port, int maxConnections) {
        // One event loop: the sender shares the machine with the service and Redis, so it stays small.
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        this.client = vertx.createHttpClient(new HttpClientOptions()
                        .setProtocolVersion(HttpVersion.HTTP_1_1)
                        .setDefaultHost(host)
                        .setDefaultPort(port)
                        .setKeepAlive(true)
                        .setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(maxConnections).setMaxWaitQueueSize(-1));
        this.loop = vertx.getOrCreateContext();
    }

    /**
     * Sends {@code requests} concurrent {@code GET path} and waits for their answers, whatever they are: the HTTP
     * stack is loaded and that many connections are open before anything is timed. For a sender whose first run is
     * measured (the suite instead warms up with untimed runs at a climbing rate).
     */
    public void warmUp(String path, int requests) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger left = new AtomicInteger(requests);
        loop.runOnContext(v -> {
            for (int i = 0; i < requests; i++) {
                client.request(new RequestOptions().setMethod(HttpMethod.GET).setURI(path))
                        .compose(request -> request.send().compose(HttpClientResponse::body))
                        .onComplete(answer -> {
                            if (left.decrementAndGet() == 0) {
                                done.complete(null);
                            }
                        });
            }
        });
        try {
            done.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("warm-up requests to " + path + " unanswered after 30 s: " + e, e);
        }
    }

    /** Intended send time of the {@code slot}-th timed request at a fixed rate, in nanoseconds after the run's start. */
    public static long intendedOffsetNanos(long slot, double ratePerSecond) {
        return ArrivalSchedule.fixedRate(ratePerSecond).offsetNanos(slot);
    }

    /** {@link #send(double, List, Duration, AnswerListener, Consumer)} without progress reports. */
    public SendResult send(double ratePerSecond, List<PreparedRequest> requests, Duration timeout,
                           AnswerListener listener) {
        return send(ratePerSecond, requests, timeout, listener, null);
    }

    /**
     * Sends every request, timed ones at {@code ratePerSecond}, and blocks until every answer is in.
     *
     * @param timeout  how long a request may wait for a connection, and then for its answer, before it fails
     * @param listener told of each answer on the event loop
     * @param progress called once a second from a thread of its own while requests are being released; may be null
     */
    public SendResult send(double ratePerSecond, List<PreparedRequest> requests, Duration timeout,
                           AnswerListener listener, Consumer<Progress> progress) {
        return send(ArrivalSchedule.fixedRate(ratePerSecond), requests, timeout, listener, progress);
    }

    /**
     * Sends every request, timed ones when {@code schedule} intends them (a rate that changes during the run, e.g.
     * a burst), and blocks until every answer is in. The rest as {@link #send(double, List, Duration,
     * AnswerListener, Consumer)}.
     */
    public SendResult send(ArrivalSchedule schedule, List<PreparedRequest> requests, Duration timeout,
                           AnswerListener listener, Consumer<Progress> progress) {
        int n = requests.size();
        // slot[i]: timed requests before i; an untimed request leaves with the next timed one.
        int[] slot = new int[n + 1];
        for (int i = 0; i < n; i++) {
            slot[i + 1] = slot[i] + (requests.get(i).timed() ? 1 : 0);
        }
        Run run = new Run(n, slot[n]);
        long start = System.nanoTime() + START_LEAD_NANOS;
        ScheduledExecutorService reporter = progress == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "open-loop-progress");
            thread.setDaemon(true);
            return thread;
        });
        if (reporter != null) {
            reporter.scheduleAtFixedRate(() -> progress.accept(run.progress(start)), 1, 1, TimeUnit.SECONDS);
        }
        try {
            int next = 0;
            while (next < n) {
                long now = System.nanoTime();
                long due = start + schedule.offsetNanos(slot[next]);
                if (due > now) {
                    LockSupport.parkNanos(due - now);
                    continue;
                }
                int from = next;
                while (next < n && start + schedule.offsetNanos(slot[next]) <= now) {
                    next++;
                }
                int to = next;
                run.released = slot[to];
                loop.runOnContext(v -> {
                    for (int i = from; i < to; i++) {
                        send(requests.get(i), i, start + schedule.offsetNanos(slot[i]), timeout, run,
                                listener);
                    }
                });
            }
        } finally {
            if (reporter != null) {
                reporter.shutdown(); // no further reports; one under way finishes
                awaitTermination(reporter);
            }
        }
        Duration wait = Duration.ofNanos(schedule.offsetNanos(slot[n])).plus(timeout.multipliedBy(3))
                .plusSeconds(30);
        try {
            run.done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("answers still missing " + wait.toSeconds() + " s after the run started", e);
        } catch (Exception e) {
            throw new IllegalStateException("the run failed: " + e, e);
        }
        return run.result(start);
    }

    private void send(PreparedRequest request, int index, long intended, Duration timeout, Run run,
                      AnswerListener listener) {
        if (request.timed()) {
            run.sendLag.recordValue(clamp((System.nanoTime() - intended) / 1000));
        }
        long timeoutMs = timeout.toMillis();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setURI(request.path())
                .setConnectTimeout(timeoutMs)
                .setIdleTimeout(timeoutMs)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.AUTHORIZATION, request.authorization());
        client.request(options)
                .compose(sent -> sent.send(request.body()))
                .compose(response -> response.body().map(body -> new Reply(response.statusCode(), body.toString())))
                .onComplete(reply -> run.answered(index, request.timed(), intended, reply, listener));
    }

    private static long clamp(long micros) {
        return Math.max(0, Math.min(micros, MAX_RECORDABLE_MICROS));
    }

    private static void awaitTermination(ScheduledExecutorService executor) {
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
    private record Reply(int status, String body) {
    }

    /**
     * Everything a run records. Answers are counted on the event loop only; latency goes through an HdrHistogram
     * {@link Recorder} so the progress thread can read it while the run goes on.
     */
    private static final class Run {
        final Recorder latency = new Recorder(MAX_RECORDABLE_MICROS, 3);
        final Histogram latencyTotal = new Histogram(MAX_RECORDABLE_MICROS, 3);
        final Histogram sendLag = new Histogram(MAX_RECORDABLE_MICROS, 3);
        final Map<String, Long> outcomes = new HashMap<>();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final int expected;
        final int timed;
        volatile long released;
        Histogram interval;
        long answered;
        long ok;
        long lastTimedAnswerNanos;

        Run(int expected, int timed) {
            this.expected = expected;
            this.timed = timed;
            if (expected == 0) {
                done.complete(null);
            }
        }

        void answered(int index, boolean isTimed, long intended, AsyncResult<Reply> reply, AnswerListener listener) {
            long now = System.nanoTime();
            long micros = clamp((now - intended) / 1000);
            String outcome = reply.succeeded() ? String.valueOf(reply.result().status()) : classify(reply.cause());
            if (isTimed) {
                latency.recordValue(micros);
                outcomes.merge(outcome, 1L, Long::sum);
                if (outcome.startsWith("2")) {
                    ok++;
                }
                lastTimedAnswerNanos = now;
            }
            try {
                listener.answered(index, new Answer(outcome, reply.succeeded() ? reply.result().body() : "", micros));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
            if (++answered == expected) {
                done.complete(null);
            }
        }

        synchronized Progress progress(long start) {
            collect();
            return new Progress(released, (System.nanoTime() - start) / 1e9, latencyTotal, interval);
        }

        /** Moves what was recorded since the last call into the run's total. */
        private synchronized void collect() {
            interval = latency.getIntervalHistogram(interval);
            latencyTotal.add(interval);
        }

        SendResult result(long start) {
            collect();
            double window = Math.max(lastTimedAnswerNanos - start, 1) / 1e9;
            double achieved = Math.round(ok / window * 10) / 10.0;
            return new SendResult(timed, ok, new TreeMap<>(outcomes), achieved, latencyTotal, sendLag);
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
