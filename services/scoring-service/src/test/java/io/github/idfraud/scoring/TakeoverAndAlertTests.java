package io.github.idfraud.scoring;

import io.github.idfraud.testsupport.RedisTestResource;
import static io.github.idfraud.scoring.EventApiTests.BANK_A;
import static io.github.idfraud.scoring.EventApiTests.BANK_B;
import static io.github.idfraud.scoring.EventApiTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.AlertEntry;
import io.github.idfraud.contract.ContactCipher;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.Explanation;
import io.github.idfraud.features.Feature;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RedisTestResource.class)
class TakeoverAndAlertTests {

    private static final String STREAM = "test-fraud-alerts";
    /** The test profile's contact-encryption key, which seals the alerts' contacts and event ids. */
    private static final ContactCipher CONTACT_CIPHER = new ContactCipher("dGVzdC1vbmx5LWNvbnRhY3Qta2V5LTMyLWJ5dGVzISE=");

    @Inject
    RedisDataSource redis;

    /**
     * The stream's last entry before this test's events: the shared test Redis keeps every run's alerts, and reading
     * them all outlasted a command's timeout.
     */
    private String since = "-";

    @Test
    void accountTakeoverChainEndsInReviewOrDeclineAndReachesTheAlertStream() {
        since = redis.stream(String.class).xrevrange(STREAM, io.quarkus.redis.datasource.stream.StreamRange.of("+", "-"), 1)
                .stream().map(StreamMessage::id).findFirst().orElse("-");
        String customer = Bodies.id("victim");
        String ownPhone = Bodies.id("own-phone");
        String victimEmail = Bodies.id("victim") + "@example.com";
        Instant attack = Instant.parse("2026-11-21T20:00:00Z");
        List<String> history = new ArrayList<>();
        history.add(Bodies.profileVerified(Bodies.id("profile"), attack.minus(Duration.ofDays(15)), customer, victimEmail,
                null, "2019-04-01"));
        for (int day = 14; day >= 1; day--) {
            Instant morning = attack.minus(Duration.ofDays(day)).minus(Duration.ofHours(11));
            history.add(Bodies.loginWithContact(Bodies.id("login"), morning, customer, ownPhone, victimEmail));
            history.add(Bodies.transfer(Bodies.id("tx"), morning.plusSeconds(300), customer, ownPhone, "grocer-1", "42.00"));
        }
        post(BANK_A, "/v1/events:batch", "{\"events\":[" + String.join(",", history) + "]}").statusCode(200);

        String usualLogin = Bodies.id("login");
        Map<String, Object> normal = post(BANK_A, "/v1/events",
                Bodies.login(usualLogin, attack.minus(Duration.ofHours(2)), customer, ownPhone, "203.0.113.7", 51.50, -0.12))
                .statusCode(200).extract().as(Map.class);
        assertThat(normal.get("decision")).as("a routine login raises no alert").isIn("ALLOW", "CHALLENGE");

        String attacker = Bodies.id("attacker-laptop");
        post(BANK_A, "/v1/events", Bodies.login(Bodies.id("login"), attack, customer, attacker, "192.0.2.66", 6.52, 3.37))
                .statusCode(200);
        post(BANK_A, "/v1/events", Bodies.emailChange(Bodies.id("change"), attack.plusSeconds(240), customer, attacker,
                victimEmail, "attacker@example.net")).statusCode(200);
        // the bank verifies the new address by a code sent to it: the fraudster reads it, so the check passes
        post(BANK_A, "/v1/events", Bodies.profileVerified(Bodies.id("profile"), attack.plusSeconds(300), customer,
                "attacker@example.net", null, "2019-04-01")).statusCode(200);
        post(BANK_A, "/v1/events", Bodies.payee(Bodies.id("payee"), attack.plusSeconds(480), customer, attacker, "mule-acct-9"))
                .statusCode(200);
        String drainId = Bodies.id("drain");
        Map<String, Object> drain = post(BANK_A, "/v1/events", Bodies.transfer(drainId, attack.plusSeconds(720), customer,
                attacker, "mule-acct-9", "4850.00")).statusCode(200).extract().as(Map.class);

        assertThat(drain.get("decision")).isIn("REVIEW", "DECLINE");
        List<String> alerted = alertedEventIds();
        assertThat(alerted).contains(drainId).doesNotContain(usualLogin);

        String sealed = alertField(drainId, "encryptedContact");
        assertThat(sealed).as("the drain alert carries the victim's verified contact from before the takeover, sealed")
                .isNotNull()
                .doesNotContain(victimEmail);
        String contact = CONTACT_CIPHER.decrypt(sealed, "bank-a/" + drainId);
        assertThat(contact).contains(victimEmail).doesNotContain("attacker@example.net");

        Explanation explanation = alert(drainId).explanation();
        assertThat(explanation.modelVersion()).as("the deciding model, as the bank was told")
                .isEqualTo(drain.get("modelVersion"));
        assertThat(explanation.features()).as("every feature the model saw")
                .hasSize(Feature.values().length)
                .containsKey("customer_new_payee_transfers_24h");
        assertThat(explanation.contributions()).hasSizeBetween(3, 10).allSatisfy(c ->
                assertThat(explanation.features()).containsEntry(c.feature(), c.value()));
        List<Double> strengths = explanation.contributions().stream().map(c -> Math.abs(c.contribution())).toList();
        assertThat(strengths).as("strongest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    private AlertEntry alert(String eventId) {
        for (StreamMessage<String, String, String> message : redis.stream(String.class).xrange(STREAM,
                io.quarkus.redis.datasource.stream.StreamRange.of(since, "+"))) {
            try {
                String payload = message.payload().get("alert");
                AlertEntry alert = ContractJson.newMapper().readValue(payload, AlertEntry.class);
                if (eventId.equals(eventIdOf(alert))) {
                    assertThat(payload).as("the bank's event id travels only sealed").doesNotContain(eventId);
                    assertThat(alert.eventId()).isNull();
                    return alert;
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no alert for " + eventId);
    }

    @Test
    void theSixthApplicationWithOneNationalIdAcrossTwoBanksScoresHigherThanTheFirst() {
        String nationalId = "XX" + System.nanoTime();
        Instant start = Instant.parse("2026-11-19T08:00:00Z");
        double first = 0;
        double sixth = 0;
        for (int i = 0; i < 6; i++) {
            String body = Bodies.opening(Bodies.id("open"), start.plus(Duration.ofMinutes(20L * i)), nationalId,
                    "applicant" + i + "-" + nationalId + "@example.com", Bodies.id("dev"));
            float score = post(i % 2 == 0 ? BANK_A : BANK_B, "/v1/events", body).statusCode(200).extract().path("score");
            if (i == 0) {
                first = score;
            }
            sixth = score;
        }
        assertThat(sixth).isGreaterThan(first);
    }

    private String alertField(String eventId, String field) {
        for (StreamMessage<String, String, String> message : redis.stream(String.class).xrange(STREAM,
                io.quarkus.redis.datasource.stream.StreamRange.of(since, "+"))) {
            var alert = io.restassured.path.json.JsonPath.from(message.payload().get("alert"));
            if (eventId.equals(eventIdOf(read(message.payload().get("alert"))))) {
                return alert.getString(field);
            }
        }
        return null;
    }

    private List<String> alertedEventIds() {
        List<String> ids = new ArrayList<>();
        for (StreamMessage<String, String, String> message : redis.stream(String.class).xrange(STREAM,
                io.quarkus.redis.datasource.stream.StreamRange.of(since, "+"))) {
            String alert = message.payload().get("alert");
            ids.add(eventIdOf(read(alert)));
        }
        return ids;
    }

    private static AlertEntry read(String alert) {
        try {
            return ContractJson.newMapper().readValue(alert, AlertEntry.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bank's event id an alert carries sealed, opened with the test profile's contact-encryption key. */
    private static String eventIdOf(AlertEntry alert) {
        return CONTACT_CIPHER.decrypt(alert.sealedEventId(), AlertEntry.sealedEventIdBinding(alert.tenant(), alert.eventRef()));
    }
}
