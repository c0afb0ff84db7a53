package io.github.idfraud.scoring;

import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.BANK_B;
import static io.github.idfraud.scoring.EventApiTests.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.github.idfraud.rules.Rule;
import io.github.idfraud.rules.RuleAction;
import io.github.idfraud.rules.RuleSet;
import io.github.idfraud.rules.RuleStatus;
import io.github.idfraud.scoring.redis.RuleStore;
import io.github.idfraud.scoring.rules.RuleAuditEntry;
import io.github.idfraud.scoring.rules.StoredRuleSet;
import io.github.idfraud.scoring.rules.TenantRules;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tenant rules end to end: the admin API, the decision and its reasons, metrics, audit, isolation, replicas. */
@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class TenantRulesTests {

    private static final String ADMIN = "Bearer test-admin-key";
    private static final Instant AT = Instant.now().minus(Duration.ofHours(1));

    @Inject
    RuleStore store;

    @Inject
    TenantRules live;

    @Inject
    RedisDataSource redis;

    private static ValidatableResponse admin(String method, String path, String body) {
        var request = given().header("Authorization", ADMIN).header("X-Operator", "alice").contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.request(method, path).then();
    }

    private static String rule(String id, String condition, String action, String status) {
        return """
                {"id":"%s","description":"test rule %s","condition":"%s","action":"%s","reasonCode":"RULE_%s","status":"%s"}
                """.formatted(id, id, condition.replace("\"", "\\\""), action, id.toUpperCase().replace('-', '_'), status);
    }

    private static ValidatableResponse login(String auth) {
        return post(auth, "/v1/events", Bodies.login(Bodies.id("login"), AT, Bodies.id("c"), Bodies.id("d"), "203.0.113.9",
                51.5, -0.1)).statusCode(200);
    }

    @AfterEach
    void backToDefaults() {
        admin("DELETE", "/admin/rules/bank-b", null).statusCode(200).body("own", equalTo(false));
    }

    @Test
    void anActiveRuleRaisesTheDecisionAndLeadsTheReasons() {
        admin("PUT", "/admin/rules/bank-b", "{\"rules\":[" + rule("decline-logins", "event.type == \"LOGIN\"", "DECLINE", "ACTIVE")
                + "]}").statusCode(200).body("own", equalTo(true)).body("rules[0].version", equalTo(1));

        login(BANK_B).body("decision", equalTo("DECLINE"))
                .body("reasons[0].code", equalTo("RULE_DECLINE_LOGINS"))
                .body("reasons[0].source", equalTo("RULE"))
                .body("reasons[0].description", containsString("decline-logins v1"))
                .body("reasons[1].source", equalTo("MODEL"));
    }

    @Test
    void aShadowRuleIsCountedButNeverChangesTheDecisionOrTheReasons() {
        admin("PUT", "/admin/rules/bank-b", "{\"rules\":[" + rule("shadow-logins", "event.type == \"LOGIN\"", "DECLINE", "ACTIVE")
                + "]}").statusCode(200);
        admin("PUT", "/admin/rules/bank-b/rules/shadow-logins/status", "{\"status\":\"SHADOW\"}").statusCode(200)
                .body("rules[0].status", equalTo("SHADOW")).body("rules[0].version", equalTo(2));
        double before = firings("bank-b", "shadow-logins", "SHADOW");

        ValidatableResponse answer = login(BANK_B);

        assertThat(answer.extract().<String>path("decision")).isNotEqualTo("DECLINE");
        assertThat(answer.extract().<List<String>>path("reasons.source")).containsOnly("MODEL");
        assertThat(firings("bank-b", "shadow-logins", "SHADOW")).isEqualTo(before + 1);
    }

    @Test
    void aBadRuleIsRefusedNamingItAndTheLiveSetStays() {
        admin("PUT", "/admin/rules/bank-b", "{\"rules\":[" + rule("decline-logins", "event.type == \"LOGIN\"", "DECLINE", "ACTIVE")
                + "]}").statusCode(200);
        long version = admin("GET", "/admin/rules/bank-b", null).extract().<Number>path("version").longValue();

        admin("PUT", "/admin/rules/bank-b", "{\"rules\":[" + rule("fine", "features.DEVICE_EVENTS_1H > 3.0", "REVIEW", "ACTIVE")
                + "," + rule("typo", "features.DEVICE_EVENTS_1HOUR > 3.0", "REVIEW", "ACTIVE") + "]}")
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("rule typo: condition names unknown variables features.DEVICE_EVENTS_1HOUR"))
                .body("violations.field", hasItem("rules.typo.condition"));
        admin("PUT", "/admin/rules/bank-b/rules/not-bool", rule("not-bool", "features.DEVICE_EVENTS_1H", "REVIEW", "ACTIVE"))
                .statusCode(400).body("detail", containsString("rule not-bool: condition is a double, it must be a bool"));

        admin("GET", "/admin/rules/bank-b", null).statusCode(200).body("version", equalTo((int) version))
                .body("rules.id", equalTo(List.of("decline-logins")));
        login(BANK_B).body("decision", equalTo("DECLINE"));
    }

    @Test
    void anAllowListedMerchantSuppressesTheAlert() {
        String trusted = Bodies.id("merchant-trusted");
        admin("PUT", "/admin/rules/bank-b", "{\"rules\":["
                + rule("big-card", "event.channel == \"CARD_NOT_PRESENT\" && event.amount >= 5000.0", "DECLINE", "ACTIVE") + ","
                + rule("trusted-merchant", "event.merchantId in [\"" + trusted + "\"]", "SUPPRESS", "ACTIVE") + "]}")
                .statusCode(200);

        post(BANK_B, "/v1/events", Bodies.cardPayment(Bodies.id("pay"), AT, Bodies.id("c"), trusted, "6000.00")).statusCode(200)
                .body("decision", equalTo("CHALLENGE")).body("reasons.code", hasItem("RULE_TRUSTED_MERCHANT"));
        post(BANK_B, "/v1/events", Bodies.cardPayment(Bodies.id("pay"), AT, Bodies.id("c"), Bodies.id("m"), "6000.00"))
                .statusCode(200).body("decision", equalTo("DECLINE"));
    }

    @Test
    void oneTenantsRulesNeverTouchAnothersDecisions() {
        admin("PUT", "/admin/rules/bank-b", "{\"rules\":[" + rule("decline-logins", "event.type == \"LOGIN\"", "DECLINE", "ACTIVE")
                + "]}").statusCode(200);
        admin("GET", "/admin/rules/bank-a", null).statusCode(200).body("own", equalTo(false));

        ValidatableResponse other = login(BANK_A);

        assertThat(other.extract().<String>path("decision")).isNotEqualTo("DECLINE");
        assertThat(other.extract().<List<String>>path("reasons.code")).doesNotContain("RULE_DECLINE_LOGINS");
        login(BANK_B).body("decision", equalTo("DECLINE"));
    }

    @Test
    void everyChangeIsAuditedWithWhoWhatAndVersions() {
        admin("PUT", "/admin/rules/bank-b", "{\"rules\":[" + rule("r1", "event.amount > 10.0", "REVIEW", "ACTIVE") + "]}")
                .statusCode(200);
        admin("PUT", "/admin/rules/bank-b/rules/r2", rule("r2", "event.amount > 20.0", "CHALLENGE", "SHADOW")).statusCode(200);
        admin("PUT", "/admin/rules/bank-b/rules/r1/status", "{\"status\":\"OFF\"}").statusCode(200);
        admin("DELETE", "/admin/rules/bank-b/rules/r2", null).statusCode(200).body("rules.id", equalTo(List.of("r1")));
        admin("DELETE", "/admin/rules/bank-b/rules/missing", null).statusCode(404);

        List<Map<String, Object>> entries = admin("GET", "/admin/rules/bank-b/audit?limit=4", null).statusCode(200)
                .extract().path("$");

        assertThat(entries).extracting(e -> e.get("change"))
                .containsExactly("PUT_SET", "PUT_RULE", "SET_STATUS", "DELETE_RULE");
        assertThat(entries).extracting(e -> e.get("who")).containsOnly("admin (alice)");
        assertThat(entries.get(1).get("rules")).isEqualTo(List.of("r2"));
        assertThat((String) entries.get(2).get("detail")).isEqualTo("r1: v1 ACTIVE -> v2 OFF");
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> e = entries.get(i);
            assertThat(((Number) e.get("newVersion")).longValue()).isEqualTo(((Number) e.get("oldVersion")).longValue() + 1);
            assertThat(Instant.parse((String) e.get("at"))).isAfter(Instant.now().minusSeconds(60));
        }
    }

    @Test
    void onlyTheAdminKeyOpensTheRulesAndUnknownTenantsAre404() {
        given().get("/admin/rules/bank-b").then().statusCode(401);
        given().header("Authorization", BANK_B).get("/admin/rules/bank-b").then().statusCode(401);
        admin("GET", "/admin/rules/bank-z", null).statusCode(404).contentType("application/problem+json");
        admin("GET", "/admin/rules", null).statusCode(200).body("tenant", hasItem("bank-b"));
        given().header("Authorization", ADMIN).header("X-Operator", "bad\u0001name").contentType(ContentType.JSON)
                .body("{\"rules\":[]}").put("/admin/rules/bank-b").then().statusCode(400);
    }

    @Test
    void aChangeStoredByAnotherReplicaGoesLiveHereWithinAPoll() throws Exception {
        StoredRuleSet current = store.read("bank-b").await().atMost(Duration.ofSeconds(5));
        RuleSet set = new RuleSet(List.of(new Rule("from-elsewhere", "another replica's rule", "event.type == \"LOGIN\"",
                RuleAction.DECLINE, "RULE_ELSEWHERE", RuleStatus.ACTIVE, 1)));
        StoredRuleSet next = new StoredRuleSet(current.version() + 1, true, set);
        boolean stored = store.change("bank-b", current.version(), next, new RuleAuditEntry(Instant.now(), "replica-2",
                "PUT_SET", List.of("from-elsewhere"), "", current.version(), next.version())).await().atMost(Duration.ofSeconds(5));
        assertThat(stored).isTrue();

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (live.version("bank-b") != next.version() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(live.version("bank-b")).isEqualTo(next.version());
        login(BANK_B).body("decision", equalTo("DECLINE")).body("reasons[0].code", equalTo("RULE_ELSEWHERE"));
    }

    @Test
    void replicasFollowRedisWhenItLostATenantsRules() throws Exception {
        admin("PUT", "/admin/rules/bank-b", "{\"rules\":[" + rule("decline-logins", "event.type == \"LOGIN\"", "DECLINE", "ACTIVE")
                + "]}").statusCode(200);
        assertThat(live.version("bank-b")).isPositive();

        // What a flush or a restore from an old snapshot leaves: no set and no version for the tenant.
        redis.key().del("test-rules:rules:{bank-b}", "test-rules:rules-audit:{bank-b}");
        redis.hash(String.class).hdel("test-rules:rules-versions", "bank-b");

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (live.version("bank-b") != 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(live.version("bank-b")).isZero();
        assertThat(live.of("bank-b").own()).isFalse();
        assertThat(login(BANK_B).extract().<List<String>>path("reasons.code")).doesNotContain("RULE_DECLINE_LOGINS");
    }

    private static double firings(String tenant, String rule, String status) {
        return ScrapedMetrics.sum("fraud_rules_fired_total", "tenant", tenant, "rule", rule, "status", status);
    }
}
