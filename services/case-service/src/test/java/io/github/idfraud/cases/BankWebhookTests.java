package io.github.idfraud.cases;

import static io.github.idfraud.cases.TestBank.ANSWERING;
import static io.github.idfraud.cases.TestBank.BROKEN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.cases.TestBank.Received;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A consumer's "not me" reaches the bank of record's webhook once, signed, through outages and double clicks. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
@WithTestResource(WebhookTestResource.class)
class BankWebhookTests {

    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");
    private static final String NAME = "Jane";
    private static final String PHONE = "+447700900123";

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URI service;

    TestSmtp smtp;

    TestBank bank;

    TestDb db;

    @BeforeEach
    void setUp() {
        db = new TestDb(dataSource);
    }

    @Test
    void notMeDeliversExactlyOneSignedPostThatTheBankCanVerify() throws Exception {
        Notice notice = notice(ANSWERING, EventType.CONTACT_CHANGE, 0.91, TestAlerts.id("cust"));
        UUID caseId = notice.caseId();

        answer(notice.email(), "not-me");

        Received post = Eventually.await("the bank's webhook", () ->
                bank.received(ANSWERING, caseId.toString()).stream().findFirst().orElse(null));
        Eventually.await("the delivery marked delivered", () -> "DELIVERED/1".equals(webhook(caseId)));
        assertThat(bank.received(ANSWERING, caseId.toString())).hasSize(1);

        // Verified as the bank would: its own key, the JDK's Mac, the documented framing.
        Matcher signature = SIGNATURE.matcher(post.header("X-Fraud-Signature"));
        assertThat(signature.matches()).as("X-Fraud-Signature %s", post.header("X-Fraud-Signature")).isTrue();
        long timestamp = Long.parseLong(signature.group(1));
        assertThat(signature.group(2))
                .isEqualTo(hmacSha256Hex(TestBank.SIGNING_KEYS.get(ANSWERING), timestamp, post.body()));
        assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(300);
        assertThat(hmacSha256Hex(TestBank.SIGNING_KEYS.get(BROKEN), timestamp, post.body()))
                .as("another bank's key").isNotEqualTo(signature.group(2));

        String raw = new String(post.body(), StandardCharsets.UTF_8);
        JsonPath body = JsonPath.from(raw);
        assertThat(post.header("Content-Type")).startsWith("application/json");
        assertThat(body.getString("deliveryId")).isEqualTo(post.header("X-Fraud-Delivery-Id")).isNotBlank();
        assertThat(body.getInt("version")).isEqualTo(1);
        assertThat(body.getString("type")).isEqualTo("consumer-answer");
        assertThat(body.getString("tenant")).isEqualTo(ANSWERING);
        assertThat(body.getString("caseId")).isEqualTo(caseId.toString());
        assertThat(body.getString("eventId")).isEqualTo(notice.eventId());
        assertThat(body.getString("eventType")).isEqualTo("CONTACT_CHANGE");
        assertThat(body.getString("answer")).isEqualTo("NOT_ME");
        assertThat(Instant.parse(body.getString("answeredAt"))).isBefore(Instant.now());
        assertThat(raw).doesNotContain(notice.address(), NAME, PHONE.substring(1));

        // The analyst sees the case confirmed by the consumer and the delivery, never the bank's URL or key.
        String detail = caseView(ANSWERING, caseId);
        JsonPath view = JsonPath.from(detail);
        assertThat(view.getString("summary.status")).isEqualTo("CONFIRMED_FRAUD");
        assertThat(view.getList("webhooks")).hasSize(1);
        assertThat(view.getString("webhooks[0].deliveryId")).isEqualTo(body.getString("deliveryId"));
        assertThat(view.getString("webhooks[0].status")).isEqualTo("DELIVERED");
        assertThat(view.getInt("webhooks[0].attempts")).isEqualTo(1);
        assertThat(view.getString("webhooks[0].deliveredAt")).isNotNull();
        assertThat(detail).doesNotContain(bank.url(ANSWERING), "127.0.0.1", TestBank.SIGNING_KEYS.get(ANSWERING));
        assertThat(auditReasons(ANSWERING, caseId)).anyMatch(reason -> reason.startsWith("bank notified"));
    }

