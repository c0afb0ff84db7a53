package io.github.idfraud.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.github.idfraud.testsupport.ManagementInterface;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the service serves under the production profile's configuration (issue 15): the API on the service port;
 * health and metrics on the management port only, so an Ingress or a port-forward of the service port never reaches
 * them. The API runs alone (no identity provider to discover); streams and database are this test's own.
 */
@QuarkusTest
@TestProfile(ProductionSurfaceTests.ProductionConfiguration.class)
@WithTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.OWN_DATABASE, value = "case_production_surface_test"))
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class ProductionSurfaceTests {

    public static class ProductionConfiguration implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(ManagementInterface.FREE_TEST_PORTS);
            overrides.putAll(Map.ofEntries(
                    Map.entry("fraud.contact-encryption-key", "cHJvZHVjdGlvbi1zdXJmYWNlLWNhc2VzLWtleS0zMmI="),
                    Map.entry("fraud.link-signing-key", "production-surface-test-link-signing-key-01"),
                    Map.entry("fraud.public-base-url", "https://answers.production-surface.invalid"),
                    Map.entry("fraud.analyst-tenants", "bank-a"),
                    Map.entry("quarkus.oidc.web.tenant-enabled", "false"),
                    Map.entry("fraud.alerts.stream", "test-surface-alerts"),
                    Map.entry("fraud.alerts.dead-letter-stream", "test-surface-alerts-dead"),
                    Map.entry("fraud.alerts.consumer", "case-service-surface-test"),
                    Map.entry("fraud.labels.stream", "test-surface-labels"),
                    // no Docker here; the test resources give the real servers (the test profile says so too)
                    Map.entry("quarkus.devservices.enabled", "false")));
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
        given().port(management.getPort()).get("/q/metrics").then().body(containsString("jvm_memory_used_bytes"));
        given().get("/v1/cases").then().statusCode(401);
    }
}
