package io.github.idfraud.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.Decision;
import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.Reason;
import io.github.idfraud.contract.ReasonSource;
import io.github.idfraud.harness.OpenLoopSender;
import io.github.idfraud.harness.PreparedRequest;
import io.github.idfraud.harness.ScoringAnswer;
import io.github.idfraud.harness.SendResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;

/**
 * Sends an event log through the real HTTP API. History goes as fast as a bounded window allows; the live part
 * is sent at a steady rate by the harness's {@link OpenLoopSender}: each event leaves at its planned time and its
 * latency counts from then, so a slow server cannot hide its delay. History labels wait until every earlier event
 * has been answered.
 */
final class StreamReplayer {

    private static final String EVENTS = "/v1/events";
    private static final String LABELS = "/v1/labels";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /**
     * Warm-up requests only need an answer from the service port: its root answers 404, touching neither the API
     * keys' failed-authentication count nor the management port (where health lives).
     */
    private static final String WARM_UP = "/";
    /**
     * Keep-alive connections of the live sender, all opened before the stream so its first events do not pay for
     * connecting; at the demo's rates a handful are busy.
     */
    private static final int LIVE_CONNECTIONS = 64;

    /**
     * HTTP/1.1, as the live sender speaks: the JDK client's default (HTTP/2 by upgrade) left the service's HTTP/1.1
     * paths to be compiled during the first seconds of the live stream.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String RULE_SOURCE = "\"source\":\"RULE\"";

    private final ObjectMapper json = ContractJson.newMapper();
    private final String baseUrl;
    private final Map<String, String> tenantKeys;
    private final Scoreboard scoreboard;
    private final Console console;
    private Histogram liveLatency = new Histogram(3);

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
            sendEvent(line).whenComplete((r, e) -> permits.release());
            if (++sent % 2000 == 0) {
                console.progress(String.format("history  %,d / %,d lines  %,.0f events/s", sent, lines.size(),
                        sent / ((System.nanoTime() - started) / 1e9)));
            }
        }
        permits.acquire(window);
        permits.release(window);
        console.line(String.format("history  %,d lines replayed in %.1f s", lines.size(), (System.nanoTime() - started) / 1e9));
    }

    /**
     * Sends events at {@code rate} per second, open loop, with a progress line each second. Live labels are about
     * events answered long ago: they go beside the stream, never holding it up, and are not timed.
     */
    void live(List<EventLogLine> lines, int rate, LongSupplier casesOpened) {
        List<PreparedRequest> requests = new ArrayList<>(lines.size());
        for (EventLogLine line : lines) {
            String authorization = "Bearer " + tenantKeys.get(line.tenant());
            requests.add(line.isEvent() ? PreparedRequest.timed(EVENTS, authorization, bytes(line.event()))
                    : PreparedRequest.untimed(LABELS, authorization, bytes(line.label())));
        }
        URI target = URI.create(baseUrl);
        try (OpenLoopSender sender = new OpenLoopSender(target.getHost(), target.getPort(), LIVE_CONNECTIONS)) {
            sender.warmUp(WARM_UP, LIVE_CONNECTIONS);
            SendResult result = sender.send(rate, requests, TIMEOUT, (index, answer) -> {
                EventLogLine line = lines.get(index);
                if (line.isEvent()) {
                    scoreboard.record(line, decisionOf(answer.ok(), answer.body()));
                    scoreboard.rulesFired(ruleCodes(answer.ok(), answer.body()));
                }
            }, progress -> console.progress(String.format(
                    "live  %,d events  %,.0f events/s  decisions %,d  p50 %.1f ms  p99 %.1f ms (last second %.1f ms)"
                            + "  cases %,d",
                    progress.timedSent(), progress.timedSent() / progress.elapsedSeconds(), scoreboard.scored(),
                    progress.latencyMicros().getValueAtPercentile(50) / 1000.0,
                    progress.latencyMicros().getValueAtPercentile(99) / 1000.0,
                    progress.latestMicros().getValueAtPercentile(99) / 1000.0, casesOpened.getAsLong())));
            liveLatency = result.latencyMicros();
            // The sender's own lateness: a stall of the demo's JVM, not of the services, shows here.
            console.line(String.format("live  %,d events sent at %,d events/s (the sender's own delay: p99 %.1f ms)",
                    result.requests(), rate, result.sendLagMicros().getValueAtPercentile(99) / 1000.0));
        }
    }

    /** Latency of live events in microseconds. */
    Histogram liveLatency() {
        return liveLatency;
    }

    private CompletableFuture<Void> sendEvent(EventLogLine line) {
        return http.sendAsync(post(EVENTS, line.tenant(), write(line.event())), HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> {
                    scoreboard.record(line, failure == null
                            ? decisionOf(response.statusCode() == 200, response.body()) : Scoreboard.Decision.ERROR);
                    if (failure == null) {
                        scoreboard.rulesFired(ruleCodes(response.statusCode() == 200, response.body()));
                    }
                    return null;
                });
    }

    private void sendLabel(EventLogLine line) {
        try {
            http.send(post(LABELS, line.tenant(), write(line.label())), HttpResponse.BodyHandlers.discarding());
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
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The reason codes of the tenant rules that fired (answers without any are not parsed at all). */
    private List<String> ruleCodes(boolean ok, String body) {
        if (!ok || !body.contains(RULE_SOURCE)) {
            return List.of();
        }
        try {
            return json.readValue(body, Decision.class).reasons().stream()
                    .filter(r -> r.source() == ReasonSource.RULE).map(Reason::code).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Scoreboard.Decision decisionOf(boolean ok, String body) {
        try {
            return ok ? ScoringAnswer.decision(body).map(Scoreboard.Decision::valueOf).orElse(Scoreboard.Decision.ERROR)
                    : Scoreboard.Decision.ERROR;
        } catch (IllegalArgumentException e) {
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

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
