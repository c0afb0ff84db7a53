package io.github.idfraud.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.EventLogLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.HdrHistogram.Recorder;

/**
 * Sends an event log through the real HTTP API. History goes as fast as a bounded window allows; the live part
 * is sent at a steady rate, open loop: each event leaves at its planned time and its latency counts from then,
 * so a slow server cannot hide its delay. History labels wait until every earlier event has been answered.
 */
final class StreamReplayer {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = ContractJson.newMapper();
    private final String baseUrl;
    private final Map<String, String> tenantKeys;
    private final Scoreboard scoreboard;
    private final Console console;
    private final Recorder latencies = new Recorder(3);
    private final org.HdrHistogram.Histogram liveLatency = new org.HdrHistogram.Histogram(3);
    private final AtomicLong inFlight = new AtomicLong();

    StreamReplayer(String baseUrl, Map<String, String> tenantKeys, Scoreboard scoreboard, Console console) {
        this.baseUrl = baseUrl;
        this.tenantKeys = tenantKeys;
        this.scoreboard = scoreboard;
        this.console = console;
    }

    /** Replays history with at most {@code window} requests in flight. */
    void history(List<EventLogLine> lines, int window) throws InterruptedException {
        Semaphore permits = new Semaphore(window);
        long started = System.nanoTime();
        long sent = 0;
        for (EventLogLine line : lines) {
            if (!line.isEvent()) {
                permits.acquire(window); // every earlier event answered: the label finds its event
                sendLabel(line);
                permits.release(window);
                continue;
            }
            permits.acquire();
            sendEvent(line, System.nanoTime(), false).whenComplete((r, e) -> permits.release());
            if (++sent % 2000 == 0) {
                console.progress(String.format("history  %,d / %,d lines  %,.0f events/s", sent, lines.size(),
                        sent / ((System.nanoTime() - started) / 1e9)));
            }
        }
        permits.acquire(window);
        permits.release(window);
        console.line(String.format("history  %,d lines replayed in %.1f s", lines.size(), (System.nanoTime() - started) / 1e9));
    }

    /** Sends events at {@code rate} per second, open loop, with a progress line each second. */
    void live(List<EventLogLine> lines, int rate, LongSupplier casesOpened) throws InterruptedException {
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long nextReport = start + 1_000_000_000L;
        long sent = 0;
        for (EventLogLine line : lines) {
            if (!line.isEvent()) {
                // Live labels are about events answered long ago: send them beside the stream, never blocking it.
                http.sendAsync(post("/v1/labels", line.tenant(), write(line.label())), HttpResponse.BodyHandlers.discarding());
                continue;
            }
            long planned = start + sent * intervalNanos;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            sendEvent(line, planned, true);
            sent++;
            if (System.nanoTime() >= nextReport) {
                var interval = latencies.getIntervalHistogram();
                liveLatency.add(interval);
                console.progress(String.format("live  %,d events  %,.0f events/s  decisions %,d  p50 %.1f ms  p99 %.1f ms  cases %,d",
                        sent, sent / ((System.nanoTime() - start) / 1e9), scoreboard.scored(),
                        liveLatency.getValueAtPercentile(50) / 1000.0, liveLatency.getValueAtPercentile(99) / 1000.0,
                        casesOpened.getAsLong()));
                nextReport += 1_000_000_000L;
            }
        }
        awaitInFlight();
        liveLatency.add(latencies.getIntervalHistogram());
        console.line(String.format("live  %,d events sent at %,d events/s", sent, rate));
    }

    /** Latency of live events in microseconds. */
    org.HdrHistogram.Histogram liveLatency() {
        return liveLatency;
    }

    private void awaitInFlight() throws InterruptedException {
        while (inFlight.get() > 0) {
            Thread.sleep(2);
        }
    }

    private CompletableFuture<Void> sendEvent(EventLogLine line, long plannedNanos, boolean timed) {
        inFlight.incrementAndGet();
        return http.sendAsync(post("/v1/events", line.tenant(), write(line.event())), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    if (timed) {
                        latencies.recordValue(Math.max(1, (System.nanoTime() - plannedNanos) / 1000));
                    }
                    scoreboard.record(line.scenario(), decisionOf(response, failure));
                    inFlight.decrementAndGet();
                    return null;
                });
    }

    private void sendLabel(EventLogLine line) {
        try {
            http.send(post("/v1/labels", line.tenant(), write(line.label())), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpRequest post(String path, String tenant, String body) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + tenantKeys.get(tenant))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private Scoreboard.Decision decisionOf(HttpResponse<String> response, Throwable failure) {
        if (failure != null || response.statusCode() != 200) {
            return Scoreboard.Decision.ERROR;
        }
        try {
            return Scoreboard.Decision.valueOf(json.readTree(response.body()).path("decision").asText("ERROR"));
        } catch (IOException | IllegalArgumentException e) {
            return Scoreboard.Decision.ERROR;
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
