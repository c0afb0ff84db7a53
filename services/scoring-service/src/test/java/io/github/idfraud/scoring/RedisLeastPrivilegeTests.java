package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.contract.RedisAccess;
import io.github.idfraud.testsupport.RedisUsers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.redis.client.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The scoring service works as its own Redis user with only {@link RedisAccess#scoringService}'s rights (issue 15,
 * finding 2): every kind of event scored in full (never degraded), rules changed, labels taken from the API and the
 * stream, alerts published, a person's data exported and erased; and the same user cannot list, read or change anything else, nor reconfigure Redis.
 */
@QuarkusTest
@QuarkusTestResource(value = RedisLeastPrivilegeTests.ScoringUser.class, restrictToAnnotatedClass = true)
class RedisLeastPrivilegeTests {

    private static final String FEATURES = "acl-ff:";
    private static final String RULES = "acl-rules:";
    private static final String ALERTS = "acl-fraud-alerts";
    private static final String LABELS = "acl-fraud-labels";
    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

    /** A Redis user of the scoring service's rights alone, for this class's service. */
    public static class ScoringUser implements QuarkusTestResourceLifecycleManager {

        private final String name = "test-scoring-" + UUID.randomUUID().toString().substring(0, 8);

        @Override
        public Map<String, String> start() {
            String url = RedisUsers.create(name, RedisAccess.scoringService(FEATURES, RULES, ALERTS, LABELS));
            return Map.of("quarkus.redis.hosts", url, "fraud.feature-key-prefix", FEATURES,
                    "fraud.rules.key-prefix", RULES, "fraud.alerts.stream", ALERTS, "fraud.labels.stream", LABELS);
        }

        @Override
        public void stop() {
            RedisUsers.delete(name);
        }
    }

    @ConfigProperty(name = "quarkus.redis.hosts")
    String asScoringUser;

    @Test
    void everyPartOfScoringWorksWithTheScoringUsersRightsAlone() throws InterruptedException {
        admin("PUT", "/admin/rules/bank-a", """
                {"rules":[{"id":"acl-large","description":"large transfers","condition":"event.amount > 5000.0",\
                "action":"REVIEW","reasonCode":"RULE_ACL_LARGE","status":"ACTIVE"}]}""").statusCode(200);
        admin("GET", "/admin/rules/bank-a/audit", null).statusCode(200);

        String customer = Bodies.id("c");
        String device = Bodies.id("d");
        String nationalId = Bodies.id("NI");
        String transfer = Bodies.id("transfer");
        List<String> events = List.of(
                Bodies.opening(Bodies.id("open"), AT, nationalId, customer + "@example.com", device),
                Bodies.profileVerified(Bodies.id("profile"), AT.plusSeconds(60), customer, customer + "@example.com",
                        nationalId, "2015-06-01"),
                Bodies.login(Bodies.id("login"), AT.plusSeconds(120), customer, device, "203.0.113.20", 51.5, -0.12),
                Bodies.passwordReset(Bodies.id("reset"), AT.plusSeconds(180), customer, device),
                Bodies.emailChange(Bodies.id("email"), AT.plusSeconds(240), customer, device,
                        customer + "@example.com", customer + "@example.net"),
                Bodies.payee(Bodies.id("payee"), AT.plusSeconds(300), customer, device, Bodies.id("mule")),
                Bodies.transfer(transfer, AT.plusSeconds(360), customer, device, Bodies.id("mule"), "9000.00"),
                Bodies.cardPayment(Bodies.id("card"), AT.plusSeconds(420), customer, "5411", "12.50"));
        for (String event : events) {
            given().header("Authorization", BANK_A).contentType(ContentType.JSON).body(event)
                    .post("/v1/events?explain=true").then().statusCode(200)
                    .body("degraded", org.hamcrest.Matchers.equalTo(false));
        }
        post(BANK_A, "/v1/events", Bodies.transfer(transfer, AT.plusSeconds(360), customer, device, "x", "9000.00"))
                .statusCode(200); // a repeat: answered from the stored record
        given().header("Authorization", BANK_A).contentType(ContentType.JSON).body("""
                {"eventId":"%s","label":"FRAUD","reportedAt":"%s","source":"CHARGEBACK"}""".formatted(transfer,
                AT.plus(Duration.ofDays(1)))).post("/v1/labels").then().statusCode(202);

        assertThat(RedisUsers.asAdmin("XLEN", ALERTS).toLong()).as("the large transfer's alert").isPositive();

        String line = """
                {"tenant":"bank-a","label":{"eventId":"%s","label":"FRAUD","reportedAt":"%s","source":"CONSUMER"}}"""
                .formatted(transfer, AT.plus(Duration.ofDays(2)));
        String labelEntry = RedisUsers.asAdmin("XADD", LABELS, "*", "v", "1", "label", line, "sig",
                SignedLabelEntries.signature().sign("1", line)).toString();
        String delivered = null;
        for (int attempt = 0; attempt < 50 && !labelEntry.equals(delivered); attempt++) {
            Thread.sleep(200);
            delivered = lastDelivered(RedisUsers.asAdmin("XINFO", "GROUPS", LABELS));
        }
        assertThat(delivered).as("the label stream read by the scoring user's consumer group").isEqualTo(labelEntry);
        assertThat(RedisUsers.asAdmin("XPENDING", LABELS, "scoring-service").get(0).toLong())
                .as("and acknowledged").isZero();

        // a data-subject request about the customer: everything kept about them read, then deleted
        String subject = """
                {"tenant":"bank-a","identifiers":{"customerId":"%s","nationalId":"%s"}}""".formatted(customer, nationalId);
        admin("POST", "/admin/data-subjects/export", subject).statusCode(200)
                .body("verifiedContacts.current.details.email", org.hamcrest.Matchers.notNullValue());
        admin("POST", "/admin/data-subjects/erase", subject).statusCode(200)
                .body("keysDeleted", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void theScoringUserCanNeitherListNorReachOtherKeysNorReconfigureRedis() {
        RedisUsers.asAdmin("SET", "acl-other:" + UUID.randomUUID(), "someone else's");
        for (String[] command : List.of(new String[] {"KEYS", "*"},
                new String[] {"GET", "acl-other:x"}, new String[] {"XADD", "another-stream", "*", "f", "v"},
                new String[] {"CONFIG", "GET", "*"}, new String[] {"FLUSHALL"}, new String[] {"ACL", "LIST"},
                new String[] {"CLIENT", "LIST"}, new String[] {"SCRIPT", "FLUSH"})) {
            assertThatThrownBy(() -> RedisUsers.as(asScoringUser, command)).as(String.join(" ", command))
                    .hasMessageContaining("NOPERM");
        }
    }

    private static String lastDelivered(Response groups) {
        for (Response group : groups) {
            if (group.get("name").toString().equals("scoring-service")) {
                return group.get("last-delivered-id").toString();
            }
        }
        return null;
    }

    private static ValidatableResponse admin(String method, String path, String body) {
        var request = given().header("Authorization", "Bearer test-admin-key").header("X-Operator", "acl-test")
                .contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.request(method, path).then();
    }
}
