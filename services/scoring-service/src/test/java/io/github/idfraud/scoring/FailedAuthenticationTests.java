package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Guessing keys (issue 15, finding 6): an address may present 3 unknown keys here, then it waits. */
@QuarkusTest
@TestProfile(FailedAuthenticationTests.FewGuesses.class)
@QuarkusTestResource(RedisTestResource.class)
class FailedAuthenticationTests {

    public static class FewGuesses implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fraud.auth-failures.burst", "3", "fraud.auth-failures.refill-every", "PT10M");
        }
    }

    @Test
    void afterItsUnknownKeysAnAddressIsRefusedWith429BeforeAnyKeyIsCompared() {
        String body = Bodies.login(Bodies.id("login"), Instant.parse("2026-11-20T09:00:00Z"), Bodies.id("c"),
                "dev-g", "203.0.113.80", 51.5, -0.12);
        for (int guess = 0; guess < 3; guess++) {
            post("Bearer guess-" + guess, "/v1/events", body).statusCode(401);
        }

        ExtractableResponse<Response> throttled = post("Bearer guess-3", "/v1/events", body).extract();
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 600L);
        assertThat(post(BANK_A, "/v1/events", body).extract().statusCode())
                .as("not even a right key is compared meanwhile: guessing gains nothing").isEqualTo(429);
    }
}
