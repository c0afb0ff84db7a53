package io.github.idfraud.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;

/** Counts the cases opened so far through the analyst API, one supervisor token per bank. */
final class CaseCounter {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final DevJwt jwt;
    private final Collection<String> tenants;

    CaseCounter(String baseUrl, DevJwt jwt, Collection<String> tenants) {
        this.baseUrl = baseUrl;
        this.jwt = jwt;
        this.tenants = tenants;
    }

    long openedSoFar() {
        long total = 0;
        for (String tenant : tenants) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/cases?page=0&size=1"))
                        .header("Authorization", "Bearer " + jwt.token(tenant, "demo@" + tenant, "supervisor"))
                        .timeout(Duration.ofSeconds(5)).build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
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

    private static long totalOf(JsonNode page) {
        for (String field : new String[] {"total", "totalCount", "totalElements", "count"}) {
            if (page.has(field)) {
                return page.get(field).asLong();
            }
        }
        return page.isArray() ? page.size() : 0;
    }
}
