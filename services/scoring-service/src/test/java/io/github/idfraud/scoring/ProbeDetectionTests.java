package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.BANK_B;
import static io.github.idfraud.scoring.EventApiTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Probe detection (issue 15, finding 1): a bank reading features back, or guessing event ids, is noticed. A profile of
 * its own gives it a fresh detector: the other tests explain many of bank-a's events.
 */
@QuarkusTest
@TestProfile(ProbeDetectionTests.FreshDetector.class)
@QuarkusTestResource(RedisTestResource.class)
class ProbeDetectionTests {

    public static class FreshDetector implements QuarkusTestProfile {
    }

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @Test
    void aBankExplainingMostOfItsEventsIsCountedAsProbingAndABusinessLikeBankIsNot() {
        String customer = Bodies.id("c");
        for (int i = 0; i < 200; i++) {
            String body = Bodies.login(Bodies.id("login"), NOW.plusSeconds(i), customer, "dev-p", "203.0.113.90", 51.5, -0.12);
            post(BANK_B, i % 4 == 0 ? "/v1/events" : "/v1/events?explain=true", body).statusCode(200);
            post(BANK_A, i % 10 == 0 ? "/v1/events?explain=true" : "/v1/events", body.replace("login-", "login-a-"))
                    .statusCode(200);
        }
        assertThat(probes("bank-b", "explain-share")).as("150 of 200 explained").isGreaterThanOrEqualTo(1);
        assertThat(probes("bank-a", "explain-share")).as("20 of 200 explained").isZero();
    }

    @Test
    void aBankWhoseLabelsMostlyNameNoEventIsCountedAsProbing() {
        for (int i = 0; i < 100; i++) {
            post(BANK_B, "/v1/labels", """
                    {"eventId":"%s","label":"FRAUD","reportedAt":"%s","source":"CHARGEBACK"}
                    """.formatted(Bodies.id("guess"), NOW)).statusCode(404);
        }
        assertThat(probes("bank-b", "unknown-labels")).isGreaterThanOrEqualTo(1);
    }

    private static double probes(String tenant, String signal) {
        return ScrapedMetrics.sum("fraud_probe_suspected_total", "tenant", tenant, "signal", signal);
    }
}
