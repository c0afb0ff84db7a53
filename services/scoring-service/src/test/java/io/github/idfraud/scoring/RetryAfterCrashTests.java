package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.Feature;
import io.github.idfraud.features.FeatureEngine;
import io.github.idfraud.features.FeatureVector;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.scoring.redis.EventStore;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A scorer killed after its window commits and before its answer was stored: the claim expires, the bank sends the
 * event again, and it is scored in full with the event counted once (ADR 0011).
 */
@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class RetryAfterCrashTests {

    private static final String TENANT = "bank-a";

    @Inject
    FeatureEngine engine;

    @Inject
    EventStore events;

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    RedisDataSource redis;

    @Test
    void theBanksRetryAfterACrashBeforeTheAnswerWasStoredCountsTheEventOnce() throws Exception {
        String eventId = Bodies.id("login");
        String customer = Bodies.id("c");
        String device = Bodies.id("dev");
        // An address of its own: the test Redis keeps identifier values between runs.
        String ip = String.format("2001:db8::%x:%x", ThreadLocalRandom.current().nextInt(0x10000),
                ThreadLocalRandom.current().nextInt(0x10000));
        Instant at = Instant.parse("2026-11-23T09:00:00Z");
        String body = Bodies.login(eventId, at, customer, device, ip, 51.5, -0.12);
        String reference = pseudonymiser.eventReference(TENANT, eventId);

        // The first attempt claims the event and commits its windows; then the process dies before storing the answer,
        // and its claim expires.
        assertThat(events.claim(reference, eventId).await().indefinitely()).isEmpty();
        engine.process(TENANT, ContractJson.newMapper().readValue(body, Event.class)).toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        redis.key().del(RedisKeys.eventRecord(reference));

        Map<String, Object> retried = post(BANK_A, "/v1/events?explain=true", body).statusCode(200).extract().as(Map.class);

        assertThat(retried.get("degraded")).isEqualTo(false);
        Map<String, Number> features = (Map<String, Number>) retried.get("features");
        assertThat(features.get("customer_events_1h").doubleValue()).as("counted once").isEqualTo(1.0);

        // The device's and address's counts are shown to a bank only in bands: read them exactly.
        FeatureVector twin = RawFeatures.of(engine, TENANT,
                Bodies.login(Bodies.id("login"), at.plusSeconds(60), customer, device, ip, 51.5, -0.12));
        assertThat(twin.get(Feature.CUSTOMER_EVENTS_1H)).as("the same login under a new id counts exactly one more")
                .isEqualTo(2.0);
        assertThat(twin.get(Feature.DEVICE_EVENTS_1H)).isEqualTo(2.0);
        assertThat(twin.get(Feature.IP_EVENTS_1H)).isEqualTo(2.0);

        String stored = post(BANK_A, "/v1/events", body).statusCode(200).extract().path("decision");
        assertThat(stored).as("the retry's answer was stored").isEqualTo(retried.get("decision"));
    }

    @Test
    void aDuplicateSentWhileTheFirstIsScoredIsRefusedAsInProgressAndCountsNothing() {
        String eventId = Bodies.id("login");
        String customer = Bodies.id("c");
        String body = Bodies.login(eventId, Instant.parse("2026-11-23T10:00:00Z"), customer, Bodies.id("dev"),
                "198.51.100.9", 51.5, -0.12);
        String reference = pseudonymiser.eventReference(TENANT, eventId);
        assertThat(events.claim(reference, eventId).await().indefinitely()).as("the first claim wins").isEmpty();

        post(BANK_A, "/v1/events", body).statusCode(409).contentType("application/problem+json");
        assertThat(redis.value(String.class).get(RedisKeys.eventRecord(reference))).as("the claim is left as it was")
                .isEqualTo("P");

        redis.key().del(RedisKeys.eventRecord(reference)); // the first scorer gave up and released it
        Map<String, Object> scored = post(BANK_A, "/v1/events?explain=true", body).statusCode(200).extract().as(Map.class);
        Map<String, Number> features = (Map<String, Number>) scored.get("features");
        assertThat(features.get("customer_events_1h").doubleValue()).as("the refused duplicate counted nothing")
                .isEqualTo(1.0);
    }
}
