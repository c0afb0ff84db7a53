package io.github.idfraud.cases;

import io.github.idfraud.testsupport.RedisTestResource;
import static io.github.idfraud.cases.TestAlerts.TENANT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.github.idfraud.cases.service.ContactRetention;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.EventType;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class ContactRetentionTests {

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    @Inject
    ContactRetention retention;

    @Test
    void encryptedContactDetailsAreDeletedOnceTheirRetentionIsOver() throws SQLException {
        TestDb db = new TestDb(dataSource);
        String old = TestAlerts.id("evt");
        String recent = TestAlerts.id("evt");
        // LOGIN alerts email nobody, so only retention touches their contact details.
        for (String eventId : new String[] {old, recent}) {
            TestAlerts.publish(redis, TestAlerts.alert(TENANT, eventId, EventType.LOGIN, 0.8, TestAlerts.id("cust"),
                    new ContactDetails("Lee", TestAlerts.id("lee") + "@example.com", null)));
        }
        UUID oldCase = Eventually.await("case of " + old, () -> db.caseOfEvent(TENANT, old));
        Eventually.await("case of " + recent, () -> db.caseOfEvent(TENANT, recent));
        db.execute("update case_event set received_at = now() - interval '40 days' where tenant = ? and event_ref = ?",
                TENANT, TestAlerts.eventRef(old));

        retention.purgeReceivedBefore(Instant.now().minus(Duration.ofDays(30)));

        assertThat(db.text("select encrypted_contact from case_event where event_ref = ?", TestAlerts.eventRef(old))).isNull();
        assertThat(db.text("select encrypted_contact from case_event where event_ref = ?", TestAlerts.eventRef(recent)))
                .startsWith("v2.");
        given().auth().oauth2(TestTokens.analyst(TENANT)).when().get("/v1/cases/" + oldCase)
                .then().statusCode(200).body("events[0].contactHeld", equalTo(false));
    }
}
