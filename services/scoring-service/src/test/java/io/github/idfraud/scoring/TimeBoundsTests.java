package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.BANK_B;
import static io.github.idfraud.scoring.EventApiTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.FeatureVector;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.features.TimeBounds;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Event and label times outside the default bounds (ADR 0008), through the real service and Redis. Times are taken
 * from this JVM's clock, which the service also reads, with margins of hours around each bound, so no test depends on
 * how long a request takes.
 */
@QuarkusTest
@TestProfile(TimeBoundsTests.DefaultBounds.class)
@QuarkusTestResource(RedisTestResource.class)
class TimeBoundsTests {

    /** The test profile widens the maximum age for the other tests' fixed dates; here it is the default again. */
    public static class DefaultBounds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fraud.time-bounds.max-age", TimeBounds.DEFAULT_MAX_AGE);
        }
    }

    private static final String STREAM = "test-fraud-labels";
    private static final Duration MAX_AGE = Duration.parse(TimeBounds.DEFAULT_MAX_AGE);

    @Inject
    RedisDataSource redis;

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    FeatureEngine engine;

    @Test
    void anEventDatedAheadIsRefusedNamingOccurredAtAndNothingIsStored() {
        String eventId = Bodies.id("login");
        ExtractableResponse<Response> refused = post(BANK_A, "/v1/events",
                login(eventId, now().plus(Duration.ofDays(3)), Bodies.id("dev"))).extract();

        assertRefused(refused, "occurredAt", "is in the future");
        assertThat(stored("bank-a", eventId)).isFalse();
    }

    @Test
    void anEventOlderThanTheLongestWindowIsRefusedNamingOccurredAt() {
        String eventId = Bodies.id("login");
        ExtractableResponse<Response> refused = post(BANK_A, "/v1/events",
                login(eventId, now().minus(MAX_AGE).minus(Duration.ofDays(1)), Bodies.id("dev"))).extract();

        assertRefused(refused, "occurredAt", "is too old");
        assertThat(stored("bank-a", eventId)).isFalse();
    }

    @Test
    void aBatchWithOneEventOutOfBoundsIsRefusedWholeNamingItsIndex() {
        String device = Bodies.id("dev");
        List<String> ids = List.of(Bodies.id("b0"), Bodies.id("b1"), Bodies.id("b2"));
        String batch = "{\"events\":[" + String.join(",",
                login(ids.get(0), now().minus(Duration.ofHours(2)), device),
                login(ids.get(1), now().minus(Duration.ofHours(1)), device),
                login(ids.get(2), now().plus(Duration.ofDays(2)), device)) + "]}";

        assertRefused(post(BANK_A, "/v1/events:batch", batch).extract(), "events[2].occurredAt", "is in the future");
        for (String id : ids) {
            assertThat(stored("bank-a", id)).as("nothing of the batch is scored: %s", id).isFalse();
        }
    }

    @Test
    void aForgedDateLeavesTheSharedWindowsOfEveryBankUntouched() {
        String nationalId = "TB" + System.nanoTime();
        String device = Bodies.id("dev-shared");
        Instant start = now().minus(Duration.ofMinutes(40));
        for (int i = 0; i < 3; i++) {
            post(i % 2 == 0 ? BANK_A : BANK_B, "/v1/events", Bodies.opening(Bodies.id("open"),
                    start.plus(Duration.ofMinutes(10L * i)), nationalId, Bodies.id("e") + "@example.com", device))
                    .statusCode(200);
        }

        // A bank's time-zone bug, or a fraudster, dates an application three days ahead.
        assertRefused(post(BANK_B, "/v1/events", Bodies.opening(Bodies.id("open"), now().plus(Duration.ofDays(3)),
                nationalId, Bodies.id("e") + "@example.com", device)).extract(), "occurredAt", "is in the future");

        // Cross-bank counts, shown to a bank only in bands: read exactly.
        FeatureVector features = RawFeatures.of(engine, "bank-a", Bodies.opening(Bodies.id("open"),
                now().minus(Duration.ofMinutes(5)), nationalId, Bodies.id("e") + "@example.com", device));
        assertThat(features.get(Feature.NATIONAL_ID_APPLICATIONS_1H)).as("the three earlier and this one").isEqualTo(4.0);
        assertThat(features.get(Feature.NATIONAL_ID_APPLICATIONS_24H)).isEqualTo(4.0);
        assertThat(features.get(Feature.NATIONAL_ID_BANKS_7D)).isEqualTo(2.0);
        assertThat(features.get(Feature.DEVICE_EVENTS_1H)).isEqualTo(4.0);
    }

    @Test
    void labelsReportedAheadOrOlderThanTheLongestWindowAreRefusedNamingReportedAtAndLinkNothing() {
        String device = Bodies.id("dev-label");
        String eventId = Bodies.id("tx");
        Instant at = now().minus(Duration.ofHours(3));
        post(BANK_A, "/v1/events", Bodies.transfer(eventId, at, Bodies.id("c"), device, "shop-tb", "10.00")).statusCode(200);

        assertRefused(post(BANK_A, "/v1/labels", fraudLabel(eventId, now().plus(Duration.ofDays(2)))).extract(),
                "reportedAt", "is in the future");
        assertRefused(post(BANK_A, "/v1/labels", fraudLabel(eventId, now().minus(MAX_AGE).minus(Duration.ofDays(1))))
                .extract(), "reportedAt", "is too old");

        assertThat(linkedFraudLabels(device)).isZero();
        post(BANK_A, "/v1/labels", fraudLabel(eventId, now().minus(Duration.ofHours(1)))).statusCode(202);
        assertThat(linkedFraudLabels(device)).as("a label within the bounds still counts").isEqualTo(1.0);
    }

    @Test
    void aStreamLabelReportedAheadIsAcknowledgedCountedAndNeverApplied() throws InterruptedException {
        String device = Bodies.id("dev-stream");
        String eventId = Bodies.id("payee");
        post(BANK_A, "/v1/events", Bodies.payee(eventId, now().minus(Duration.ofHours(3)), Bodies.id("c"), device,
                Bodies.id("mule"))).statusCode(200);
        double droppedBefore = droppedForTimeBounds();

        String line = "{\"tenant\":\"bank-a\",\"label\":" + fraudLabel(eventId, now().plus(Duration.ofDays(2))) + "}";
        redis.stream(String.class).xadd(STREAM, SignedLabelEntries.of(line));

        for (int attempt = 0; attempt < 50 && droppedForTimeBounds() == droppedBefore; attempt++) {
            Thread.sleep(200);
        }
        assertThat(droppedForTimeBounds()).as("counted as dropped").isEqualTo(droppedBefore + 1);
        assertThat(linkedFraudLabels(device)).as("never applied").isZero();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String login(String eventId, Instant at, String device) {
        return Bodies.login(eventId, at, Bodies.id("c"), device, "203.0.113.60", 51.5, -0.12);
    }

    private static String fraudLabel(String eventId, Instant reportedAt) {
        return """
                {"eventId":"%s","label":"FRAUD","reportedAt":"%s","source":"CHARGEBACK"}
                """.formatted(eventId, reportedAt).strip();
    }

    private static void assertRefused(ExtractableResponse<Response> response, String field, String reason) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getList("violations.field", String.class)).containsExactly(field);
        assertThat(response.jsonPath().getString("violations[0].message")).startsWith(reason);
    }

    /** A login from the device now shows how many fraud labels are linked to it. */
    private double linkedFraudLabels(String device) {
        return RawFeatures.of(engine, "bank-a", login(Bodies.id("login"), now(), device))
                .get(Feature.DEVICE_FRAUD_LABELS_90D);
    }

    private boolean stored(String tenant, String eventId) {
        return redis.key().exists(RedisKeys.eventRecord(pseudonymiser.eventReference(tenant, eventId)));
    }

    private static double droppedForTimeBounds() {
        return ScrapedMetrics.sum("fraud_label_entries_dropped_total", "reason", "time_bounds");
    }
}
