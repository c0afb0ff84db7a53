package io.github.idfraud.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tenant claim is checked against the banks this deployment serves (issue 15, finding 4): a validly signed token
 * naming another bank opens nothing, as an identity provider that lets a user edit their tenant would otherwise allow.
 */
@QuarkusTest
@TestProfile(ServedTenantsTests.TwoBanks.class)
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class ServedTenantsTests {

    public static class TwoBanks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fraud.analyst-tenants", "bank-a,bank-b");
        }
    }

    @Test
    void aTokenNamingABankNotServedHereIsRefused() {
        given().auth().oauth2(TestTokens.analyst("bank-a")).when().get("/v1/cases").then().statusCode(200);
        given().auth().oauth2(TestTokens.supervisor("bank-b")).when().get("/v1/labels/export").then().statusCode(200);
        given().auth().oauth2(TestTokens.analyst("bank-z")).when().get("/v1/cases")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(TestTokens.supervisor("bank-a,bank-z")).when().get("/v1/cases").then().statusCode(403);
    }
}
