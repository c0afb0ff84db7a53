package io.github.idfraud.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The cases of every bank through the analyst API, one supervisor token per bank: how many are open so far (while the
 * stream runs), and at the end each case with its events' ids.
 */
final class CaseFiles {

    private static final int PAGE_SIZE = 200;

    /** One case: its bank, the ids of the events it holds, and its status. */
    record DemoCase(String tenant, List<String> eventIds, String status) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final AnalystTokens tokens;
    private final Collection<String> tenants;

    CaseFiles(String baseUrl, AnalystTokens tokens, Collection<String> tenants) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.tenants = tenants;
    }

    /** Cases opened so far at every bank; -1 when the case API does not answer. */
    long openedSoFar() {
        long total = 0;
        for (String tenant : tenants) {
            try {
                HttpResponse<String> response = send(tenant, "/v1/cases?page=0&size=1", Duration.ofSeconds(5));
                if (response.statusCode() == 200) {
                    total += totalOf(json.readTree(response.body()));
                }
            } catch (Exception e) {
                return -1;
            }
        }
        return total;
    }

    /** Waits until the count stops growing (intake has caught up), at most {@code limit}. */
    void awaitQuiet(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long last = -2;
        while (System.nanoTime() < deadline) {
            long now = openedSoFar();
            if (now == last) {
                return;
            }
            last = now;
            Thread.sleep(2000);
        }
    }

    List<DemoCase> all() throws IOException, InterruptedException {
        List<DemoCase> cases = new ArrayList<>();
        for (String tenant : tenants) {
            for (int page = 0; ; page++) {
                JsonNode items = get(tenant, "/v1/cases?size=" + PAGE_SIZE + "&page=" + page).get("items");
                for (JsonNode item : items) {
                    JsonNode detail = get(tenant, "/v1/cases/" + item.get("id").asText());
                    List<String> eventIds = new ArrayList<>();
                    detail.get("events").forEach(e -> eventIds.add(e.get("eventId").asText()));
                    cases.add(new DemoCase(tenant, eventIds, detail.get("summary").get("status").asText()));
                }
                if (items.size() < PAGE_SIZE) {
                    break;
                }
            }
        }
        return cases;
    }

    private JsonNode get(String tenant, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(tenant, path, Duration.ofSeconds(10));
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String tenant, String path, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + tokens.supervisorOf(tenant))
                .timeout(timeout).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long totalOf(JsonNode page) {
        for (String field : new String[] {"total", "totalCount", "totalElements", "count"}) {
            if (page.has(field)) {
                return page.get(field).asLong();
            }
        }
        return page.isArray() ? page.size() : 0;
    }
}