    @Test
    void aBankDownForAMinuteGetsTheWebhookExactlyOnceWhenItComesBack() {
        Notice notice = notice(ANSWERING, EventType.PAYEE_ADDED, 0.85, TestAlerts.id("cust"));
        UUID caseId = notice.caseId();
        bank.stop();
        try {
            answer(notice.email(), "not-me");
            // The test profile shrinks the schedule to about a second, so "a minute" of outage spans several attempts.
            Eventually.await("three refused attempts", () -> attempts(caseId) >= 3);
            assertThat(webhook(caseId)).startsWith("PENDING/");
            assertThat(db.text("select last_error from webhook_outbox where case_id = ?", caseId))
                    .isEqualTo("connection refused or unreachable");
        } finally {
            bank.start();
        }
        Eventually.await("the delivery after the outage", () -> webhook(caseId).startsWith("DELIVERED/"));
        assertThat(bank.received(ANSWERING, caseId.toString())).hasSize(1);
        assertThat(attempts(caseId)).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aDoubleClickAndASecondNotMeOnTheSameCaseTellTheBankOnce() {
        String customer = TestAlerts.id("cust");
        Notice payee = notice(ANSWERING, EventType.PAYEE_ADDED, 0.8, customer);
        // The same customer's declined payment joins the case and brings a second email, with its own link.
        Notice payment = notice(ANSWERING, EventType.TRANSACTION, 0.95, customer);
        UUID caseId = payee.caseId();
        assertThat(payment.caseId()).isEqualTo(caseId);

        String page = TestAnswers.page(payee.email(), "not-me");
        String csrf = given().when().get(page).then().extract().cookie(TestAnswers.CSRF_COOKIE);
        HttpRequest notMe = HttpRequest.newBuilder(service.resolve(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", TestAnswers.CSRF_COOKIE + "=" + csrf)
                .POST(HttpRequest.BodyPublishers.ofString(TestAnswers.CSRF_COOKIE + "=" + csrf + "&answer=not-me"))
                .build();
        HttpClient browser = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<Void>> first = browser.sendAsync(notMe, HttpResponse.BodyHandlers.discarding());
        CompletableFuture<HttpResponse<Void>> second = browser.sendAsync(notMe, HttpResponse.BodyHandlers.discarding());
        assertThat(List.of(first.join().statusCode(), second.join().statusCode())).containsExactlyInAnyOrder(200, 410);
        answer(payment.email(), "not-me");

        Eventually.await("the delivery", () -> webhook(caseId).startsWith("DELIVERED/"));
        assertThat(db.count("select count(*) from webhook_outbox where case_id = ?", caseId)).isEqualTo(1);
        assertThat(bank.received(ANSWERING, caseId.toString())).hasSize(1);
        assertThat(db.count("select count(*) from case_label where case_id = ? and source = 'CONSUMER'", caseId))
                .as("both answers still label their events").isEqualTo(2);
    }

    @Test
    void itWasMeTellsTheBankNothing() {
        Notice notice = notice(ANSWERING, EventType.PAYEE_ADDED, 0.8, TestAlerts.id("cust"));
        UUID caseId = notice.caseId();

        answer(notice.email(), "me");

        assertThat(db.status(caseId)).isEqualTo("DISMISSED");
        // A webhook would have been queued in the answer's own transaction, already committed.
        assertThat(db.count("select count(*) from webhook_outbox where case_id = ?", caseId)).isZero();
        assertThat(JsonPath.from(caseView(ANSWERING, caseId)).getList("webhooks")).isEmpty();
        assertThat(bank.received(ANSWERING, caseId.toString())).isEmpty();
    }

    @Test
    void aWebhookTheBankNeverAcceptsEndsVisiblyFailed() {
        Notice notice = notice(BROKEN, EventType.CONTACT_CHANGE, 0.9, TestAlerts.id("cust"));
        UUID caseId = notice.caseId();

        answer(notice.email(), "not-me");

        Eventually.await("the last attempt to fail", () -> "FAILED/6".equals(webhook(caseId)));
        String detail = caseView(BROKEN, caseId);
        JsonPath view = JsonPath.from(detail);
        assertThat(view.getString("webhooks[0].status")).isEqualTo("FAILED");
        assertThat(view.getInt("webhooks[0].attempts")).isEqualTo(6);
        assertThat(view.getString("webhooks[0].lastError")).isEqualTo("HTTP 503");
        assertThat(view.getString("webhooks[0].deliveredAt")).isNull();
        assertThat(detail).doesNotContain(bank.url(BROKEN), "127.0.0.1", TestBank.SIGNING_KEYS.get(BROKEN));
        assertThat(auditReasons(BROKEN, caseId)).anyMatch(reason -> reason.startsWith("bank NOT notified"));
        assertThat(TestMetrics.value("fraud_webhooks_total", Map.of("tenant", BROKEN, "outcome", "failed")))
                .isEqualTo(1);
        // The gauge counts the bank's failed deliveries still in the database until they are re-queued.
        Eventually.await("the failed-webhooks gauge recounted", () -> Double.valueOf(1).equals(
                TestMetrics.value("fraud_webhook_deliveries", Map.of("tenant", BROKEN, "status", "FAILED"))));
    }

    /** An alert, its case, its contact address and the text of the "Was this you?" email it brought. */
    private record Notice(String eventId, UUID caseId, String address, String email) {
    }

    /** Publishes an alert with a fresh address as its contact and waits for the email it brings. */
    private Notice notice(String tenant, EventType type, double score, String customer) {
        String eventId = TestAlerts.id("evt");
        String address = TestAlerts.id("jane") + "@example.com";
        TestAlerts.publish(redis, TestAlerts.alert(tenant, eventId, type, score, customer,
                new ContactDetails(NAME, address, PHONE)));
        String email = Eventually.await("the email to " + address, () -> smtp.to(address).stream().findFirst()
                .map(BankWebhookTests::text).orElse(null));
        return new Notice(eventId, db.caseOfEvent(tenant, eventId), address, email);
    }

    /** Clicks {@code choice} in the email and answers it on the page, as the consumer does. */
    private static void answer(String email, String choice) {
        TestAnswers.post(TestAnswers.page(email, choice), choice).statusCode(200);
    }

    private static String caseView(String tenant, UUID caseId) {
        return given().auth().oauth2(TestTokens.analyst(tenant)).when().get("/v1/cases/" + caseId)
                .then().statusCode(200).extract().asString();
    }

    /** The case's webhook as status/attempts, e.g. PENDING/2, or "" when there is none. */
    private String webhook(UUID caseId) {
        String state = db.text("select status || '/' || attempts from webhook_outbox where case_id = ?", caseId);
        return state == null ? "" : state;
    }

    private long attempts(UUID caseId) {
        return db.count("select attempts from webhook_outbox where case_id = ?", caseId);
    }

    private static List<String> auditReasons(String tenant, UUID caseId) {
        return given().auth().oauth2(TestTokens.analyst(tenant)).when().get("/v1/cases/" + caseId + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.action == 'BANK_WEBHOOK' }.reason");
    }

    private static String text(MimeMessage message) {
        try {
            return TestMail.text(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC-SHA256 of the decimal timestamp, a 0 byte and the body: what the README tells banks to compute. */
    private static String hmacSha256Hex(String key, long timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(Long.toString(timestamp).getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
