package io.github.idfraud.cases;

import static io.github.idfraud.cases.TestAlerts.TENANT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.github.idfraud.cases.redis.StreamEntry;
import io.github.idfraud.cases.redis.StreamMaintenance;
import io.github.idfraud.cases.security.Analyst;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.RedisAccess;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.testsupport.RedisTestResource;
import io.github.idfraud.testsupport.RedisUsers;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The internet-facing case service works as its own Redis user with only {@link RedisAccess#caseService}'s rights
 * (issue 15, finding 2): it takes alerts in, dead-letters what it cannot read and publishes labels; and it can reach
 * neither the contact vault, nor the identifier state, nor the scoring service's event records.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(SmtpTestResource.class)
@WithTestResource(value = RedisLeastPrivilegeTests.CaseUser.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class RedisLeastPrivilegeTests {

    /** A Redis user of the case service's rights alone, on the test profile's streams. */
    public static class CaseUser implements QuarkusTestResourceLifecycleManager {

        private final String name = "test-cases-" + UUID.randomUUID().toString().substring(0, 8);

        @Override
        public Map<String, String> start() {
            return RedisTestResource.settings(RedisUsers.create(name,
                    RedisAccess.caseService(TestAlerts.STREAM, TestAlerts.DEAD_LETTERS, TestAlerts.LABELS)));
        }

        @Override
        public void stop() {
            RedisUsers.delete(name);
        }
    }

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    @Inject
    StreamMaintenance streams;

    @ConfigProperty(name = "quarkus.redis.hosts")
    String asCaseUser;

    @Test
    void alertsBecomeCasesUnreadableOnesAreDeadLetteredAndOutcomesBecomeLabels() {
        TestDb db = new TestDb(dataSource);
        String eventId = TestAlerts.id("acl-evt");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, eventId, EventType.LOGIN, 0.8, TestAlerts.id("cust"), null));
        String broken = RedisUsers.asAdmin("XADD", TestAlerts.STREAM, "*", "v", "1", "alert", "{not json").toString();
        UUID caseId = Eventually.await("a case for " + eventId, () -> db.caseOfEvent(TENANT, eventId));
        Eventually.await("the broken entry dead-lettered", () -> RedisUsers.asAdmin("XREVRANGE",
                TestAlerts.DEAD_LETTERS, "+", "-", "COUNT", "50").toString().contains(broken) ? true : null);

        given().auth().oauth2(TestTokens.supervisor(TENANT)).contentType(ContentType.JSON)
                .body(Map.of("to", "CONFIRMED_FRAUD", "reason", "the customer never opened it",
                        "disposition", "CONFIRMED_FRAUD"))
                .when().post("/v1/cases/" + caseId + "/transitions").then().statusCode(200);
        // Read as admin: the case user may only append to the labels stream, and reading it is refused.
        Eventually.await("the outcome's label on the labels stream", () -> RedisUsers.asAdmin("XREVRANGE",
                TestAlerts.LABELS, "+", "-", "COUNT", "200").toString().contains(TestAlerts.eventRef(eventId)) ? true : null);
    }

    @Test
    void retentionAndDataSubjectRequestsReachTheStreamsWithTheCaseUsersRightsAlone() {
        String person = TestAlerts.id("aclperson");
        String entry = RedisUsers.asAdmin("XADD", TestAlerts.DEAD_LETTERS, "*", "alert", "{" + person, "reason", "test")
                .toString();

        streams.trimBefore(TestAlerts.DEAD_LETTERS, Instant.now().minus(Duration.ofDays(14)));
        assertThat(streams.find(TestAlerts.DEAD_LETTERS, e -> e.fields().toString().contains(person)))
                .extracting(StreamEntry::id).containsExactly(entry);
        given().auth().oauth2(TestTokens.token("platform", "olga", Analyst.OPERATOR)).contentType(ContentType.JSON)
                .body(Map.of("pseudonyms", List.of(Map.of("kind", "customer", "pseudonym", person))))
                .when().post("/admin/data-subjects/erase").then().statusCode(200).body("streamEntries", equalTo(1));
        assertThat(RedisUsers.asAdmin("XRANGE", TestAlerts.DEAD_LETTERS, entry, entry).size()).isZero();
    }

    @Test
    void theCaseUserReachesNoVaultNoIdentifierStateAndNoEventRecord() {
        String customer = "acl-" + UUID.randomUUID();
        String vault = RedisKeys.verifiedContact(customer);
        RedisUsers.asAdmin("HSET", vault, "current", "v1.sealed");
        for (String[] command : List.of(new String[] {"HGETALL", vault}, new String[] {"DEL", vault},
                new String[] {"GET", RedisKeys.eventRecord("x")}, new String[] {"HGETALL", RedisKeys.identifierStateBucket(RedisKeys.FEATURE_PREFIX, 1, "k")},
                new String[] {"HGETALL", RedisKeys.contactHolders("x")}, new String[] {"KEYS", "*"},
                new String[] {"SCAN", "0"}, new String[] {"CONFIG", "GET", "*"}, new String[] {"FLUSHALL"},
                new String[] {"EVAL", "return redis.call('HGETALL', KEYS[1])", "1", vault})) {
            assertThatThrownBy(() -> RedisUsers.as(asCaseUser, command)).as(String.join(" ", command))
                    .hasMessageContaining("NOPERM");
        }
        assertThat(RedisUsers.asAdmin("HGET", vault, "current").toString()).isEqualTo("v1.sealed");
        RedisUsers.asAdmin("DEL", vault);
    }
}
