package io.github.idfraud.cases;

import static io.github.idfraud.cases.TestAlerts.TENANT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.github.idfraud.cases.redis.StreamMaintenance;
import io.github.idfraud.cases.security.Analyst;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A person's rights over the case service's part of their data (issue 15, finding 3): planted in every table and
 * stream, exported readable and complete, then erased everywhere while another person's data stays.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class DataSubjectTests {

    /** Tables that hold rows under a case. */
    private static final List<String> CASE_TABLES = List.of("case_event", "case_note", "case_identifier",
            "case_label", "email_outbox", "answer_token", "webhook_outbox");

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    @Inject
    StreamMaintenance streams;

    TestSmtp smtp;

    @Test
    void aPersonPlantedEverywhereIsExportedReadablyThenErasedEverywhereWhileAnotherPersonStays() throws Exception {
        TestDb db = new TestDb(dataSource);
        Person jane = new Person("Jane", TestAlerts.id("jane") + "@example.com", TestAlerts.id("cust"));
        Person other = new Person("Omar", TestAlerts.id("omar") + "@example.com", TestAlerts.id("cust"));
        UUID janesCase = plantEverywhere(db, jane);
        UUID othersCase = plantEverywhere(db, other);

        JsonPath export = operator(jane.query(), "export").statusCode(200).extract().jsonPath();

        assertThat(export.getList("cases")).hasSize(1);
        assertThat(export.getString("cases[0].id")).isEqualTo(janesCase.toString());
        assertThat(export.getString("cases[0].events[0].contact.email")).isEqualTo(jane.email());
        assertThat(export.getString("cases[0].events[0].contact.firstName")).isEqualTo("Jane");
        assertThat(export.getString("cases[0].notes[0].body")).isEqualTo("spoke to " + jane.name());
        assertThat(export.getString("cases[0].answerLinks[0].answer")).isEqualTo("NOT_ME");
        assertThat(export.getList("cases[0].emails")).hasSize(1);
        assertThat(export.getList("cases[0].bankWebhooks")).hasSize(1);
        assertThat(export.getList("cases[0].labels")).isNotEmpty();
        assertThat(export.getList("cases[0].audit")).isNotEmpty();
        // the alert and the broken entry that was dead-lettered
        assertThat(export.getList("streams.'test-case-alerts'")).hasSize(2);
        assertThat(export.getList("streams.'test-case-alerts-dead'")).hasSize(1);
        assertThat(export.getList("streams.'test-case-labels'")).isNotEmpty();
        assertThat(export.prettify()).doesNotContain(other.email(), other.pseudonym(), othersCase.toString());

        operator(jane.query(), "erase").statusCode(200).body("cases", equalTo(1))
                .body("streamEntries", equalTo(export.getList("streams.'test-case-alerts'").size()
                        + export.getList("streams.'test-case-alerts-dead'").size()
                        + export.getList("streams.'test-case-labels'").size()));

        assertThat(db.status(janesCase)).isNull();
        for (String table : CASE_TABLES) {
            assertThat(db.count("select count(*) from " + table + " where case_id = ?", janesCase)).as(table).isZero();
            assertThat(db.count("select count(*) from " + table + " where case_id = ?", othersCase)).as(table).isPositive();
        }
        assertThat(db.count("select count(*) from case_audit where case_id = ? and reason is not null", janesCase)).isZero();
        assertThat(db.count("select count(*) from case_audit where case_id = ?", janesCase)).isPositive();
        assertThat(namingOnStreams(jane)).isZero();
        assertThat(namingOnStreams(other)).isPositive();
        assertThat(db.status(othersCase)).isEqualTo("CONFIRMED_FRAUD");

        // again: nothing left to find, nothing fails
        operator(jane.query(), "erase").statusCode(200).body("cases", equalTo(0)).body("streamEntries", equalTo(0));
        operator(jane.query(), "export").statusCode(200).body("cases.size()", equalTo(0));
        assertThat(db.count("select count(*) from data_subject_request where actor = 'olga' and action = 'ERASE'"
                + " and at > now() - interval '1 minute'")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyOperatorsMayAskAndABadPseudonymIsA400NamingIt() {
        Map<String, Object> query = new Person("Ann", "a@example.com", TestAlerts.id("cust")).query();
        for (String token : List.of(TestTokens.analyst(TENANT), TestTokens.supervisor(TENANT))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(query)
                    .when().post("/admin/data-subjects/export").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(query).when().post("/admin/data-subjects/erase").then().statusCode(401);
        operator(Map.of("pseudonyms", List.of(Map.of("kind", "customer", "pseudonym", "<script>"))), "erase")
                .statusCode(400).contentType(containsString("problem+json"))
                .body("violations[0].field", containsString("pseudonym"));
        operator(Map.of("pseudonyms", List.of()), "export").statusCode(400)
                .body("violations[0].field", containsString("pseudonyms"));
    }

    /**
     * A consumer-notified case with an answer (link, e-mail, webhook, label on the stream), a note, and a dead-lettered
     * alert naming the person.
     */
    private UUID plantEverywhere(TestDb db, Person person) throws Exception {
        String eventId = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, eventId, EventType.CONTACT_CHANGE, 0.91, person.customer(),
                new ContactDetails(person.name(), person.email(), null)));
        redis.stream(String.class).xadd(TestAlerts.STREAM, Map.of("v", "1", "alert", "{broken " + person.pseudonym()));
        MimeMessage email = Eventually.await("the e-mail to " + person.name(),
                () -> smtp.to(person.email()).stream().findFirst().orElse(null));
        UUID caseId = db.caseOfEvent(TENANT, eventId);
        TestAnswers.post(TestAnswers.page(TestMail.text(email), "not-me"), "not-me").statusCode(200);
        given().auth().oauth2(TestTokens.analyst(TENANT)).contentType(ContentType.JSON)
                .body(Map.of("text", "spoke to " + person.name())).when().post("/v1/cases/" + caseId + "/notes")
                .then().statusCode(201);
        Eventually.await("the label of " + eventId + " on the stream", () -> TestAlerts.labelOnStream(redis, eventId));
        Eventually.await("the webhook row", () -> db.count("select count(*) from webhook_outbox where case_id = ?",
                caseId) > 0);
        Eventually.await("the dead letter naming " + person.name(), () -> streams.find(TestAlerts.DEAD_LETTERS,
                entry -> entry.fields().toString().contains(person.pseudonym())).size() == 1);
        return caseId;
    }

    private long namingOnStreams(Person person) {
        long found = 0;
        for (String stream : List.of(TestAlerts.STREAM, TestAlerts.DEAD_LETTERS)) {
            found += streams.find(stream, entry -> entry.fields().toString().contains(person.pseudonym())).size();
        }
        return found;
    }

    private static ValidatableResponse operator(Map<String, Object> body, String action) {
        return given().auth().oauth2(TestTokens.token("platform", "olga", Analyst.OPERATOR)).contentType(ContentType.JSON)
                .body(body).when().post("/admin/data-subjects/" + action).then();
    }

    private record Person(String name, String email, String customer) {
        String pseudonym() {
            return TestAlerts.pseudonym(customer);
        }

        Map<String, Object> query() {
            return Map.of("pseudonyms", List.of(Map.of("kind", "customer", "pseudonym", pseudonym())));
        }
    }
}
