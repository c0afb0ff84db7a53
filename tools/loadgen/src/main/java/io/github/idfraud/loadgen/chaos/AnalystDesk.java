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
    /** Every answer the case API gave the supervisor's changes, by status (or "no answer"). */
    private final Map<String, Long> answers = new ConcurrentHashMap<>();

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
                    String key = "note-" + notePrefix.hashCode() + "-" + n;
                    if (untilAcknowledged(tenant, "/v1/cases/" + caseId + "/notes", "{\"text\":\"" + text + "\"}",
                            key, null)) {
                        notes.put(caseId, text);
                    }
                    if (untilAcknowledged(tenant, "/v1/cases/" + caseId + "/transitions", "{\"to\":\"CONFIRMED_FRAUD\","
                            + "\"reason\":\"chaos run: confirmed\",\"disposition\":\"CONFIRMED_FRAUD\"}", null, caseId)) {
                        closed.put(caseId, tenant);
                    }
                }
            } catch (IOException e) {
                answers.merge("no answer", 1L, Long::sum);
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
            answers.merge(Integer.toString(response.statusCode()), 1L, Long::sum);
            return null;
        }
        JsonNode items = json.readTree(response.body()).path("items");
        return items.isEmpty() ? null : items.get(0).path("id").asText();
    }

    /**
     * POSTs until a 2xx, with the same {@code Idempotency-Key} (when given) every time. For a move to a final status
     * ({@code closedCase} given), a 409 is looked into as the user would by reloading the page: when the case is
     * closed already, an earlier attempt whose answer was lost went through.
     */
    private boolean untilAcknowledged(String tenant, String path, String body, String idempotencyKey,
                                      String closedCase) throws InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpRequest.Builder post = request(tenant, path).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                if (idempotencyKey != null) {
                    post.header("Idempotency-Key", idempotencyKey);
                }
                int status = http.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
                answers.merge(Integer.toString(status), 1L, Long::sum);
                if (status / 100 == 2) {
                    return true;
                }
                if (status == 409 && closedCase != null && isClosed(tenant, closedCase)) {
                    return true;
                }
                if (status / 100 == 4 && status != 409 && status != 429) {
                    return false;
                }
            } catch (IOException e) {
                answers.merge("no answer", 1L, Long::sum);
            }
            pause();
        }
        return false;
    }

    private boolean isClosed(String tenant, String caseId) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(tenant, "/v1/cases/" + caseId).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200
                && json.readTree(response.body()).path("summary").path("status").asText().equals("CONFIRMED_FRAUD");
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

    /** The case API's answers to the supervisor, by status; "no answer" for a call that got none. */
    Map<String, Long> answers() {
        return new java.util.TreeMap<>(answers);
    }

    /** Stops taking new cases; the call under way finishes (and is retried to its end). */
    @Override
    public void close() throws InterruptedException {
        running.set(false);
        worker.join(GIVE_UP.multipliedBy(3).toMillis());
    }
}
