package io.github.idfraud.cases;

import io.github.idfraud.testsupport.RedisTestResource;
import static io.github.idfraud.cases.TestAlerts.TENANT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.github.idfraud.cases.entity.EntityIds;
import io.github.idfraud.cases.intake.AlertIntake;
import io.github.idfraud.cases.security.EventIdSeal;
import io.github.idfraud.cases.service.EventIdSealing;
import io.github.idfraud.contract.AlertEntry;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Explanation;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class AlertIntakeTests {

    /**
     * KEYS: the alert stream. ARGV: group, consumer, then version and alert of each entry. Appends the entries and
     * reads them as that consumer; returns their ids.
     */
    private static final String APPEND_AND_READ_SCRIPT = """
            for i = 3, #ARGV, 2 do
              redis.call('XADD', KEYS[1], '*', 'v', ARGV[i], 'alert', ARGV[i + 1])
            end
            local read = redis.call('XREADGROUP', 'GROUP', ARGV[1], ARGV[2], 'COUNT', (#ARGV - 2) / 2,
                'STREAMS', KEYS[1], '>')
            local ids = {}
            for _, entry in ipairs(read[1][2]) do ids[#ids + 1] = entry[1] end
            return ids
            """;

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    @Inject
    AlertIntake intake;

    @Inject
    EventIdSealing sealing;

    @Inject
    EventIdSeal seal;

    TestDb db;

    @BeforeEach
    void setUp() {
        db = new TestDb(dataSource);
    }

    @Test
    void anAlertOnTheStreamBecomesAnOpenCaseWithItsEventAndReasons() {
        String eventId = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, eventId, EventType.LOGIN, 0.93, TestAlerts.id("cust"), null));

        UUID caseId = Eventually.await("a case for " + eventId, () -> db.caseOfEvent(TENANT, eventId));

        given().auth().oauth2(TestTokens.analyst(TENANT))
                .when().get("/v1/cases/" + caseId)
                .then().statusCode(200)
                .body("summary.status", equalTo("OPEN"))
                .body("summary.priority", equalTo("P1"))
                .body("events", hasSize(1))
                .body("events[0].eventId", equalTo(eventId))
                .body("events[0].decision", equalTo("DECLINE"))
                .body("events[0].reasons[0].code", equalTo("NEW_DEVICE"));
    }

    /**
     * During the rolling upgrade to V10 an older pod still inserts by the column default (one nextval per row) while
     * this release takes ids a block at a time: neither may hand out an id the other uses, or a case's rows are refused.
     */
    @Test
    void rowsInsertedByTheColumnDefaultAndTheBatchedInsertsNeverShareAnId() throws Exception {
        assertThat(db.count("select count(*) from pg_sequences where sequencename in ('case_event_id_seq',"
                + " 'case_audit_id_seq', 'email_outbox_id_seq') and increment_by = ?", EntityIds.ALLOCATION_SIZE))
                .as("each pooled sequence's increment is the entities' allocation size").isEqualTo(3);
        String customer = TestAlerts.id("cust");
        String first = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, first, EventType.LOGIN, 0.93, customer, null));
        UUID caseId = Eventually.await("a case for " + first, () -> db.caseOfEvent(TENANT, first));
        List<String> later = new ArrayList<>();
        for (int i = 0; i < EntityIds.ALLOCATION_SIZE + 10; i++) {
            db.execute("insert into case_audit (case_id, tenant, actor, at, action) values (?, ?, 'older-release', now(),"
                    + " 'NOTE_ADDED')", caseId, TENANT);
            String eventId = TestAlerts.id("evt");
            later.add(eventId);
            TestAlerts.publish(redis,
                    TestAlerts.alert(TENANT, eventId, EventType.LOGIN, 0.93, TestAlerts.id("cust"), null));
        }
        for (String eventId : later) {
            Eventually.await("a case for " + eventId, () -> db.caseOfEvent(TENANT, eventId));
        }
        assertThat(db.count("select count(*) from case_audit where case_id = ? and actor = 'older-release'", caseId))
                .isEqualTo(EntityIds.ALLOCATION_SIZE + 10);
    }

    @Test
    void anEventKeepsTheExplanationOfTheModelThatDecidedItAfterANewerModelsAlertJoinsTheCase() {
        String customer = TestAlerts.id("cust");
        String decidedByOld = TestAlerts.id("evt");
        String decidedByNew = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, decidedByOld, EventType.LOGIN, 0.81, customer, null));
        UUID caseId = Eventually.await("a case for " + decidedByOld, () -> db.caseOfEvent(TENANT, decidedByOld));
        AlertEntry newer = TestAlerts.alert(TENANT, decidedByNew, EventType.PASSWORD_RESET, 0.9, customer, null);
        TestAlerts.publish(redis, new AlertEntry(newer.tenant(), newer.eventId(), newer.type(), newer.occurredAt(),
                newer.identityKeys(), newer.score(), newer.decision(), newer.reasons(), "promoted-model-2",
                null, new Explanation("promoted-model-2", 0.9, List.of(
                        new Explanation.Contribution("customer_password_resets_24h", 1.0, 2.0)),
                        Map.of("customer_password_resets_24h", 1.0)), newer.eventRef(), newer.sealedEventId()));
        Eventually.await("the newer alert joins the case", () -> caseId.equals(db.caseOfEvent(TENANT, decidedByNew))
                ? caseId : null);

        given().auth().oauth2(TestTokens.analyst(TENANT))
                .when().get("/v1/cases/" + caseId)
                .then().statusCode(200)
                .body("events", hasSize(2))
                .body("events.find { it.eventId == '" + decidedByOld + "' }.explanation.modelVersion",
                        equalTo("test-model-1"))
                .body("events.find { it.eventId == '" + decidedByOld + "' }.explanation.contributions[0].feature",
                        equalTo("customer_new_device"))
                .body("events.find { it.eventId == '" + decidedByOld + "' }.explanation.features.customer_age_days",
                        equalTo(400.0f))
                .body("events.find { it.eventId == '" + decidedByNew + "' }.explanation.modelVersion",
                        equalTo("promoted-model-2"));
    }

    @Test
    void alertsAboutOneIdentityJoinOneCaseWhosePriorityFollowsTheHighestScore() {
        String customer = TestAlerts.id("cust");
        String first = TestAlerts.id("evt");
        String second = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, first, EventType.LOGIN, 0.72, customer, null));
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, second, EventType.PASSWORD_RESET, 0.95, customer, null));

        UUID firstCase = Eventually.await("case of the first alert", () -> db.caseOfEvent(TENANT, first));
        UUID secondCase = Eventually.await("case of the second alert", () -> db.caseOfEvent(TENANT, second));

        assertThat(secondCase).isEqualTo(firstCase);
        assertThat(db.text("select priority from fraud_case where id = ?", firstCase)).isEqualTo("P1");
        assertThat(db.count("select count(*) from case_audit where case_id = ? and action = 'EVENT_ADDED'", firstCase))
                .isEqualTo(1);
    }

    @Test
    void aDuplicateAlertMakesNoDuplicateCase() {
        AlertEntry alert = TestAlerts.alert(TENANT, TestAlerts.id("evt"), EventType.LOGIN, 0.8, TestAlerts.id("cust"), null);
        TestAlerts.publish(redis, alert);
        TestAlerts.publish(redis, alert);
        // The intake handles entries in order, so once an alert added after both is in, both were handled.
        String marker = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, marker, EventType.LOGIN, 0.8, TestAlerts.id("cust"), null));
        Eventually.await("the marker alert", () -> db.caseOfEvent(TENANT, marker));

        assertThat(db.count("select count(*) from case_event where tenant = ? and event_ref = ?", TENANT, alert.eventRef()))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from fraud_case c join case_event e on e.case_id = c.id"
                + " where e.tenant = ? and e.event_ref = ?", TENANT, alert.eventRef())).isEqualTo(1);
    }

    @Test
    void entriesReadButNeverAcknowledgedByADeadConsumerAreReclaimedAndBecomeCases() {
        List<String> eventIds = new ArrayList<>();
        List<AlertEntry> alerts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String eventId = TestAlerts.id("evt");
            eventIds.add(eventId);
            alerts.add(TestAlerts.alert(TENANT, eventId, EventType.PAYEE_ADDED, 0.85, TestAlerts.id("cust"), null));
        }
        List<String> takenByTheDead = takenByADeadConsumer(alerts);
        assertThat(takenByTheDead).hasSize(5);

        // The consumer "dies" here; nothing of it is acknowledged. A surviving instance reclaims its entries.
        intake.reclaim(Duration.ZERO);

        for (String eventId : eventIds) {
            assertThat(Eventually.await("case of " + eventId, () -> db.caseOfEvent(TENANT, eventId))).isNotNull();
        }
        assertThat(redis.stream(String.class).xpending(TestAlerts.STREAM, TestAlerts.GROUP,
                StreamRange.of(takenByTheDead.get(0), takenByTheDead.get(4)), 10)).isEmpty();
    }

    @Test
    void unreadableEntriesGoToTheDeadLetterStreamWithTheirReasonAndDoNotBlockTheGroup() {
        String futureVersion = redis.stream(String.class).xadd(TestAlerts.STREAM,
                Map.of("v", "3", "alert", "{\"shape\":\"from the future\"}"));
        String brokenJson = redis.stream(String.class).xadd(TestAlerts.STREAM, Map.of("v", "1", "alert", "{not json"));
        String after = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, after, EventType.LOGIN, 0.8, TestAlerts.id("cust"), null));

        Eventually.await("the alert after the bad entries", () -> db.caseOfEvent(TENANT, after));
        Map<String, Map<String, String>> dead = Eventually.await("both bad entries dead-lettered", () -> {
            Map<String, Map<String, String>> bySource = deadLettersBySource();
            return bySource.keySet().containsAll(List.of(futureVersion, brokenJson)) ? bySource : null;
        });

        assertThat(dead.get(futureVersion).get("reason")).contains("unknown entry version 3");
        assertThat(dead.get(futureVersion).get("alert")).isEqualTo("{\"shape\":\"from the future\"}");
        assertThat(dead.get(brokenJson).get("reason")).contains("not a valid AlertEntry JSON");
        assertThat(redis.stream(String.class).xpending(TestAlerts.STREAM, TestAlerts.GROUP,
                StreamRange.of(futureVersion, brokenJson), 10)).isEmpty();
    }

    @Test
    void theBanksEventIdIsKeptOnlySealedAndShownToItsOwnAnalysts() {
        String eventId = TestAlerts.id("evt");
        AlertEntry alert = TestAlerts.alert(TENANT, eventId, EventType.LOGIN, 0.93, TestAlerts.id("cust"), null);
        TestAlerts.publish(redis, alert);
        UUID caseId = Eventually.await("a case for " + eventId, () -> db.caseOfEvent(TENANT, eventId));

        assertThat(db.text("select row_to_json(e)::text from case_event e where case_id = ?", caseId))
                .contains(alert.eventRef()).doesNotContain(eventId);
        assertThat(db.text("select row_to_json(c)::text from fraud_case c where id = ?", caseId)).doesNotContain(eventId);
        given().auth().oauth2(TestTokens.analyst(TENANT)).when().get("/v1/cases/" + caseId)
                .then().statusCode(200).body("events[0].eventId", equalTo(eventId));
    }

    @Test
    void alertsOfTheFirstLayoutWithTheIdInClearAreSealedOnArrivalAndRecognisedWhenRedelivered() {
        String eventId = TestAlerts.id("evt-v1");
        AlertEntry v2 = TestAlerts.alert(TENANT, eventId, EventType.LOGIN, 0.9, TestAlerts.id("cust"), null);
        AlertEntry v1 = new AlertEntry(v2.tenant(), eventId, v2.type(), v2.occurredAt(), v2.identityKeys(), v2.score(),
                v2.decision(), v2.reasons(), v2.modelVersion(), null, null, null, null);
        Map<String, String> fields = Map.of("v", AlertEntry.SCHEMA_VERSION_CLEAR_EVENT_ID, "alert", TestAlerts.write(v1));
        redis.stream(String.class).xadd(TestAlerts.STREAM, fields);
        redis.stream(String.class).xadd(TestAlerts.STREAM, fields);
        String marker = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, marker, EventType.LOGIN, 0.8, TestAlerts.id("cust"), null));
        Eventually.await("the marker alert", () -> db.caseOfEvent(TENANT, marker));

        String localRef = seal.seal(TENANT, eventId).eventRef();
        assertThat(localRef).startsWith(EventIdSeal.LOCAL_REFERENCE_PREFIX);
        String caseId = db.text("select case_id from case_event where tenant = ? and event_ref = ?", TENANT, localRef);
        assertThat(caseId).isNotNull();
        assertThat(db.count("select count(*) from case_event where case_id = ?::uuid", caseId)).isEqualTo(1);
        assertThat(db.text("select row_to_json(e)::text from case_event e where case_id = ?::uuid", caseId))
                .doesNotContain(eventId);
        given().auth().oauth2(TestTokens.analyst(TENANT)).when().get("/v1/cases/" + caseId)
                .then().statusCode(200).body("events", hasSize(1)).body("events[0].eventId", equalTo(eventId));
    }

    @Test
    void anEventIdWhoseSealDoesNotOpenHereStillMakesItsCaseShownWithoutTheId() {
        String eventId = TestAlerts.id("evt");
        AlertEntry alert = TestAlerts.alert(TENANT, eventId, EventType.LOGIN, 0.9, TestAlerts.id("cust"), null);
        String otherEvent = TestAlerts.id("another");
        // sealed for another event: as unreadable here as one sealed under a key this service does not hold yet
        AlertEntry moved = new AlertEntry(alert.tenant(), null, alert.type(), alert.occurredAt(), alert.identityKeys(),
                alert.score(), alert.decision(), alert.reasons(), alert.modelVersion(), null, null,
                TestAlerts.eventRef(otherEvent), alert.sealedEventId());
        TestAlerts.publish(redis, moved);

        UUID caseId = Eventually.await("a case for it", () -> db.caseOfEvent(TENANT, otherEvent));

        given().auth().oauth2(TestTokens.analyst(TENANT)).when().get("/v1/cases/" + caseId)
                .then().statusCode(200).body("events", hasSize(1)).body("events[0].eventId", nullValue())
                .body("events[0].decision", equalTo("DECLINE"));
    }

    @Test
    void idsAnEarlierVersionKeptInClearAreSealedAndStillNameTheirEvent() throws Exception {
        String eventId = TestAlerts.id("evt-legacy");
        UUID caseId = publishAndWait(eventId);
        TestDb owner = new TestDb(TestDb.ownerDataSource());
        // As rows were before sealing: the id in clear, no reference, no seal.
        owner.execute("update case_event set event_id = ?, event_ref = null, sealed_event_id = null where case_id = ?",
                eventId, caseId);
        // and a case about an alert without identifiers was named by the event's id
        owner.execute("update fraud_case set identity_kind = 'event', identity_key = ? where id = ?", eventId, caseId);

        assertThat(sealing.sealClear()).isGreaterThanOrEqualTo(1);

        assertThat(db.text("select row_to_json(e)::text from case_event e where case_id = ?", caseId))
                .doesNotContain(eventId).contains("\"event_ref\":\"case.");
        assertThat(db.text("select identity_key from fraud_case where id = ?", caseId))
                .isEqualTo(db.text("select event_ref from case_event where case_id = ?", caseId));
        given().auth().oauth2(TestTokens.analyst(TENANT)).when().get("/v1/cases/" + caseId)
                .then().statusCode(200).body("events[0].eventId", equalTo(eventId));
    }

    @Test
    void alertsOfOneIdentityInOnePageJoinOneCaseInStreamOrderBesideOtherIdentities() {
        String customer = TestAlerts.id("cust");
        List<AlertEntry> page = new ArrayList<>();
        List<String> ofTheCustomer = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String eventId = TestAlerts.id("evt");
            boolean theCustomer = i % 3 == 0;
            if (theCustomer) {
                ofTheCustomer.add(eventId);
            }
            page.add(TestAlerts.alert(TENANT, eventId, EventType.LOGIN, 0.7 + i / 100.0,
                    theCustomer ? customer : TestAlerts.id("cust"), null));
        }
        // One page: the entries are pending at a dead consumer and one reclaim takes them all at once.
        List<String> entries = takenByADeadConsumer(page);

        assertThat(intake.reclaim(Duration.ZERO)).isGreaterThanOrEqualTo(12);

        UUID caseId = db.caseOfEvent(TENANT, ofTheCustomer.get(0));
        for (String eventId : ofTheCustomer) {
            assertThat(db.caseOfEvent(TENANT, eventId)).isEqualTo(caseId);
        }
        // Stored in stream order: the events' ids follow their entries' order, and the case was opened by the first.
        List<String> stored = new ArrayList<>();
        for (String eventId : ofTheCustomer) {
            stored.add(db.text("select stream_entry_id from case_event where tenant = ? and event_ref = ?",
                    TENANT, TestAlerts.eventRef(eventId)));
        }
        assertThat(db.text("select string_agg(stream_entry_id, ',' order by id) from case_event where case_id = ?",
                caseId)).isEqualTo(String.join(",", stored));
        assertThat(stored).containsExactly(entries.get(0), entries.get(3), entries.get(6), entries.get(9));
        assertThat(db.text("select string_agg(action, ',' order by id) from case_audit where case_id = ?", caseId))
                .isEqualTo("OPENED,EVENT_ADDED,EVENT_ADDED,EVENT_ADDED");
        assertThat(pending(entries)).isEmpty();
    }

    /**
     * The intake reads the cases a page may join per (bank, identity) pair: another bank's alert about the same identity
     * key, in the same page as this bank's, neither joins nor locks this bank's case.
     */
    @Test
    void anotherBanksAlertAboutTheSameIdentityInOnePageOpensItsOwnCase() {
        String customer = TestAlerts.id("cust");
        String first = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, first, EventType.LOGIN, 0.8, customer, null));
        UUID ownCase = Eventually.await("a case for " + first, () -> db.caseOfEvent(TENANT, first));
        String ofTheOtherBank = TestAlerts.id("evt");
        String ofThisBank = TestAlerts.id("evt");
        List<String> entries = takenByADeadConsumer(List.of(
                TestAlerts.alert(TestAlerts.OTHER_TENANT, ofTheOtherBank, EventType.LOGIN, 0.9, customer, null),
                TestAlerts.alert(TENANT, ofThisBank, EventType.LOGIN, 0.85, customer, null)));

        assertThat(intake.reclaim(Duration.ZERO)).isGreaterThanOrEqualTo(2);

        assertThat(db.caseOfEvent(TENANT, ofThisBank)).isEqualTo(ownCase);
        UUID otherCase = db.caseOfEvent(TestAlerts.OTHER_TENANT, ofTheOtherBank);
        assertThat(otherCase).isNotNull().isNotEqualTo(ownCase);
        assertThat(db.text("select tenant from fraud_case where id = ?", otherCase)).isEqualTo(TestAlerts.OTHER_TENANT);
        assertThat(db.count("select count(*) from case_event where case_id = ?", ownCase)).isEqualTo(2);
        assertThat(pending(entries)).isEmpty();
    }

    @Test
    void anAlertTheDatabaseRefusesStaysPendingWhileTheOthersOfItsPageAreStoredAndAcknowledged() throws Exception {
        String customer = TestAlerts.id("cust");
        List<AlertEntry> page = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            eventIds.add(TestAlerts.id("evt"));
            // One identity: the whole page is one lane, so the refused alert fails the lane's transaction.
            page.add(TestAlerts.alert(TENANT, eventIds.get(i), EventType.LOGIN, 0.8, customer, null));
        }
        AlertEntry refused = page.get(2);
        TestDb owner = new TestDb(TestDb.ownerDataSource());
        owner.execute("alter table case_event add constraint intake_test_refuses check (event_ref <> '"
                + refused.eventRef() + "') not valid");
        List<String> entries;
        try {
            entries = takenByADeadConsumer(page);
            intake.reclaim(Duration.ZERO);

            for (AlertEntry alert : page) {
                if (alert != refused) {
                    assertThat(db.count("select count(*) from case_event where tenant = ? and event_ref = ?", TENANT,
                            alert.eventRef())).isEqualTo(1);
                }
            }
            assertThat(db.count("select count(*) from case_event where tenant = ? and event_ref = ?", TENANT,
                    refused.eventRef())).isZero();
            assertThat(pending(entries)).containsExactly(entries.get(2));
        } finally {
            owner.execute("alter table case_event drop constraint intake_test_refuses");
        }

        // Once the database takes it, the reclaim stores it, in the case of the others.
        intake.reclaim(Duration.ZERO);
        assertThat(db.caseOfEvent(TENANT, eventIds.get(2))).isEqualTo(db.caseOfEvent(TENANT, eventIds.get(0)));
        assertThat(pending(entries)).isEmpty();
    }

    /**
     * Appends the alerts and reads them as a consumer that then "dies": they stay pending until a reclaim. Appending
     * and reading in one script (one key: a Redis Cluster runs it too, where MULTI/EXEC is refused), so the live
     * intake cannot take them first. Returns the entries' ids, in order.
     */
    private List<String> takenByADeadConsumer(List<AlertEntry> alerts) {
        List<String> eval = new ArrayList<>(List.of(APPEND_AND_READ_SCRIPT, "1", TestAlerts.STREAM, TestAlerts.GROUP,
                TestAlerts.id("dead-consumer")));
        for (AlertEntry alert : alerts) {
            Map<String, String> fields = TestAlerts.fields(alert);
            eval.addAll(List.of(fields.get("v"), fields.get("alert")));
        }
        List<String> ids = new ArrayList<>();
        redis.execute("EVAL", eval.toArray(String[]::new)).forEach(id -> ids.add(id.toString()));
        return ids;
    }

    /** Which of these entries are still pending in the group. */
    private List<String> pending(List<String> entryIds) {
        return redis.stream(String.class).xpending(TestAlerts.STREAM, TestAlerts.GROUP,
                        StreamRange.of(entryIds.get(0), entryIds.get(entryIds.size() - 1)), 100)
                .stream().map(message -> message.getMessageId()).toList();
    }

    private UUID publishAndWait(String eventId) {
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, eventId, EventType.LOGIN, 0.9, TestAlerts.id("cust"), null));
        return Eventually.await("a case for " + eventId, () -> db.caseOfEvent(TENANT, eventId));
    }

    private Map<String, Map<String, String>> deadLettersBySource() {
        Map<String, Map<String, String>> bySource = new java.util.HashMap<>();
        for (StreamMessage<String, String, String> message : redis.stream(String.class)
                .xrevrange(TestAlerts.DEAD_LETTERS, StreamRange.of("+", "-"), 50)) {
            bySource.put(message.payload().get("source-id"), message.payload());
        }
        return bySource;
    }
}
