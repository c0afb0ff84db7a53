package io.github.idfraud.cases;

import static io.github.idfraud.cases.TestAlerts.TENANT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.github.idfraud.cases.service.EventIdSealing;
import io.github.idfraud.contract.AlertEntry;
import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Rotating the contact-encryption key with sealed bank event ids kept (issue 15): while the previous key is
 * configured, ids sealed under it open; after the service seals them again, every one opens under the current key
 * alone and none under the retired one. Its own database, so re-sealing touches no other test's rows.
 */
@QuarkusTest
@TestProfile(EventIdKeyRotationTests.Rotating.class)
@WithTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.OWN_DATABASE, value = "case_event_id_rotation_test"))
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class EventIdKeyRotationTests {

    private static final String NEW_KEY = "cm90YXRlZC1jb250YWN0LWtleS0zMi1ieXRlcyEhISE=";

    /** The switch: a new current key, the test profile's key kept as the previous one. */
    public static class Rotating implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fraud.contact-encryption-key", NEW_KEY,
                    "fraud.contact-encryption-previous-keys", TestAlerts.CONTACT_KEY);
        }
    }

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    @Inject
    EventIdSealing sealing;

    @Test
    void idsSealedUnderThePreviousKeyOpenDuringTheWindowAndOnlyUnderTheNewKeyAfterResealing() {
        TestDb db = new TestDb(dataSource);
        String eventId = TestAlerts.id("evt-rotation");
        // sealed by a scoring service still on the previous key
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, eventId, EventType.LOGIN, 0.9, TestAlerts.id("cust"), null));
        UUID caseId = Eventually.await("a case for " + eventId, () -> db.caseOfEvent(TENANT, eventId));
        String eventRef = TestAlerts.eventRef(eventId);
        String binding = AlertEntry.sealedEventIdBinding(TENANT, eventRef);
        ContactCipher retired = TestAlerts.CIPHER;
        ContactCipher current = new ContactCipher(NEW_KEY);
        assertThat(retired.decrypt(sealedOf(db, eventRef), binding)).isEqualTo(eventId);
        given().auth().oauth2(TestTokens.analyst(TENANT)).when().get("/v1/cases/" + caseId)
                .then().statusCode(200).body("events[0].eventId", equalTo(eventId));

        assertThat(sealing.resealUnderCurrentKey().changed()).isGreaterThanOrEqualTo(1);
        assertThat(sealing.resealUnderCurrentKey()).isEqualTo(new EventIdSealing.Progress(0, 0));

        String resealed = sealedOf(db, eventRef);
        assertThat(current.decrypt(resealed, binding)).isEqualTo(eventId);
        assertThatThrownBy(() -> retired.decrypt(resealed, binding)).isInstanceOf(IllegalArgumentException.class);
        given().auth().oauth2(TestTokens.analyst(TENANT)).when().get("/v1/cases/" + caseId)
                .then().statusCode(200).body("events[0].eventId", equalTo(eventId));
    }

    private static String sealedOf(TestDb db, String eventRef) {
        return db.text("select sealed_event_id from case_event where tenant = ? and event_ref = ?", TENANT, eventRef);
    }
}
