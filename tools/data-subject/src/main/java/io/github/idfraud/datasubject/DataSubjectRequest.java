package io.github.idfraud.datasubject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * One data-subject request across both services, in the only order that works: the scoring service first (it alone
 * can turn the person's identifiers into pseudonyms, and answers them), then the case service with those pseudonyms.
 * The identifiers go to the scoring service only; the case service sees pseudonyms. An erasure run again finds
 * nothing more, so an operator repeats a request that failed half-way.
 */
public final class DataSubjectRequest {

    /** What to do with the person's data. */
    public enum Action {
        EXPORT, ERASE;

        /** Relative, so a service reached under a path prefix (an ingress's) keeps it. */
        String path() {
            return "admin/data-subjects/" + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where the services are and the credentials each takes. */
    public record Endpoints(URI scoring, String adminKey, URI cases, String operatorToken) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Endpoints endpoints;
    private final Clock clock;

    public DataSubjectRequest(Endpoints endpoints, Clock clock) {
        this.endpoints = endpoints;
        this.clock = clock;
    }

    /**
     * @param subject the scoring service's request body: {@code {"tenant": ..., "identifiers": {"email": ...}}}
     * @return both services' answers, under {@code scoringService} and {@code caseService}
     */
    public ObjectNode run(Action action, JsonNode subject) throws IOException, InterruptedException {
        JsonNode scoring = post(under(endpoints.scoring(), action), endpoints.adminKey(), subject);
        ObjectNode caseQuery = json.createObjectNode();
        ArrayNode pseudonyms = caseQuery.putArray("pseudonyms");
        scoring.path("pseudonyms").forEach(p -> pseudonyms.addObject()
                .put("kind", p.path("kind").asText()).put("pseudonym", p.path("pseudonym").asText()));
        JsonNode cases = post(under(endpoints.cases(), action), endpoints.operatorToken(), caseQuery);
        ObjectNode result = json.createObjectNode();
        result.put("action", action.name());
        result.put("at", clock.instant().toString());
        result.set("scoringService", scoring);
        result.set("caseService", cases);
        return result;
    }

    private static URI under(URI base, Action action) {
        String root = base.toString();
        return URI.create(root.endsWith("/") ? root : root + "/").resolve(action.path());
    }

    private JsonNode post(URI uri, String bearer, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            // the problem's title and violations name fields, never the values sent
            JsonNode problem = readOrNull(response.body());
            throw new IOException(uri + " answered " + response.statusCode()
                    + (problem == null ? "" : ": " + problem.path("title").asText("")
                    + (problem.has("violations") ? " " + problem.get("violations") : "")));
        }
        return json.readTree(response.body());
    }

    private JsonNode readOrNull(String body) {
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
