package io.github.idfraud.loadgen.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A supervisor working cases through the case API while a fault is on: take a case, write a note, close it as
 * confirmed fraud (its events become FRAUD labels for the scoring service). Each call is repeated until the service
 * acknowledges it, as the workbench's user would click again; what was acknowledged is what must never be lost.
 */
final class AnalystDesk implements AutoCloseable {

    private static final Duration PAUSE = Duration.ofMillis(400);
    private static final Duration GIVE_UP = Duration.ofSeconds(120);

    private final URI base;
    private final AnalystTokens tokens;
    private final List<String> tenants;
    private final String notePrefix;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread worker;
    /** Acknowledged notes (their text) by case id. */
    private final Map<String, String> notes = new ConcurrentHashMap<>();
    /** Cases acknowledged as closed, with their tenant. */
    private final Map<String, String> closed = new ConcurrentHashMap<>();
    private volatile int failedCalls;

    /** @param notePrefix starts every note's text, so the ledger finds this phase's notes */
    AnalystDesk(URI base, AnalystTokens tokens, List<String> tenants, String notePrefix) {
        this.base = base;
        this.tokens = tokens;
        this.tenants = tenants;
        this.notePrefix = notePrefix;
        this.worker = new Thread(this::work, "chaos-analyst");
        worker.setDaemon(true);
        worker.start();
    }

    private void work() {
        int n = 0;
        while (running.get()) {
            String tenant = tenants.get(n % tenants.size());
            try {
                String caseId = activeCase(tenant);
                if (caseId != null) {
                    String text = notePrefix + "-" + n;
                    if (untilAcknowledged(tenant, "/v1/cases/" + caseId + "/notes", "{\"text\":\"" + text + "\"}")) {
                        notes.put(caseId, text);
                    }
                    if (untilAcknowledged(tenant, "/v1/cases/" + caseId + "/transitions", "{\"to\":\"CONFIRMED_FRAUD\","
                            + "\"reason\":\"chaos run: confirmed\",\"disposition\":\"CONFIRMED_FRAUD\"}")) {
                        closed.put(caseId, tenant);
                    }
                }
            } catch (IOException e) {
                failedCalls++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            n++;
            pause();
        }
    }

    /** The most urgent case still open at {@code tenant}, or null (none yet, or the service did not answer). */
    private String activeCase(String tenant) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(tenant, "/v1/cases?status=OPEN&size=1").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            failedCalls++;
            return null;
        }
        JsonNode items = json.readTree(response.body()).path("items");
        return items.isEmpty() ? null : items.get(0).path("id").asText();
    }

    /**
     * POSTs until a 2xx. A 400 after an unanswered attempt means the first one went through (the case is no longer
     * open): acknowledged then, as the user would see on reloading the page.
     */
    private boolean untilAcknowledged(String tenant, String path, String body) throws InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        boolean unanswered = false;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(request(tenant, path)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return true;
                }
                if (status == 400 && unanswered) {
                    return true;
                }
                if (status / 100 == 4 && status != 429) {
                    return false; // e.g. closed meanwhile by nobody else: nothing to acknowledge
                }
                failedCalls++;
            } catch (IOException e) {
                unanswered = true;
                failedCalls++;
            }
            pause();
        }
        return false;
    }

    private HttpRequest.Builder request(String tenant, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + tokens.supervisor(tenant));
    }

    private void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Map<String, String> acknowledgedNotes() {
        return Map.copyOf(notes);
    }

    Map<String, String> acknowledgedClosures() {
        return Map.copyOf(closed);
    }

    int failedCalls() {
        return failedCalls;
    }

    /** Stops taking new cases; the call under way finishes (and is retried to its end). */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        worker.join(GIVE_UP.multipliedBy(3).toMillis());
    }
}
