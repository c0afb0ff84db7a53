package io.github.idfraud.scoring;

import io.github.idfraud.testsupport.RedisTestResource;
import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.github.idfraud.scoring.config.StartupChecks;
import io.github.idfraud.scoring.security.AdminKey;
import io.github.idfraud.scoring.security.TenantKeys;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class ApiKeyAuthenticationTests {

    @Inject
    TenantKeys tenantKeys;

    @Inject
    AdminKey adminKey;

    /** The test profile's keys are short on purpose: under the production checks they would stop the service. */
    @Test
    void shortApiAndAdminKeysAreRefusedOutsideDevAndTestNamingTheTenantNeverTheKey() {
        assertThat(tenantKeys.tenantsWithShortKeys()).containsExactly("bank-a", "bank-b");
        assertThatThrownBy(() -> StartupChecks.refuseShortKeys(tenantKeys, adminKey))
                .hasMessageContaining("bank-a, bank-b").hasMessageContaining("24 characters")
                .hasMessageNotContaining("test-key-bank-a");
    }


    private static final String BANK_A_ROTATED = "Bearer test-key-bank-a-rotated";
    private static final String ADMIN = "Bearer test-admin-key";
    private static final Instant NOW = Instant.parse("2026-11-20T11:00:00Z");

    @Test
    void healthMetricsAndOpenApiNeedNoKey() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aTenantsSecondKeyActsAsTheSameTenant() {
        String eventId = Bodies.id("tx");
        post(BANK_A, "/v1/events", Bodies.transfer(eventId, NOW, Bodies.id("c"), Bodies.id("dev"), "shop-1", "10.00"))
                .statusCode(200);
        String label = """
                {"eventId":"%s","label":"LEGIT","reportedAt":"%s","source":"CHARGEBACK"}
                """.formatted(eventId, NOW.plus(Duration.ofDays(1)));
        post(BANK_A_ROTATED, "/v1/labels", label).statusCode(202).body("eventId", equalTo(eventId));
    }

    @Test
    void theAdminKeyOpensOnlyAdminAndTenantKeysNeverOpenAdmin() {
        given().header("Authorization", ADMIN).get("/v1/model").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().header("Authorization", BANK_A).contentType(ContentType.JSON).body("{}").post("/admin/model/reload")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().contentType(ContentType.JSON).body("{}").post("/admin/model/reload")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aWrongKeyIsRefusedLikeAMissingOne() {
        given().header("Authorization", "Bearer test-key-bank-a-but-wrong").get("/v1/model").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
        given().header("Authorization", "bearer test-key-bank-a").get("/v1/model").then().statusCode(200);
    }

    @Test
    void keysAreCheckedBeforeTheBodyIsRead() {
        given().contentType(ContentType.JSON).body("{\"eventId\":").post("/v1/events").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-key").contentType(ContentType.JSON).body("{\"events\":[")
                .post("/v1/events:batch").then().statusCode(401);
    }
}
