package io.github.idfraud.cases;

import static io.github.idfraud.cases.TestAlerts.OTHER_TENANT;
import static io.github.idfraud.cases.TestAlerts.TENANT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.github.idfraud.cases.security.Analyst;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class CaseApiTests {

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    TestDb db;

    @BeforeEach
    void setUp() {
        db = new TestDb(dataSource);
    }

    @Test
    void anIllegalTransitionIs409ProblemJson() {
        UUID caseId = newCase(TENANT, 0.8);
        transition(TENANT, caseId, "DISMISSED", "customer confirmed by phone").statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("assignee or a supervisor"));
        given().auth().oauth2(TestTokens.supervisor(TENANT)).contentType(ContentType.JSON)
                .body(Map.of("to", "DISMISSED", "reason", "customer confirmed by phone", "disposition", "CONFIRMED_FRAUD"))
                .when().post("/v1/cases/" + caseId + "/transitions")
                .then().statusCode(400).body("detail", containsString("disposition CONFIRMED_FRAUD"));
        given().auth().oauth2(TestTokens.supervisor(TENANT)).contentType(ContentType.JSON)
                .body(Map.of("to", "DISMISSED", "reason", "customer confirmed by phone", "disposition", "CONSUMER_CONFIRMED"))
                .when().post("/v1/cases/" + caseId + "/transitions")
                .then().statusCode(200)
                .body("status", equalTo("DISMISSED"))
                .body("disposition", equalTo("CONSUMER_CONFIRMED"));

        transition(TENANT, caseId, "IN_REVIEW", "reopen").statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString("DISMISSED is final"));
    }

    @Test
    void aTransitionWithoutAReasonIs400NamingTheField() {
        UUID caseId = newCase(TENANT, 0.8);
        given().auth().oauth2(TestTokens.analyst(TENANT)).contentType(ContentType.JSON)
                .body(Map.of("to", "IN_REVIEW", "reason", " "))
                .when().post("/v1/cases/" + caseId + "/transitions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("reason"));
        given().auth().oauth2(TestTokens.analyst(TENANT)).contentType(ContentType.JSON)
                .body(Map.of("to", "SOLVED", "reason", "done"))
                .when().post("/v1/cases/" + caseId + "/transitions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("to"));
    }

    @Test
    void anotherTenantsCaseIs404NeverForbidden() {
        UUID caseId = newCase(TENANT, 0.8);
        String outsider = TestTokens.analyst(OTHER_TENANT);

        given().auth().oauth2(outsider).when().get("/v1/cases/" + caseId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(outsider).when().get("/v1/cases/" + caseId + "/audit").then().statusCode(404);
        transition(OTHER_TENANT, caseId, "CONFIRMED_FRAUD", "not mine to decide").statusCode(404);
        given().auth().oauth2(outsider).when().get("/v1/cases/not-a-uuid").then().statusCode(404);
        assertThat(db.status(caseId)).isEqualTo("OPEN");
    }

    @Test
    void aCaseIdThatIsNoCaseIsNeverRepeatedBack() {
        // Found by CaseApiFuzzTests: the 404's detail quoted the path segment, markup included.
        given().auth().oauth2(TestTokens.analyst(TENANT)).urlEncodingEnabled(false)
                .when().get("/v1/cases/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no case with this id at your bank"));
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(TestTokens.analyst(TENANT)).when().get("/v1/cases/" + unknown + "/audit")
                .then().statusCode(404).body(org.hamcrest.Matchers.not(containsString(unknown.toString())));
    }

    @Test
    void controlCharactersInTextAreA400NamingTheFieldAndStoreNothing() {
        // Found by CaseApiFuzzTests: PostgreSQL cannot store U+0000, and the request failed with a 500.
        String tenant = TestAlerts.id("bank-nul");
        UUID caseId = newCase(tenant, 0.8);
        long auditBefore = db.count("select count(*) from case_audit where case_id = ?", caseId);
        given().auth().oauth2(TestTokens.analyst(tenant)).contentType(ContentType.JSON).body("{\"text\":\"a\\u0000b\"}")
                .when().post("/v1/cases/" + caseId + "/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("text"));
        given().auth().oauth2(TestTokens.analyst(tenant)).contentType(ContentType.JSON)
                .body("{\"to\":\"IN_REVIEW\",\"reason\":\"x\\u0000y\"}")
                .when().post("/v1/cases/" + caseId + "/transitions")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        given().auth().oauth2(TestTokens.supervisor(tenant)).contentType(ContentType.JSON)
                .body("{\"assignee\":\"\\u001dc\\u0000k\"}")
                .when().put("/v1/cases/" + caseId + "/assignee")
                .then().statusCode(400).body("violations[0].field", equalTo("assignee"));
        given().auth().oauth2(TestTokens.analyst(tenant)).urlEncodingEnabled(false).queryParam("assignee", "a%00b")
                .when().get("/v1/cases")
                .then().statusCode(400).body("violations[0].field", equalTo("assignee"));
        // Tabs and line breaks stay welcome in a note.
        given().auth().oauth2(TestTokens.analyst(tenant)).contentType(ContentType.JSON)
                .body(Map.of("text", "called the branch\n\tno answer"))
                .when().post("/v1/cases/" + caseId + "/notes").then().statusCode(201);
        assertThat(db.count("select count(*) from case_audit where case_id = ?", caseId)).isEqualTo(auditBefore + 1);
        assertThat(db.status(caseId)).isEqualTo("OPEN");
    }

    @Test
    void datesBeyondTheYear9999AreA400NotADatabaseError() {
        // Found by CaseApiFuzzTests: java.time reads these, PostgreSQL cannot store them (500).
        String analyst = TestTokens.analyst(TENANT);
        for (String date : List.of("+100000-01-01T00:00:00Z", "-100000-01-01T00:00:00Z", "+999999999-12-31",
                "0000-01-01")) {
            given().auth().oauth2(analyst).queryParam("from", date).when().get("/v1/cases")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("from"));
            given().auth().oauth2(analyst).queryParam("to", date).when().get("/v1/cases")
                    .then().statusCode(400).body("violations[0].field", equalTo("to"));
            given().auth().oauth2(TestTokens.supervisor(TENANT)).queryParam("since", date).when().get("/v1/labels/export")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("since"));
        }
        given().auth().oauth2(analyst).queryParam("from", "0001-01-01").queryParam("to", "9999-12-31")
                .when().get("/v1/cases").then().statusCode(200);
    }

    @Test
    void aStatusNamedByItsPositionIsA400() {
        // Found by CaseApiFuzzTests: {"to":3} closed the case as CONFIRMED_FRAUD, the fourth constant.
        String tenant = TestAlerts.id("bank-ordinal");
        UUID caseId = newCase(tenant, 0.8);
        for (String to : List.of("3", "\"3\"")) {
            given().auth().oauth2(TestTokens.supervisor(tenant)).contentType(ContentType.JSON)
                    .body("{\"to\":" + to + ",\"reason\":\"by number\"}")
                    .when().post("/v1/cases/" + caseId + "/transitions")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.supervisor(tenant)).contentType(ContentType.JSON)
                .body("{\"to\":\"DISMISSED\",\"reason\":\"by number\",\"disposition\":1}")
                .when().post("/v1/cases/" + caseId + "/transitions")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(db.status(caseId)).isEqualTo("OPEN");
    }

    @Test
    void aNoteSentAgainWithItsIdempotencyKeyIsStoredOnce() {
        // Found by ./chaos: a PostgreSQL restart cut the connection at commit, the client saw no answer, sent the
        // note again and the case had it twice.
        String tenant = TestAlerts.id("bank-note-key");
        UUID caseId = newCase(tenant, 0.8);
        long first = given().auth().oauth2(TestTokens.analyst(tenant)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "note-7f3a").body(Map.of("text", "called the branch"))
                .when().post("/v1/cases/" + caseId + "/notes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestTokens.analyst(tenant)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "note-7f3a").body(Map.of("text", "called the branch"))
                .when().post("/v1/cases/" + caseId + "/notes")
                .then().statusCode(201).body("id", equalTo((int) first));
        given().auth().oauth2(TestTokens.analyst(tenant)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "note-7f3b").body(Map.of("text", "called the branch"))
                .when().post("/v1/cases/" + caseId + "/notes").then().statusCode(201);
        given().auth().oauth2(TestTokens.analyst(tenant)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "not a key!").body(Map.of("text", "called the branch"))
                .when().post("/v1/cases/" + caseId + "/notes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));

        assertThat(db.count("select count(*) from case_note where case_id = ?", caseId)).isEqualTo(2);
        assertThat(db.count("select count(*) from case_audit where case_id = ? and action = 'NOTE_ADDED'", caseId))
                .isEqualTo(2);
    }

    @Test
    void aBodyAboveTheHttpLimitIsA413Problem() {
        // Found by CaseApiFuzzTests: the HTTP layer answered a bare 413 without a body.
        UUID caseId = newCase(TENANT, 0.8);
        given().auth().oauth2(TestTokens.analyst(TENANT)).contentType(ContentType.JSON)
                .body("{\"text\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}")
                .when().post("/v1/cases/" + caseId + "/notes")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void withoutAValidTokenTheApiAnswers401AndTheExportNeedsASupervisor() {
        given().when().get("/v1/cases").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not.a.jwt").when().get("/v1/cases").then().statusCode(401);
        given().auth().oauth2(TestTokens.analyst(TENANT)).when().get("/v1/labels/export").then().statusCode(403);
        String forAnotherService = Jwt.issuer(TestTokens.ISSUER).audience("some-other-service").upn("alice@" + TENANT)
                .groups(Set.of(Analyst.ANALYST)).claim("tenant", TENANT).expiresIn(600).sign();
        given().auth().oauth2(forAnotherService).when().get("/v1/cases").then().statusCode(401);
        long twentyMinutesAgo = Instant.now().minusSeconds(1200).getEpochSecond();
        String oldButUnexpired = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).upn("alice@" + TENANT)
                .groups(Set.of(Analyst.ANALYST)).claim("tenant", TENANT).issuedAt(twentyMinutesAgo)
                .expiresAt(twentyMinutesAgo + 3600).sign();
        given().auth().oauth2(oldButUnexpired).when().get("/v1/cases").then().statusCode(401);
        // A group of the same name at a shared identity provider is not this product's role.
        given().auth().oauth2(TestTokens.token(TENANT, "alice@" + TENANT, "analyst")).when().get("/v1/cases")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theListFiltersAndPages() {
        String tenant = TestAlerts.id("bank-list");
        UUID p1 = newCase(tenant, 0.95);
        UUID p2 = newCase(tenant, 0.75);
        UUID p3 = newCase(tenant, 0.6);
        String token = TestTokens.analyst(tenant);
        transition(tenant, p3, "IN_REVIEW", "looking into it").statusCode(200);

        JsonPath all = given().auth().oauth2(token).queryParam("size", 2).when().get("/v1/cases")
                .then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(2)).extract().jsonPath();
        assertThat(all.getList("items.id")).containsExactly(p1.toString(), p2.toString());
        given().auth().oauth2(token).queryParam("size", 2).queryParam("page", 1).when().get("/v1/cases")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(p3.toString()));
        given().auth().oauth2(token).queryParam("status", "in_review").when().get("/v1/cases")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(p3.toString()));
        given().auth().oauth2(token).queryParam("priority", "P2").when().get("/v1/cases")
                .then().statusCode(200).body("items.id", equalTo(List.of(p2.toString())));
        given().auth().oauth2(token).queryParam("from", "2000-01-01").queryParam("to", "2000-12-31")
                .when().get("/v1/cases").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(token).queryParam("from", "yesterday").when().get("/v1/cases")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
    }

    @Test
    void assigningNotingAndDecidingLeaveAnOrderedAuditTrailAndCaseLabels() {
        String tenant = TestAlerts.id("bank-audit");
        UUID caseId = newCase(tenant, 0.9);
        String analyst = TestTokens.analyst(tenant);

        given().auth().oauth2(analyst).contentType(ContentType.JSON).body(Map.of("assignee", "mallory@" + tenant))
                .when().put("/v1/cases/" + caseId + "/assignee").then().statusCode(403);
        given().auth().oauth2(analyst).contentType(ContentType.JSON).body(Map.of("assignee", "alice@" + tenant))
                .when().put("/v1/cases/" + caseId + "/assignee")
                .then().statusCode(200).body("assignee", equalTo("alice@" + tenant));
        given().auth().oauth2(analyst).contentType(ContentType.JSON).body(Map.of("text", "called the branch"))
                .when().post("/v1/cases/" + caseId + "/notes")
                .then().statusCode(201).body("author", equalTo("alice@" + tenant));
        transition(tenant, caseId, "CONFIRMED_FRAUD", "mule account confirmed").statusCode(200)
                .body("disposition", equalTo("CONFIRMED_FRAUD"));

        given().auth().oauth2(analyst).when().get("/v1/cases/" + caseId + "/audit")
                .then().statusCode(200)
                .body("action", equalTo(List.of("OPENED", "ASSIGNED", "NOTE_ADDED", "TRANSITION")))
                .body("[3].actor", equalTo("alice@" + tenant))
                .body("[3].fromStatus", equalTo("OPEN"))
                .body("[3].toStatus", equalTo("CONFIRMED_FRAUD"))
                .body("[3].reason", equalTo("Confirmed fraud: mule account confirmed"));
        given().auth().oauth2(analyst).when().get("/v1/cases/" + caseId)
                .then().statusCode(200).body("notes[0].text", equalTo("called the branch"));

        String export = given().auth().oauth2(TestTokens.supervisor(tenant)).queryParam("since", "2020-01-01")
                .when().get("/v1/labels/export")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<String> lines = export.lines().toList();
        assertThat(lines).hasSize(1);
        JsonPath line = JsonPath.from(lines.get(0));
        assertThat(line.getString("tenant")).isEqualTo(tenant);
        assertThat(line.getString("label.label")).isEqualTo("FRAUD");
        assertThat(line.getString("label.source")).isEqualTo("CASE");
        assertThat(line.getString("label.eventId")).isNotBlank();
    }

    @Test
    void aLabelRepublishedAfterALostCommitIsOnTheStreamOnce() throws Exception {
        String tenant = TestAlerts.id("bank-outbox");
        String eventId = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(tenant, eventId, EventType.LOGIN, 0.9, TestAlerts.id("cust"), null));
        UUID caseId = Eventually.await("case of " + eventId, () -> db.caseOfEvent(tenant, eventId));
        given().auth().oauth2(TestTokens.analyst(tenant)).contentType(ContentType.JSON)
                .body(Map.of("assignee", "alice@" + tenant)).when().put("/v1/cases/" + caseId + "/assignee")
                .then().statusCode(200);
        transition(tenant, caseId, "CONFIRMED_FRAUD", "mule account confirmed").statusCode(200);
        String eventRef = TestAlerts.eventRef(eventId);
        String entryId = Eventually.await("label published", () -> db.text(
                "select stream_entry_id from case_label where tenant = ? and event_ref = ?", tenant, eventRef));

        // What a failed commit after the stream append leaves behind (./chaos met it when Redis stopped mid-batch).
        db.execute("update case_label set published_at = null, stream_entry_id = null where tenant = ? and event_ref = ?",
                tenant, eventRef);
        String republished = Eventually.await("label published again", () -> db.text(
                "select stream_entry_id from case_label where tenant = ? and event_ref = ?", tenant, eventRef));

        assertThat(republished).isEqualTo(entryId);
        long onStream = redis.stream(String.class).xrange(TestAlerts.LABELS, StreamRange.of("-", "+")).stream()
                .filter(entry -> entry.payload().get("label").contains(eventRef)).count();
        assertThat(onStream).isEqualTo(1);
    }

    @Test
    void readinessCoversPostgresAndRedisAndMetricsAreExposed() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("Database connections health check",
                        "Redis connection health check"));
        given().when().get("/q/health/live").then().statusCode(200).body("checks.name",
                org.hamcrest.Matchers.hasItem("alert-intake"));
        newCase(TENANT, 0.8);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("fraud_cases_opened_total{tenant=\"bank-a\"}"),
                        containsString("fraud_intake_lag_seconds"));
    }

    @Test
    void twoBanksCasesAboutOnePersonCannotBeMatchedByTheirIdentityReference() {
        String customer = TestAlerts.id("shared-cust");
        UUID atA = caseAbout(TENANT, customer);
        UUID atB = caseAbout(OTHER_TENANT, customer);
        String shownToA = given().auth().oauth2(TestTokens.analyst(TENANT)).get("/v1/cases/" + atA)
                .then().statusCode(200).extract().path("identityKey");
        String shownToB = given().auth().oauth2(TestTokens.analyst(OTHER_TENANT)).get("/v1/cases/" + atB)
                .then().statusCode(200).extract().path("identityKey");
        assertThat(shownToA).isNotEqualTo(shownToB).isNotEqualTo(TestAlerts.pseudonym(customer)).hasSize(32);
        assertThat(given().auth().oauth2(TestTokens.analyst(TENANT)).get("/v1/cases/" + atA).then().extract()
                .<String>path("identityKey")).as("stable within the bank").isEqualTo(shownToA);
    }

    private UUID caseAbout(String tenant, String customer) {
        String eventId = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(tenant, eventId, EventType.LOGIN, 0.8, customer, null));
        return Eventually.await("case of " + eventId, () -> db.caseOfEvent(tenant, eventId));
    }

    private UUID newCase(String tenant, double score) {
        String eventId = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(tenant, eventId, EventType.LOGIN, score, TestAlerts.id("cust"), null));
        return Eventually.await("case of " + eventId, () -> db.caseOfEvent(tenant, eventId));
    }

    private static ValidatableResponse transition(String tenant, UUID caseId, String to, String reason) {
        return given().auth().oauth2(TestTokens.analyst(tenant)).contentType(ContentType.JSON)
                .body(Map.of("to", to, "reason", reason))
                .when().post("/v1/cases/" + caseId + "/transitions")
                .then();
    }
}
