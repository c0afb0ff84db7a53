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

/** Reads every case of every bank through the analyst API (a supervisor token per bank), with its events' ids. */
final class CaseFiles {

    private static final int PAGE_SIZE = 200;

    /** One case: its bank, the ids of the events it holds, and its status. */
    record DemoCase(String tenant, List<String> eventIds, String status) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final DevJwt jwt;
    private final Collection<String> tenants;

    CaseFiles(String baseUrl, DevJwt jwt, Collection<String> tenants) {
        this.baseUrl = baseUrl;
        this.jwt = jwt;
        this.tenants = tenants;
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
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + jwt.token(tenant, "demo@" + tenant, "supervisor"))
                .timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return json.readTree(response.body());
    }
}
