package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.BANK_B;
import static io.github.idfraud.scoring.EventApiTests.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.features.StateBuckets;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A person's rights over the scoring service's part of their data (issue 15, finding 3): planted through the public
 * API in every Redis store (each identifier kind's history, the verified-contact vault, the national ID's holders),
 * exported readable, then erased while another person's data stays.
 */
@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class DataSubjectTests {

    private static final String ADMIN = "Bearer test-admin-key";
    private static final String FEATURE_PREFIX = "test-ff:";
    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    @Inject
    RedisDataSource redis;

    @Inject
    Pseudonymiser pseudonymiser;

    @Inject
    StateBuckets buckets;

    @Test
    void aPersonInEveryRedisStoreIsExportedReadablyThenErasedWhileAnotherPersonStays() {
        Person lena = Person.random("lena");
        Person other = Person.random("omar");
        lena.plant();
        other.plant();

        JsonPath export = admin("export", lena.request()).statusCode(200).extract().jsonPath();

        assertThat(export.getList("pseudonyms.kind")).containsExactlyInAnyOrder("nationalId", "email", "phone", "customer");
        assertThat(export.getList("identifiers.kind")).containsExactlyInAnyOrder("nationalId", "email", "phone", "customer");
        assertThat(export.getMap("identifiers.find { it.kind == 'nationalId' }.history.counts")).isNotEmpty();
        assertThat(export.getString("verifiedContacts.current.details.email")).isEqualTo(lena.email());
        assertThat(export.getString("verifiedContacts.current.details.phone")).isEqualTo(lena.phone());
        assertThat(export.getString("verifiedContacts.customerSince")).isEqualTo("2015-06-01");
        assertThat(export.getList("nationalIdHolders.customerPseudonym"))
                .contains(export.getString("pseudonyms.find { it.kind == 'customer' }.pseudonym"));
        assertThat(export.prettify()).doesNotContain(other.email(), other.phone(), other.nationalId());
        List<String> lenasKeys = keysOf(export);
        List<String> othersKeys = keysOf(admin("export", other.request()).statusCode(200).extract().jsonPath());
        assertThat(lenasKeys).allMatch(this::exists);

        admin("erase", lena.request()).statusCode(200).body("pseudonyms.kind", hasItem("customer"))
                .body("keysDeleted", equalTo(lenasKeys.size()));

        assertThat(lenasKeys).noneMatch(this::exists);
        assertThat(othersKeys).allMatch(this::exists);
        admin("export", lena.request()).statusCode(200).body("identifiers.size()", equalTo(0))
                .body("verifiedContacts", equalTo(null)).body("nationalIdHolders.size()", equalTo(0));
        admin("erase", lena.request()).statusCode(200).body("keysDeleted", equalTo(0));
    }

    @Test
    void onlyTheAdminKeyMayAskAndBadIdentifiersAre400sNamingTheField() {
        Map<String, Object> request = Person.random("ann").request();
        given().header("Authorization", BANK_A).contentType(ContentType.JSON).body(request)
                .when().post("/admin/data-subjects/export").then().statusCode(401);
        given().contentType(ContentType.JSON).body(request).when().post("/admin/data-subjects/erase").then().statusCode(401);
        admin("erase", Map.of("identifiers", Map.of("customerId", "c-1"))).statusCode(400)
                .contentType(containsString("problem+json")).body("violations.field", hasItem("tenant"));
        admin("export", Map.of("identifiers", Map.of("phone", "12"))).statusCode(400)
                .body("violations.field", hasItem("identifiers.phone"));
        admin("export", Map.of("identifiers", Map.of())).statusCode(400).body("violations.field", hasItem("identifiers"));
    }

    /** Every key the export names: each identifier's history (a bucket's field), the customer's contacts, the national ID's holders. */
    private List<String> keysOf(JsonPath export) {
        String keyId = pseudonymiser.keyId();
        List<String> keys = new ArrayList<>();
        for (Map<String, String> p : export.<Map<String, String>>getList("pseudonyms")) {
            String code = switch (p.get("kind")) {
                case "nationalId" -> "n";
                case "email" -> "e";
                case "phone" -> "p";
                default -> "c";
            };
            keys.add(RedisKeys.identifierState(FEATURE_PREFIX, code, p.get("pseudonym"), keyId));
            switch (p.get("kind")) {
                case "customer" -> keys.add(RedisKeys.verifiedContact(p.get("pseudonym"), keyId));
                case "nationalId" -> keys.add(RedisKeys.contactHolders(p.get("pseudonym"), keyId));
                default -> { }
            }
        }
        return keys;
    }

    /** A key, or an identifier value's field in its bucket (ADR 0015). */
    private boolean exists(String key) {
        return key.startsWith(FEATURE_PREFIX) ? redis.hash(String.class).hexists(buckets.key(key), buckets.field(key))
                : redis.key().exists(key);
    }

    private static ValidatableResponse admin(String action, Map<String, Object> body) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/admin/data-subjects/" + action).then();
    }

    private record Person(String customer, String email, String phone, String nationalId) {

        static Person random(String name) {
            String unique = Long.toString(System.nanoTime());
            return new Person(Bodies.id(name), Bodies.id(name) + "@example.com",
                    "+4477" + unique.substring(unique.length() - 8), "QQ" + unique);
        }

        /** The bank verifies the person's contact, another bank sees an application with their identity, they log in. */
        void plant() {
            post(BANK_A, "/v1/events", """
                    {"eventId":"%s","type":"PROFILE_VERIFIED","occurredAt":"%s","customerId":"%s",
                     "identity":{"nationalId":"%s","firstName":"Lena","email":"%s","phone":"%s"},
                     "profile":{"customerSince":"2015-06-01"}}
                    """.formatted(Bodies.id("profile"), AT, customer, nationalId, email, phone)).statusCode(200);
            post(BANK_B, "/v1/events", """
                    {"eventId":"%s","type":"ACCOUNT_OPENING","occurredAt":"%s","customerId":"%s",
                     "identity":{"nationalId":"%s","firstName":"Lena","lastName":"Ng","dateOfBirth":"1984-03-02",
                                 "email":"%s","phone":"%s"}}
                    """.formatted(Bodies.id("open"), AT.plusSeconds(3600), Bodies.id("new"), nationalId, email, phone))
                    .statusCode(200);
            post(BANK_A, "/v1/events", Bodies.login(Bodies.id("login"), AT.plusSeconds(7200), customer, Bodies.id("dev"),
                    "203.0.113.9", 51.5, -0.12)).statusCode(200);
        }

        Map<String, Object> request() {
            return Map.of("tenant", "bank-a", "identifiers",
                    Map.of("email", email, "phone", phone, "nationalId", nationalId, "customerId", customer));
        }
    }
}
