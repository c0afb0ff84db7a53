package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The per-pod bound on requests in flight (issue 16, burst recovery), set to two here. Requests are held in flight
 * without any timing: each sends its headers and half its body, and the service works on it until the rest comes.
 */
@QuarkusTest
@TestProfile(OverloadTests.TwoInFlight.class)
@QuarkusTestResource(RedisTestResource.class)
class OverloadTests {

    public static class TwoInFlight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fraud.limits.max-in-flight", "2");
        }
    }

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final String IN_FLIGHT = "fraud_requests_in_flight";
    private static final String REFUSED = "fraud_requests_overload_refused_total";

    @TestHTTPResource("/v1/events")
    URI events;

    @Inject
    RedisDataSource redis;

    @Inject
    Pseudonymiser pseudonymiser;

    private final List<HeldRequest> held = new ArrayList<>();

    @AfterEach
    void hangUp() throws Exception {
        for (HeldRequest request : held) {
            request.socket.close();
        }
        awaitInFlight(0);
    }

    @Test
    void requestsBeyondTheLimitAre503ProblemsWithRetryAfterAndTheAdmittedOnesAreScored() throws Exception {
        double refusedBefore = metric(REFUSED);
        HeldRequest first = hold(login(Bodies.id("held")));
        HeldRequest second = hold(login(Bodies.id("held")));
        awaitInFlight(2);

        String refusedId = Bodies.id("refused");
        ExtractableResponse<Response> refused = post(BANK_A, "/v1/events", login(refusedId)).extract();
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(503);
        assertThat(refused.jsonPath().getString("detail")).contains("limit of 2 requests");
        post(BANK_A, "/v1/events:batch", "{\"events\":[" + login(Bodies.id("refused")) + "]}").statusCode(503);
        post(BANK_A, "/v1/labels", "{\"eventId\":\"" + refusedId + "\",\"label\":\"FRAUD\",\"reportedAt\":\""
                + NOW + "\",\"source\":\"CASE\"}").statusCode(503);
        given().get("/q/health/live").then().statusCode(200);
        assertThat(redis.key().exists(RedisKeys.eventRecord(pseudonymiser.eventReference("bank-a", refusedId))))
                .as("nothing stored for a refused event").isFalse();

        assertThat(first.finish()).startsWith("HTTP/1.1 200").contains("\"decision\"");
        assertThat(second.finish()).startsWith("HTTP/1.1 200").contains("\"decision\"");
        awaitInFlight(0);
        assertThat(metric(REFUSED) - refusedBefore).isEqualTo(3);
        post(BANK_A, "/v1/events", login(Bodies.id("after"))).statusCode(200);
    }

    @Test
    void aCallerThatHangsUpGivesItsPlaceBack() throws Exception {
        hold(login(Bodies.id("abandoned"))).socket.close();
        hold(login(Bodies.id("abandoned"))).socket.close();

        awaitInFlight(0);
        bothPlacesAreFree();
    }

    @Test
    void refusedAndFailedRequestsGiveTheirPlacesBack() throws Exception {
        for (int i = 0; i < 10; i++) {
            post(BANK_A, "/v1/events", "{\"eventId\":").statusCode(400);
            post("Bearer no-such-key", "/v1/events", login(Bodies.id("unknown-key"))).statusCode(401);
            post(BANK_A, "/v1/labels", "{\"eventId\":\"never-scored-" + i + "\",\"label\":\"FRAUD\",\"reportedAt\":\""
                    + NOW + "\",\"source\":\"CASE\"}").statusCode(404);
        }

        awaitInFlight(0);
        bothPlacesAreFree();
    }

    /** Two held requests are admitted (a place kept by an earlier request would turn one away at once). */
    private void bothPlacesAreFree() throws Exception {
        HeldRequest first = hold(login(Bodies.id("held")));
        HeldRequest second = hold(login(Bodies.id("held")));
        awaitInFlight(2);
        assertThat(first.finish()).startsWith("HTTP/1.1 200");
        assertThat(second.finish()).startsWith("HTTP/1.1 200");
    }

    private static String login(String eventId) {
        return Bodies.login(eventId, NOW, Bodies.id("c"), "dev-o", "203.0.113.80", 51.5, -0.12);
    }

    /** Sends the headers and the first half of the body of {@code POST /v1/events}, and holds the rest back. */
    private HeldRequest hold(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Socket socket = new Socket(events.getHost(), events.getPort());
        HeldRequest request = new HeldRequest(socket, bytes);
        held.add(request);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + events.getPath() + " HTTP/1.1\r\nHost: " + events.getHost() + "\r\nAuthorization: " + BANK_A
                + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes, 0, bytes.length / 2);
        out.flush();
        return request;
    }

    private record HeldRequest(Socket socket, byte[] body) {

        /** Sends the rest of the body and reads the whole answer (the connection closes after it). */
        String finish() throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits (at most 10 s) for the in-flight gauge to read {@code expected}: end handlers run after the answer. */
    private static void awaitInFlight(int expected) throws InterruptedException {
        double value = Double.NaN;
        for (int i = 0; i < 200; i++) {
            value = metric(IN_FLIGHT);
            if (value == expected) {
                return;
            }
            Thread.sleep(50);
        }
        assertThat(value).as(IN_FLIGHT).isEqualTo(expected);
    }

    private static double metric(String name) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no " + name + " on /q/metrics");
    }
}
