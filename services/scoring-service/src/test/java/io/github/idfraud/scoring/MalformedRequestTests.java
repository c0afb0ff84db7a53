package io.github.idfraud.scoring;

import io.github.idfraud.testsupport.RedisTestResource;
import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.IdentifierKind;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.features.StateBuckets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestTests {

    /** Unique per run: Redis outlives test runs, and a leftover from an earlier run must not pass for this one. */
    private static final String RUN = java.util.UUID.randomUUID().toString().substring(0, 8);
    private static final String VALID_TX = Bodies.transfer("evt-malformed-" + RUN, Instant.parse("2026-11-20T09:00:00Z"),
            "c-malformed-" + RUN, "dev-m-" + RUN, "shop-m", "10.00");

    Stream<Arguments> malformedEvents() {
        return Stream.of(
                Arguments.of("truncated JSON", "{\"eventId\":", 400, null),
                Arguments.of("not JSON at all", "hello", 400, null),
                Arguments.of("an array instead of an object", "[1,2]", 400, null),
                Arguments.of("unknown event type", VALID_TX.replace("\"TRANSACTION\"", "\"TELEPORT\""), 400, "type"),
                Arguments.of("unknown channel", VALID_TX.replace("\"TRANSFER\"", "\"PIGEON\""), 400, "transaction.channel"),
                Arguments.of("negative amount", VALID_TX.replace("10.00", "-10.00"), 400, "transaction.amount"),
                Arguments.of("NaN amount as a string", VALID_TX.replace("10.00", "\"NaN\""), 400, "transaction.amount"),
                Arguments.of("NaN amount as a token", VALID_TX.replace("10.00", "NaN"), 400, null),
                Arguments.of("infinite amount", VALID_TX.replace("10.00", "\"Infinity\""), 400, "transaction.amount"),
                Arguments.of("absurdly large amount", VALID_TX.replace("10.00", "1e400"), 400, "transaction.amount"),
                Arguments.of("unparseable timestamp", VALID_TX.replace("2026-11-20T09:00:00Z", "yesterday"), 400, "occurredAt"),
                Arguments.of("timestamp as an object", VALID_TX.replace("\"2026-11-20T09:00:00Z\"", "{}"), 400, "occurredAt"),
                Arguments.of("oversized event id", VALID_TX.replace("evt-malformed-" + RUN, "e".repeat(300)), 400, "eventId"),
                Arguments.of("missing transaction block", VALID_TX.replaceAll(",\\s*\"transaction\":\\{[^}]*}", ""), 400, "transaction"),
                Arguments.of("missing event id", VALID_TX.replace("\"eventId\":\"evt-malformed-" + RUN + "\",", ""), 400, "eventId"),
                Arguments.of("body over the limit", VALID_TX.replace("\"c-malformed-" + RUN + "\"", "\"c-malformed-" + RUN + "\",\"pad\":\"" + "x".repeat(70_000) + "\""), 413, null),
                Arguments.of("empty body", "", 400, null),
                // Values Java cannot hold, which the REST layer used to answer with a bare 400 naming no field.
                Arguments.of("timestamp past the last instant", VALID_TX.replace("\"2026-11-20T09:00:00Z\"", "1e20"), 400, "occurredAt"),
                Arguments.of("type as an ordinal past int", VALID_TX.replace("\"TRANSACTION\"", "99999999999"), 400, "type"),
                Arguments.of("amount exponent past int", VALID_TX.replace("10.00", "1E+2147483648"), 400, "transaction.amount"),
                // A repeated key: parsers disagree on which value wins, so it is refused.
                Arguments.of("repeated key", VALID_TX.replaceFirst("\\{", "{\"eventId\":\"first\","), 400, "eventId"),
                Arguments.of("repeated key in a block", VALID_TX.replace("\"GBP\"", "\"GBP\",\"currency\":\"EUR\""), 400,
                        "transaction.currency"),
                // Enum constants by name only: Jackson read positions, and scored a 0 as an ACCOUNT_OPENING.
                Arguments.of("type as its ordinal", VALID_TX.replace("\"TRANSACTION\"", "5"), 400, "type"),
                Arguments.of("channel as its ordinal in a string", VALID_TX.replace("\"TRANSFER\"", "\"2\""), 400,
                        "transaction.channel"));
    }

    @Inject
    RedisDataSource redis;

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    StateBuckets buckets;

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEvents")
    void malformedEventsGetAProblemNamingTheField(String why, String body, int status, String field) {
        Response response = given().header("Authorization", BANK_A).contentType(ContentType.JSON).body(body)
                .when().post("/v1/events");
        assertThat(response.statusCode()).as(why).isEqualTo(status);
        assertThat(response.contentType()).as(why).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        if (field != null) {
            List<String> fields = response.jsonPath().getList("violations.field");
            assertThat(fields).as(why).contains(field);
        }
    }

    @Test
    void wrongMediaTypeIsA415Problem() {
        given().header("Authorization", BANK_A).contentType(ContentType.TEXT).body(VALID_TX)
                .post("/v1/events").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void batchesValidateEveryEventAndRefuseOversizedOnes() {
        String bad = VALID_TX.replace("10.00", "-1");
        Response invalid = given().header("Authorization", BANK_A).contentType(ContentType.JSON)
                .body("{\"events\":[" + VALID_TX.replace("evt-malformed-" + RUN, "evt-b1-" + RUN) + "," + bad + "]}")
                .post("/v1/events:batch");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.jsonPath().getList("violations.field", String.class)).containsExactly("events[1].transaction.amount");

        Response repeated = given().header("Authorization", BANK_A).contentType(ContentType.JSON)
                .body("{\"events\":[" + VALID_TX + "],\"events\":null}").post("/v1/events:batch");
        assertThat(repeated.statusCode()).isEqualTo(400);
        assertThat(repeated.jsonPath().getList("violations.field", String.class)).containsExactly("events");

        String many = "{\"events\":[" + String.join(",", java.util.Collections.nCopies(1001, "null")) + "]}";
        Response tooMany = given().header("Authorization", BANK_A).contentType(ContentType.JSON).body(many)
                .post("/v1/events:batch");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.jsonPath().getList("violations.field", String.class)).containsExactly("events");
    }

    @Test
    void aBatchRepeatingAnEventIdIsRefusedNamingTheRepeatAndScoresNothing() {
        String other = VALID_TX.replace("10.00", "99.00");
        Response response = given().header("Authorization", BANK_A).contentType(ContentType.JSON)
                .body("{\"events\":[" + VALID_TX + "," + other + "]}").post("/v1/events:batch");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getList("violations.field", String.class)).containsExactly("events[1].eventId");
    }

    @Test
    void aBodyAboveTheHttpLimitIsA413Problem() throws Exception {
        byte[] huge = ("{\"events\":[\"" + "x".repeat(17 * 1024 * 1024) + "\"]}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(batch).header("Authorization", BANK_A)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":413");
    }

    @TestHTTPResource("/v1/events:batch")
    URI batch;

    @TestHTTPResource("/v1/events")
    URI events;

    @Test
    void aBodyWithoutALengthIsHeldToTheSameLimit() throws Exception {
        byte[] padded = VALID_TX.replace("\"c-malformed-" + RUN + "\"", "\"c-malformed-" + RUN + "\",\"pad\":\""
                + "x".repeat(70_000) + "\"").getBytes(StandardCharsets.UTF_8);
        // The JDK client sends a stream of unknown length chunked, without a Content-Length (REST Assured adds one).
        HttpRequest chunked = HttpRequest.newBuilder(events).header("Authorization", BANK_A)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aLabelWithARepeatedFieldIsRefusedNamingItNeverA500() {
        Response response = given().header("Authorization", BANK_A).contentType(ContentType.JSON)
                .body("{\"eventId\":\"x\",\"label\":\"FRAUD\",\"reportedAt\":\"2026-11-20T09:00:00Z\",\"source\":\"CASE\",\"label\":false}")
                .post("/v1/labels");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getList("violations.field", String.class)).containsExactly("label");
    }

    @Test
    void aLabelOfAnUnknownEventIsA404NamingEventId() {
        Response response = given().header("Authorization", BANK_A).contentType(ContentType.JSON)
                .body("{\"eventId\":\"never-sent-" + RUN + "\",\"label\":\"FRAUD\",\"reportedAt\":\"2026-11-20T09:00:00Z\",\"source\":\"CASE\"}")
                .post("/v1/labels");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getList("violations.field", String.class)).containsExactly("eventId");
        assertThat(response.asString()).as("a refusal never repeats what the caller sent").doesNotContain("never-sent-");
    }

    /** An unknown label, and a label's position (Jackson read 0 as FRAUD): refused naming the field. */
    @ParameterizedTest
    @ValueSource(strings = {"\"MAYBE\"", "0"})
    void labelsAreValidatedToo(String label) {
        Response response = given().header("Authorization", BANK_A).contentType(ContentType.JSON)
                .body("{\"eventId\":\"x\",\"label\":" + label + ",\"reportedAt\":\"2026-11-20T09:00:00Z\",\"source\":\"CASE\"}")
                .post("/v1/labels");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.jsonPath().getList("violations.field", String.class)).containsExactly("label");
    }

    @AfterAll
    void nothingWasStored() {
        for (String eventId : List.of("evt-malformed-" + RUN, "evt-b1-" + RUN)) {
            String record = "ev:{" + pseudonymiser.eventReference("bank-a", eventId) + "}";
            assertThat(redis.key().exists(record)).as("no record of %s", eventId).isFalse();
        }
        // the identifiers' values as the feature engine names them, each a field of its bucket (ADR 0015)
        Map.of(IdentifierKind.DEVICE, "dev-m-" + RUN, IdentifierKind.CUSTOMER, "c-malformed-" + RUN).forEach((kind, id) -> {
            String value = RedisKeys.identifierState("test-ff:", kind.code(), pseudonymiser.pseudonym(kind, "bank-a", id),
                    pseudonymiser.keyId());
            assertThat(redis.hash(String.class).hexists(buckets.key(value), buckets.field(value)))
                    .as("malformed requests change no window: %s", value).isFalse();
        });
    }
}
