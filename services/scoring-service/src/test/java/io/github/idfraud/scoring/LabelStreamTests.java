package io.github.idfraud.scoring;

import io.github.idfraud.testsupport.RedisTestResource;
import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class LabelStreamTests {

    @Inject
    RedisDataSource redis;

    @Test
    void aLabelOnTheStreamFeedsTheFeaturesOfLaterEvents() throws InterruptedException {
        Instant at = Instant.parse("2026-11-23T12:00:00Z");
        String device = Bodies.id("dev-stream");
        String eventId = Bodies.id("payee");
        post(BANK_A, "/v1/events", Bodies.payee(eventId, at, Bodies.id("c"), device, Bodies.id("mule"))).statusCode(200);

        String label = """
                {"tenant":"bank-a","label":{"eventId":"%s","label":"FRAUD","reportedAt":"%s","source":"CONSUMER"}}
                """.formatted(eventId, at.plus(Duration.ofHours(1)));
        redis.stream(String.class).xadd("test-fraud-labels", Map.of("v", "1", "label", label));

        float linked = 0;
        for (int attempt = 0; attempt < 50 && linked < 1; attempt++) {
            Thread.sleep(200);
            linked = post(BANK_A, "/v1/events?explain=true", Bodies.login(Bodies.id("login"), at.plus(Duration.ofHours(2)),
                    Bodies.id("c"), device, "203.0.113.50", 51.5, -0.1))
                    .statusCode(200).extract().path("features.device_fraud_labels_90d");
        }
        assertThat(linked).isEqualTo(1.0f);
    }
}
