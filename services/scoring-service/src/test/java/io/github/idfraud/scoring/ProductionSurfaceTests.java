package io.github.idfraud.scoring;

import static io.restassured.RestAssured.given;

import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the service serves under the production profile's configuration (issue 15, finding 8): the API, and no
 * Swagger UI (the demo turns it on with QUARKUS_SWAGGER_UI_ENABLE). Only the secrets a start needs are given.
 */
@QuarkusTest
@TestProfile(ProductionSurfaceTests.ProductionConfiguration.class)
@QuarkusTestResource(value = RedisTestResource.class, restrictToAnnotatedClass = true)
class ProductionSurfaceTests {

    public static class ProductionConfiguration implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fraud.api-keys", "bank-a:production-surface-test-key-0001",
                    "fraud.pseudonymisation-key", "production-surface-test-pseudonymisation-01",
                    "fraud.contact-encryption-key", "cHJvZHVjdGlvbi1zdXJmYWNlLXRlc3Qta2V5LTMyYiE=",
                    "fraud.vault-key", "cHJvZHVjdGlvbi1zdXJmYWNlLXZhdWx0LWtleS0zMmI=",
                    "fraud.feature-key-prefix", "test-ff:", "fraud.alerts.stream", "test-fraud-alerts",
                    "fraud.labels.stream", "test-fraud-labels", "quarkus.http.test-port", "0");
        }
    }

    @Test
    void swaggerUiIsNotServedInProductionWhileTheApiIs() {
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().get("/q/swagger-ui").then().statusCode(404);
        given().header("Authorization", "Bearer production-surface-test-key-0001").get("/v1/model").then()
                .statusCode(200);
    }
}
