package io.github.idfraud.cases;

import static io.github.idfraud.cases.TestAlerts.TENANT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.cases.redis.StreamMaintenance;
import io.github.idfraud.cases.service.StreamRetention;
import io.github.idfraud.cases.service.TableRetention;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.XAddArgs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Every stream and table keeps data only for its configured period (issue 15, finding 3). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class RetentionTests {

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    @Inject
    StreamMaintenance streams;

    @Inject
    TableRetention retention;

    @Inject
    StreamRetention streamRetention;

    @Test
    void streamEntriesOlderThanTheirRetentionAreTrimmedAndRecentOnesStay() {
        String stream = TestAlerts.id("test-retention-stream");
        long eightDaysAgo = Instant.now().minus(Duration.ofDays(8)).toEpochMilli();
        var commands = redis.stream(String.class);
        String old = commands.xadd(stream, new XAddArgs().id(eightDaysAgo + "-0"), Map.of("alert", "old"));
        String recent = commands.xadd(stream, Map.of("alert", "recent"));
        try {
            assertThat(streams.trimBefore(stream, Instant.now().minus(Duration.ofDays(7)))).isEqualTo(1);

            assertThat(streams.find(stream, entry -> true)).extracting(e -> e.id()).containsExactly(recent)
                    .doesNotContain(old);
        } finally {
            redis.key().del(stream);
        }
    }

    @Test
    void theAlertDeadLetterAndLabelStreamsAreEachTrimmedAfterTheirOwnPeriod() {
        assertThat(streamRetention.periods()).containsExactlyInAnyOrderEntriesOf(Map.of(
                TestAlerts.STREAM, Duration.ofDays(7),
                TestAlerts.DEAD_LETTERS, Duration.ofDays(14),
                TestAlerts.LABELS, Duration.ofDays(7)));
    }

    @Test
    void aClosedCasePastItsRetentionIsDeletedWithEverythingUnderItButItsAudit() throws SQLException {
        TestDb db = new TestDb(dataSource);
        UUID expired = closedCase(db);
        UUID kept = closedCase(db);
        db.execute("update fraud_case set closed_at = now() - interval '401 days' where id = ?", expired);
        long auditRows = db.count("select count(*) from case_audit where case_id = ?", expired);

        retention.purge(Instant.now());

        for (String table : new String[] {"case_event", "case_note", "case_identifier", "case_label"}) {
            assertThat(db.count("select count(*) from " + table + " where case_id = ?", expired)).as(table).isZero();
        }
        assertThat(db.status(expired)).isNull();
        assertThat(db.count("select count(*) from case_audit where case_id = ?", expired)).isEqualTo(auditRows);
        assertThat(db.status(kept)).isEqualTo("DISMISSED");
        assertThat(db.count("select count(*) from case_note where case_id = ?", kept)).isEqualTo(1);
    }

    @Test
    void answerLinksOutboxRowsAndPublishedLabelsGoAfterTheirPeriodsFreshOnesStay() throws SQLException {
        TestDb db = new TestDb(dataSource);
        UUID caseId = openCase(db, EventType.LOGIN);
        String event = db.text("select id from case_event where case_id = ?", caseId);
        for (int age : new int[] {500, 1}) {
            String interval = age + " days";
            db.execute("insert into email_outbox (case_id, case_event_id, tenant, template, status, next_attempt_at,"
                    + " created_at) values (?, ?::bigint, 'bank-a', ?, 'SENT', now(), now() - ?::interval)",
                    caseId, event, "t" + age, interval);
            db.execute("insert into answer_token (id, email_id, case_id, case_event_id, tenant, expires_at) values"
                    + " (gen_random_uuid(), (select id from email_outbox where case_id = ? and template = ?), ?,"
                    + " ?::bigint, 'bank-a', now() - ?::interval)", caseId, "t" + age, caseId, event, interval);
            db.execute("insert into webhook_outbox (id, case_id, case_event_id, tenant, answer, status,"
                    + " next_attempt_at, created_at) values (gen_random_uuid(), ?, ?::bigint, 'bank-a', ?,"
                    + " 'DELIVERED', now(), now() - ?::interval)", caseId, event, "a" + age, interval);
            String labelled = TestAlerts.id("evt");
            db.execute("insert into case_label (tenant, case_id, event_ref, sealed_event_id, label, source, reported_at,"
                    + " published_at) values ('bank-a', ?, ?, ?, 'FRAUD', ?, now() - ?::interval, now())",
                    caseId, TestAlerts.eventRef(labelled), TestAlerts.sealedEventId("bank-a", labelled), "s" + age,
                    interval);
        }

        retention.purge(Instant.now());
        // the old e-mail outlives its answer link by one purge: the link still pointed at it
        retention.purge(Instant.now());

        for (String table : new String[] {"email_outbox", "answer_token", "webhook_outbox", "case_label"}) {
            assertThat(db.count("select count(*) from " + table + " where case_id = ?", caseId)).as(table).isEqualTo(1);
        }
        assertThat(db.text("select template from email_outbox where case_id = ?", caseId)).isEqualTo("t1");
        assertThat(db.text("select source from case_label where case_id = ?", caseId)).isEqualTo("s1");
    }

    @Test
    void aPlainDeleteOfTheAuditIsStillRefusedWhileItsPurgeRemovesOnlyRowsPastRetention() throws SQLException {
        TestDb db = new TestDb(dataSource);
        UUID caseId = openCase(db, EventType.LOGIN);
        db.execute("insert into case_audit (case_id, tenant, actor, at, action) values"
                + " (?, 'bank-a', 'system', now() - interval '800 days', 'OPENED')", caseId);
        long rows = db.count("select count(*) from case_audit where case_id = ?", caseId);
        // the service's role may not delete at all (DatabaseRoleTests); the trigger refuses even the schema's owner
        TestDb owner = new TestDb(TestDb.ownerDataSource());

        assertThatThrownBy(() -> owner.execute("delete from case_audit where case_id = ?", caseId))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.execute("select case_audit_purge(now() - interval '29 days')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("never purged");
        // the purge's own setting, made by hand, opens nothing: only the purge function may delete
        assertThatThrownBy(() -> owner.execute("select set_config('idfraud.audit_purge_before', '2100-01-01', false);"
                + " delete from case_audit where case_id = '" + caseId + "'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");

        retention.purge(Instant.now());

        assertThat(db.count("select count(*) from case_audit where case_id = ?", caseId)).isEqualTo(rows - 1);
        assertThat(db.count("select count(*) from case_audit where case_id = ? and at < now() - interval '730 days'",
                caseId)).isZero();
        assertThatThrownBy(() -> owner.execute("delete from case_audit where case_id = ?", caseId))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }

    private UUID closedCase(TestDb db) {
        UUID caseId = openCase(db, EventType.LOGIN);
        given().auth().oauth2(TestTokens.analyst(TENANT)).contentType(ContentType.JSON)
                .body(Map.of("text", "called the customer")).when().post("/v1/cases/" + caseId + "/notes")
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.supervisor(TENANT)).contentType(ContentType.JSON)
                .body(Map.of("to", "DISMISSED", "reason", "customer confirmed by phone"))
                .when().post("/v1/cases/" + caseId + "/transitions").then().statusCode(200);
        Eventually.await("the case's label", () -> db.count("select count(*) from case_label where case_id = ?", caseId) > 0);
        return caseId;
    }

    private UUID openCase(TestDb db, EventType type) {
        String eventId = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, eventId, type, 0.8, TestAlerts.id("cust"), null));
        return Eventually.await("case of " + eventId, () -> db.caseOfEvent(TENANT, eventId));
    }
}
