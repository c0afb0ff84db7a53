package io.github.idfraud.datasubject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.github.idfraud.datasubject.DataSubjectRequest.Action;
import io.github.idfraud.datasubject.DataSubjectRequest.Endpoints;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The command's own duties, against HTTP endpoints that answer as the services do (each service's part is tested
 * against real Redis and PostgreSQL in its own DataSubjectTests): the order, who sees what, the credentials.
 */
class DataSubjectRequestTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUBJECT = "{\"tenant\":\"bank-a\",\"identifiers\":{\"email\":\"lena@example.com\"}}";

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final HttpServer server = start();
    private int scoringStatus = 200;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theIdentifiersGoOnlyToTheScoringServiceAndItsPseudonymsToTheCaseServiceAfterIt() throws Exception {
        ObjectNode report = request().run(Action.ERASE, JSON.readTree(SUBJECT));

        assertThat(calls).containsExactly(
                "/scoring/admin/data-subjects/erase Bearer admin-key " + SUBJECT,
                "/cases/admin/data-subjects/erase Bearer operator-token"
                        + " {\"pseudonyms\":[{\"kind\":\"email\",\"pseudonym\":\"EmAiLpSeUdOnYm01\"}]}");
        assertThat(report.path("action").asText()).isEqualTo("ERASE");
        assertThat(report.path("at").asText()).isEqualTo("2026-12-03T10:00:00Z");
        assertThat(report.path("scoringService").path("keysDeleted").asInt()).isEqualTo(3);
        assertThat(report.path("caseService").path("cases").asInt()).isEqualTo(1);
    }

    @Test
    void aRefusalByTheScoringServiceStopsTheRequestBeforeTheCaseServiceAndNamesTheFieldNotTheValue() {
        scoringStatus = 400;

        assertThatThrownBy(() -> request().run(Action.EXPORT, JSON.readTree(SUBJECT)))
                .isInstanceOf(IOException.class).hasMessageContaining("400").hasMessageContaining("identifiers.phone")
                .hasMessageNotContaining("lena@example.com");
        assertThat(calls).hasSize(1);
    }

    private DataSubjectRequest request() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return new DataSubjectRequest(new Endpoints(URI.create(base + "/scoring/"), "admin-key",
                URI.create(base + "/cases/"), "operator-token"),
                Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));
    }

    private HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                calls.add(path + " " + exchange.getRequestHeaders().getFirst("Authorization") + " " + body);
                boolean scoring = path.startsWith("/scoring/");
                int status = scoring ? scoringStatus : 200;
                String answer = status != 200
                        ? "{\"title\":\"Invalid request\",\"violations\":[{\"field\":\"identifiers.phone\"}]}"
                        : scoring ? "{\"pseudonyms\":[{\"kind\":\"email\",\"pseudonym\":\"EmAiLpSeUdOnYm01\"}],\"keysDeleted\":3}"
                        : "{\"cases\":1,\"rows\":9,\"streamEntries\":2,\"auditReasonsRedacted\":4}";
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
