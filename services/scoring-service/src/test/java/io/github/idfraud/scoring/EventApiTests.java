package io.github.idfraud.scoring;

import io.github.idfraud.testsupport.RedisTestResource;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class EventApiTests {

    static final String BANK_A = "Bearer test-key-bank-a";
    static final String BANK_B = "Bearer test-key-bank-b";
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    static ValidatableResponse post(String auth, String path, String body) {
        return given().header("Authorization", auth).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    @Test
    void everyEventTypeGetsAScoreADecisionReasonsAndTheModelVersion() {
        String version = given().header("Authorization", BANK_A).get("/v1/model").then().statusCode(200)
                .extract().path("version");
        String customer = Bodies.id("cust");
        List<String> bodies = List.of(
                Bodies.opening(Bodies.id("open"), NOW, "ZZ" + System.nanoTime(), "ada@example.com", "dev-a"),
                Bodies.login(Bodies.id("login"), NOW.plusSeconds(60), customer, "dev-a", "203.0.113.7", 51.5, -0.12),
                Bodies.passwordReset(Bodies.id("reset"), NOW.plusSeconds(120), customer, "dev-a"),
                Bodies.emailChange(Bodies.id("change"), NOW.plusSeconds(180), customer, "dev-a", "ada@example.com", "ada@example.org"),
                Bodies.payee(Bodies.id("payee"), NOW.plusSeconds(240), customer, "dev-a", "payee-1"),
                Bodies.transfer(Bodies.id("tx"), NOW.plusSeconds(300), customer, "dev-a", "payee-1", "25.00"));
        for (String body : bodies) {
            Map<String, Object> answer = post(BANK_A, "/v1/events", body).statusCode(200)
                    .contentType(ContentType.JSON).extract().as(Map.class);
            assertThat(((Number) answer.get("score")).doubleValue()).isBetween(0.0, 1.0);
            assertThat(answer.get("decision")).isIn("ALLOW", "CHALLENGE", "REVIEW", "DECLINE");
            assertThat((List<?>) answer.get("reasons")).isNotEmpty();
            assertThat(answer.get("modelVersion")).isEqualTo(version);
            assertThat(answer.get("degraded")).isEqualTo(false);
            assertThat(answer).doesNotContainKey("features");
        }
    }

    @Test
    void callsWithoutAValidKeyAreRefused() {
        String body = Bodies.login(Bodies.id("login"), NOW, "c-1", "dev-a", "203.0.113.7", 51.5, -0.12);
        given().contentType(ContentType.JSON).body(body).post("/v1/events").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        post("Bearer not-a-key", "/v1/events", body).statusCode(401);
        post("Basic dGVzdA==", "/v1/events", body).statusCode(401);
        given().get("/v1/model").then().statusCode(401);
    }

    @Test
    void theSameEventTwiceReturnsTheStoredAnswerAndCountsOnce() {
        String customer = Bodies.id("c");
        String eventId = Bodies.id("login");
        String body = Bodies.login(eventId, NOW, customer, "dev-once", "203.0.113.9", 51.5, -0.12);
        String first = post(BANK_A, "/v1/events", body).statusCode(200).extract().asString();
        String again = post(BANK_A, "/v1/events", body).statusCode(200).extract().asString();
        assertThat(again).isEqualTo(first);

        float events = post(BANK_A, "/v1/events?explain=true",
                Bodies.login(Bodies.id("login"), NOW.plusSeconds(600), customer, "dev-once", "203.0.113.9", 51.5, -0.12))
                .statusCode(200).extract().path("features.customer_events_24h");
        assertThat(events).isEqualTo(2.0f);
    }

    @Test
    void countsOverIdentifiersEveryBankSharesAreShownOnlyInBands() {
        String nationalId = "XB" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            post(BANK_B, "/v1/events", Bodies.opening(Bodies.id("open-b"), NOW.plusSeconds(i), nationalId,
                    "b" + i + "@example.com", Bodies.id("dev"))).statusCode(200);
        }
        Map<String, Object> fewer = post(BANK_A, "/v1/events?explain=true", Bodies.opening(Bodies.id("open-a"),
                NOW.plusSeconds(10), nationalId, "a@example.com", Bodies.id("dev"))).statusCode(200).extract().as(Map.class);
        assertThat(feature(fewer, "national_id_applications_24h"))
                .as("4 applications, 3 of them at another bank: shown as fewer than 5").isEqualTo(0.0);
        assertThat(reasonCodes(fewer)).noneMatch(code -> code.startsWith("NATIONAL_ID_"));

        for (int i = 0; i < 3; i++) {
            post(BANK_B, "/v1/events", Bodies.opening(Bodies.id("open-b"), NOW.plusSeconds(20 + i), nationalId,
                    "c" + i + "@example.com", Bodies.id("dev"))).statusCode(200);
        }
        Map<String, Object> more = post(BANK_A, "/v1/events?explain=true", Bodies.opening(Bodies.id("open-a"),
                NOW.plusSeconds(30), nationalId, "a@example.com", Bodies.id("dev"))).statusCode(200).extract().as(Map.class);
        assertThat(feature(more, "national_id_applications_24h")).as("8 applications: the band from 5").isEqualTo(5.0);
        assertThat(feature(more, "national_id_distinct_emails_30d")).as("7 addresses").isEqualTo(5.0);
        assertThat(feature(more, "customer_events_24h")).as("the bank's own features as they are").isEqualTo(1.0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) more.get("reasons");
        reasons.stream().filter(r -> ((String) r.get("code")).startsWith("NATIONAL_ID_")).forEach(reason -> {
            assertThat(((Number) reason.get("value")).doubleValue()).isIn(0.0, 5.0);
            assertThat((String) reason.get("description")).containsAnyOf("5 or more", "fewer than 5");
        });
    }

    @SuppressWarnings("unchecked")
    private static double feature(Map<String, Object> answer, String name) {
        return ((Number) ((Map<String, Object>) answer.get("features")).get(name)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasonCodes(Map<String, Object> answer) {
        return ((List<Map<String, Object>>) answer.get("reasons")).stream().map(r -> (String) r.get("code")).toList();
    }

    @Test
    void explainShowsTheWholeFeatureVector() {
        Map<String, Object> features = post(BANK_A, "/v1/events?explain=true",
                Bodies.login(Bodies.id("login"), NOW, Bodies.id("c"), "dev-x", "203.0.113.8", 48.85, 2.35))
                .statusCode(200).extract().path("features");
        assertThat(features).containsKeys("customer_new_device", "device_events_1h", "takeover_chain_steps_24h");
        assertThat(features).hasSize(io.github.idfraud.features.FeatureSchema.size());
    }

    @Test
    void labelsApplyOnlyToTheTenantsOwnEvents() {
        String eventId = Bodies.id("tx");
        String customer = Bodies.id("c");
        String device = Bodies.id("dev-l");
        post(BANK_A, "/v1/events", Bodies.transfer(eventId, NOW, customer, device, "shop-1", "10.00")).statusCode(200);
        String label = """
                {"eventId":"%s","label":"FRAUD","reportedAt":"%s","source":"CHARGEBACK"}
                """.formatted(eventId, NOW.plus(Duration.ofDays(2)));
        post(BANK_B, "/v1/labels", label).statusCode(404).contentType("application/problem+json");
        post(BANK_A, "/v1/labels", label).statusCode(202).body("eventId", equalTo(eventId));
        post(BANK_A, "/v1/labels", label.replace(eventId, "never-sent")).statusCode(404);

        float linked = post(BANK_A, "/v1/events?explain=true",
                Bodies.transfer(Bodies.id("tx"), NOW.plus(Duration.ofDays(3)), customer, device, "shop-2", "10.00"))
                .statusCode(200).extract().path("features.customer_fraud_labels_90d");
        assertThat(linked).isEqualTo(1.0f);
    }

    @Test
    void modelEndpointDescribesTheLiveModel() {
        given().header("Authorization", BANK_A).get("/v1/model").then().statusCode(200)
                .body("features.size()", equalTo(io.github.idfraud.features.FeatureSchema.size()))
                .body("thresholds.review", org.hamcrest.Matchers.notNullValue());
    }
}
