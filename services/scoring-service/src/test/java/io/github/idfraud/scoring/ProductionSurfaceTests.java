package io.github.idfraud.scoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.github.idfraud.testsupport.ManagementInterface;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the service serves under the production profile's configuration (issue 15, finding 8): the API, and no
 * Swagger UI (the demo turns it on with QUARKUS_SWAGGER_UI_ENABLE); health and metrics on the management port only,
 * the OpenAPI document beside the API it describes. Only the secrets a start needs are given.
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
            Map<String, String> overrides = new HashMap<>(ManagementInterface.FREE_TEST_PORTS);
            overrides.putAll(Map.of("fraud.api-keys", "bank-a:production-surface-test-key-0001",
                    "fraud.pseudonymisation-key", "production-surface-test-pseudonymisation-01",
                    "fraud.contact-encryption-key", "cHJvZHVjdGlvbi1zdXJmYWNlLXRlc3Qta2V5LTMyYiE=",
                    "fraud.vault-key", "cHJvZHVjdGlvbi1zdXJmYWNlLXZhdWx0LWtleS0zMmI=",
                    "fraud.feature-key-prefix", "test-ff:", "fraud.alerts.stream", "test-fraud-alerts",
                    "fraud.labels.stream", "test-fraud-labels"));
            return overrides;
        }
    }

    @TestHTTPResource
    URL service;
    @TestHTTPResource(management = true)
    URL management;

    @Test
    void healthAndMetricsAreServedOnTheManagementPortAndNeverOnTheServicePort() {
        ManagementInterface.assertServedOnlyOnManagementPort(service, management);
        given().port(management.getPort()).get("/q/metrics").then().body(containsString("fraud_model_info"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/v1/events"));
    }

    @Test
    void swaggerUiIsNotServedInProductionWhileTheApiIs() {
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().get("/q/swagger-ui").then().statusCode(404);
        given().header("Authorization", "Bearer production-surface-test-key-0001").get("/v1/model").then()
                .statusCode(200);
    }
}
