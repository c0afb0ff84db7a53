package io.github.idfraud.cases;

import io.github.idfraud.testsupport.RedisTestResource;
import static io.github.idfraud.cases.TestAlerts.TENANT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.github.idfraud.cases.mail.EmailDelivery;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.EventType;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class ConsumerNotificationTests {

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    @Inject
    EmailDelivery delivery;

    TestSmtp smtp;

    TestDb db;

    @BeforeEach
    void setUp() {
        db = new TestDb(dataSource);
    }

    @Test
    void aContactChangeEmailsThePreviousAddressAndNotMeConfirmsTheFraudAndLabelsIt() throws Exception {
        String previous = TestAlerts.id("jane") + "@example.com";
        String eventId = TestAlerts.id("evt");
        // The scoring service seals the PREVIOUS address of a contact change; the new one never reaches us.
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, eventId, EventType.CONTACT_CHANGE, 0.91,
                TestAlerts.id("cust"), new ContactDetails("Jane", previous, "+447700900123")));

        MimeMessage email = Eventually.await("the email to the previous address", () ->
                smtp.to(previous).stream().findFirst().orElse(null));
        String body = TestMail.text(email);
        assertThat(email.getSubject()).isEqualTo("Did you change your contact details at Bank A?");
        assertThat(body).contains("Dear Jane", "j***@example.com", "******0123", "Yes, this was me", "No, this wasn't me")
                .doesNotContain(previous, "+447700900123");
        UUID caseId = db.caseOfEvent(TENANT, eventId);
        Eventually.await("the case waiting for the consumer", () -> "AWAITING_CONSUMER".equals(db.status(caseId)));

        String notMePath = TestAnswers.link(body, "not-me");
        // Opening the page (as a mail scanner would) changes nothing.
        given().when().get(notMePath).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("method=\"post\""), containsString("No, this wasn't me"));
        given().when().get(notMePath).then().statusCode(200);
        assertThat(db.status(caseId)).isEqualTo("AWAITING_CONSUMER");

        String page = TestAnswers.page(body, "not-me");
        TestAnswers.post(page, "not-me").statusCode(200).body(containsString("this wasn't you"));

        assertThat(db.status(caseId)).isEqualTo("CONFIRMED_FRAUD");
        assertThat(db.text("select actor || ':' || action || ':' || to_status from case_audit where case_id = ?"
                + " and actor = 'consumer' order by id desc limit 1", caseId))
                .isEqualTo("consumer:CONSUMER_ANSWER:CONFIRMED_FRAUD");
        JsonPath label = Eventually.await("a FRAUD label on the labels stream",
                () -> TestAlerts.labelOnStream(redis, eventId));
        assertThat(label.getString("tenant")).isEqualTo(TENANT);
        assertThat(label.getString("label")).isEqualTo("FRAUD");
        assertThat(label.getString("source")).isEqualTo("CONSUMER");

        // Single use: the second answer changes nothing.
        TestAnswers.post(page, "me").statusCode(410);
        assertThat(db.status(caseId)).isEqualTo("CONFIRMED_FRAUD");
    }

    @Test
    void itWasMeDismissesAPayeeCaseWithALegitLabel() throws Exception {
        String address = TestAlerts.id("sam") + "@example.org";
        String eventId = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, eventId, EventType.PAYEE_ADDED, 0.8, TestAlerts.id("cust"),
                new ContactDetails("Sam", address, null)));

        MimeMessage email = Eventually.await("the payee email", () -> smtp.to(address).stream().findFirst().orElse(null));
        String page = TestAnswers.page(TestMail.text(email), "me");
        TestAnswers.post(page, "me").statusCode(200);

        assertThat(db.status(db.caseOfEvent(TENANT, eventId))).isEqualTo("DISMISSED");
        JsonPath label = Eventually.await("a LEGIT label on the labels stream",
                () -> TestAlerts.labelOnStream(redis, eventId));
        assertThat(label.getString("label")).isEqualTo("LEGIT");
    }

    @Test
    void aForgedOrUnknownLinkShowsNothing() {
        given().when().get("/answers/not-a-token").then().statusCode(404);
        TestAnswers.post("/answers/AAAA.BBBB", "not-me").statusCode(404);
        // Without the CSRF token, even a real link's form post is refused before it is looked at.
        given().formParam("answer", "not-me").when().post("/answers/AAAA.BBBB").then().statusCode(400);
    }

    @Test
    void aMalformedFormIsA400NotAServerError() {
        // Found by AnswerPageFuzzTests: the form parser's IllegalArgumentException for "%ZZ" became a 500.
        given().contentType("application/x-www-form-urlencoded").body("answer=me%ZZ&%")
                .when().post("/answers/AAAA.BBBB")
                .then().statusCode(400).contentType("application/problem+json")
                .body(org.hamcrest.Matchers.not(containsString("%ZZ")));
    }

    @Test
    void whileSmtpIsDownEmailsWaitAndAreThenSentExactlyOnce() {
        String first = TestAlerts.id("ann") + "@example.com";
        String second = TestAlerts.id("bob") + "@example.com";
        UUID firstCase;
        UUID secondCase;
        smtp.stop();
        try {
            // Both alerts leave together, so both emails fail their first attempts while the server is down; each is
            // then waiting for a retry, whichever attempt it is on (the exact count races with the retry schedule).
            String firstEvent = publishOpening(first);
            String secondEvent = publishOpening(second);
            firstCase = Eventually.await("case of " + firstEvent, () -> db.caseOfEvent(TENANT, firstEvent));
            secondCase = Eventually.await("case of " + secondEvent, () -> db.caseOfEvent(TENANT, secondEvent));
            Eventually.await("failed attempts while SMTP is down", () ->
                    failedAndWaiting(db.email(firstCase)) && failedAndWaiting(db.email(secondCase)));
        } finally {
            smtp.start();
        }
        Eventually.await("both emails sent", () -> smtp.to(first).size() == 1 && smtp.to(second).size() == 1);
        Eventually.await("both rows marked sent", () ->
                db.email(firstCase).startsWith("SENT/") && db.email(secondCase).startsWith("SENT/"));
        drainOutbox(); // what the sender's next runs do: nothing is sent again
        assertThat(smtp.to(first)).hasSize(1);
        assertThat(smtp.to(second)).hasSize(1);
    }

    @Test
    void anEmailThatNeverGetsThroughEndsVisiblyFailed() {
        String address = TestAlerts.id("cara") + "@example.com";
        smtp.stop();
        UUID caseId;
        try {
            caseId = openingCase(address);
            Eventually.await("the last attempt to fail", () -> "FAILED/3".equals(db.email(caseId)));
        } finally {
            smtp.start();
        }
        given().auth().oauth2(TestTokens.analyst(TENANT)).when().get("/v1/cases/" + caseId)
                .then().statusCode(200)
                .body("emails[0].status", org.hamcrest.Matchers.equalTo("FAILED"))
                .body("emails[0].lastError", containsString("Exception"));
        drainOutbox(); // what the sender's next runs do: a failed email stays failed
        assertThat(smtp.to(address)).isEmpty();
    }

    @Test
    void oneAddressGetsNoMoreThanTheRateLimitOfEmails() {
        String address = TestAlerts.id("dan") + "@example.com";
        UUID[] cases = new UUID[4];
        for (int i = 0; i < cases.length; i++) {
            cases[i] = openingCase(address);
        }
        Eventually.await("every email handled", () -> db.count("select count(*) from email_outbox where case_id in"
                + " (?, ?, ?, ?) and status <> 'PENDING'", (Object[]) cases) == 4);
        assertThat(db.count("select count(*) from email_outbox where case_id in (?, ?, ?, ?) and status = 'SUPPRESSED'",
                (Object[]) cases)).isEqualTo(1);
        assertThat(smtp.to(address)).hasSize(3);
    }

    /** An account opening in the name of the owner of {@code address}; returns its case. */
    private UUID openingCase(String address) {
        String eventId = publishOpening(address);
        return Eventually.await("case of " + eventId, () -> db.caseOfEvent(TENANT, eventId));
    }

    /** Publishes the alert of an account opening in the name of the owner of {@code address}; returns its event id. */
    private String publishOpening(String address) {
        String eventId = TestAlerts.id("open");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, eventId, EventType.ACCOUNT_OPENING, 0.88,
                TestAlerts.id("applicant"), new ContactDetails(null, address, null)));
        return eventId;
    }

    /** An email state ("STATUS/attempts") that failed at least once and waits for its next attempt. */
    private static boolean failedAndWaiting(String email) {
        return email != null && email.startsWith("PENDING/") && !email.equals("PENDING/0");
    }

    /** Delivers whatever is due now, in this thread, as the scheduled sender would: a bounded, sleep-free wait. */
    private void drainOutbox() {
        for (int i = 0; i < 1_000 && delivery.deliverNext(); i++) {
            // one email per transaction
        }
    }
}
