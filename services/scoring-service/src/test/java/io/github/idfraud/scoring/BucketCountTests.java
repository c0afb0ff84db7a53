package io.github.idfraud.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.StateBuckets;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * One bucket count per deployment (ADR 0015): the first pod writes its count beside the values, and a pod configured
 * with another stays unready, naming the setting, rather than score on values it cannot find.
 */
@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class BucketCountTests {

    private static final String SCORING_CHECK_BUCKETS = "checks.find { it.name == 'scoring' }.data.'state-buckets'";

    @Inject
    StateBuckets buckets;

    @Inject
    ScoringConfig config;

    @Inject
    RedisDataSource redis;

    @Test
    void theFirstReadinessCheckWritesThisPodsCountAndAgreesWithIt() {
        String marker = RedisKeys.identifierStateBucketCount(config.featureKeyPrefix());
        redis.key().del(marker);

        given().get("/q/health/ready").then().statusCode(200)
                .body(SCORING_CHECK_BUCKETS, equalTo("agreed"));

        assertThat(redis.value(String.class).get(marker)).isEqualTo(String.valueOf(buckets.count()));
    }

    @Test
    void aPodWithAnotherCountThanTheStoredValuesStaysUnreadyUntilTheyAgree() {
        String marker = RedisKeys.identifierStateBucketCount(config.featureKeyPrefix());
        redis.value(String.class).set(marker, String.valueOf(buckets.count() * 2));
        try {
            given().get("/q/health/ready").then().statusCode(503)
                    .body(SCORING_CHECK_BUCKETS, containsString(EnvironmentVariables.FRAUD_FEATURE_STATE_BUCKETS))
                    .body(SCORING_CHECK_BUCKETS, containsString(String.valueOf(buckets.count() * 2)));
        } finally {
            redis.value(String.class).set(marker, String.valueOf(buckets.count()));
        }
        given().get("/q/health/ready").then().statusCode(200);
    }
}
