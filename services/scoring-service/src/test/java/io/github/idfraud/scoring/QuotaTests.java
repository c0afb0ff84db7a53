package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.BANK_B;
import static io.github.idfraud.scoring.EventApiTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each tenant's quota (issue 15, finding 6): bank-b may send 5 events a second with 2 seconds of burst. */
@QuarkusTest
@TestProfile(QuotaTests.SmallQuota.class)
@QuarkusTestResource(RedisTestResource.class)
class QuotaTests {

    public static class SmallQuota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fraud.quota.tenants", "bank-b:5", "fraud.quota.burst-seconds", "PT2S",
                    "fraud.limits.max-batch-events", "10");
        }
    }

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    @Inject
    RedisDataSource redis;

    @Inject
    Pseudonymiser pseudonymiser;

    @Test
    void aTenantOverItsQuotaGets429WithRetryAfterStoresNothingAndOtherTenantsAreServed() throws Exception {
        Thread.sleep(2_000); // a full bucket, whatever ran before
        String customer = Bodies.id("c");
        int answered = 0;
        String refusedId = null;
        ExtractableResponse<Response> refused = null;
        for (int i = 0; i < 40 && refused == null; i++) {
            String eventId = Bodies.id("login");
            ExtractableResponse<Response> response = post(BANK_B, "/v1/events",
                    Bodies.login(eventId, NOW.plusSeconds(i), customer, "dev-q", "203.0.113.70", 51.5, -0.12)).extract();
            if (response.statusCode() == 429) {
                refused = response;
                refusedId = eventId;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                answered++;
            }
        }

        assertThat(refused).as("a refusal within 40 quick events").isNotNull();
        assertThat(answered).as("the burst of 10, and what refilled meanwhile").isGreaterThanOrEqualTo(10);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("5 events per second").doesNotContain("bank-");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 2L);
        assertThat(redis.key().exists(RedisKeys.eventRecord(pseudonymiser.eventReference("bank-b", refusedId))))
                .as("nothing stored for a refused event").isFalse();

        post(BANK_A, "/v1/events", login(0, Bodies.id("c"))).statusCode(200);
        String batch = IntStream.range(0, 10).mapToObj(i -> login(60 + i, customer))
                .collect(Collectors.joining(",", "{\"events\":[", "]}"));
        post(BANK_B, "/v1/events:batch", batch).statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());

        Thread.sleep(retryAfter * 1000);
        post(BANK_B, "/v1/events", Bodies.login(refusedId, NOW.plusSeconds(50), customer, "dev-q", "203.0.113.70",
                51.5, -0.12)).statusCode(200);
    }

    @Test
    void aSpentTenantIsTurnedAwayBeforeItsBodyIsRead() {
        String customer = Bodies.id("c");
        boolean garbageRefusedForQuota = false;
        // A token refills every 200 ms: the body that follows a 429 at once finds the bucket still empty, unless
        // this machine stalls between the two; a few rounds make that stall harmless.
        for (int round = 0; round < 5 && !garbageRefusedForQuota; round++) {
            int status = 200;
            for (int i = 0; i < 40 && status != 429; i++) {
                status = post(BANK_B, "/v1/events", login(200 + i, customer)).extract().statusCode();
            }
            assertThat(status).as("the quota spent").isEqualTo(429);
            ExtractableResponse<Response> garbage = post(BANK_B, "/v1/events", "{\"eventId\": not json").extract();
            assertThat(garbage.statusCode()).isIn(400, 429);
            garbageRefusedForQuota = garbage.statusCode() == 429;
        }
        assertThat(garbageRefusedForQuota).as("a body that cannot be parsed, from a spent tenant: 429, not 400")
                .isTrue();
        post(BANK_A, "/v1/events", "{\"eventId\": not json").statusCode(400);
        post("Bearer not-a-key", "/v1/events", "{}").statusCode(401);
    }

    @Test
    void labelsCountAgainstTheQuotaToo() throws Exception {
        Thread.sleep(2_000); // a full bucket, whatever ran before
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 60 && !statuses.contains(429); i++) {
            statuses.add(post(BANK_B, "/v1/labels", """
                    {"eventId":"never-sent-%d","label":"FRAUD","reportedAt":"%s","source":"CHARGEBACK"}
                    """.formatted(i, NOW)).extract().statusCode());
        }
        assertThat(statuses).as("labels take tokens: a refusal within 60 quick labels").contains(429);
        assertThat(statuses.indexOf(429)).as("the burst of 10 first").isGreaterThanOrEqualTo(10);
        assertThat(statuses.subList(0, statuses.indexOf(429))).containsOnly(404);
    }

    private static String login(int second, String customer) {
        return Bodies.login(Bodies.id("login"), NOW.plusSeconds(second), customer, "dev-q", "203.0.113.70", 51.5, -0.12);
    }
}
