package io.github.idfraud.cases;

import io.github.idfraud.testsupport.RedisTestResource;
import static io.github.idfraud.cases.TestAlerts.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.contract.EventType;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The audit trail is append-only at the database level, whoever connects. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class AuditTrailTests {

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    @Test
    void theAuditTableRejectsUpdateDeleteAndTruncateEvenFromTheSchemasOwner() throws SQLException {
        // the service's own role has no right to try (DatabaseRoleTests); the trigger holds for the owner too
        TestDb db = new TestDb(TestDb.ownerDataSource());
        String eventId = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, eventId, EventType.LOGIN, 0.8, TestAlerts.id("cust"), null));
        UUID caseId = Eventually.await("case of " + eventId, () -> db.caseOfEvent(TENANT, eventId));
        long entries = db.count("select count(*) from case_audit where case_id = ?", caseId);
        assertThat(entries).isPositive();

        assertThatThrownBy(() -> db.execute("update case_audit set reason = 'rewritten' where case_id = ?", caseId))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.execute("delete from case_audit where case_id = ?", caseId))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.execute("truncate case_audit cascade"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");

        assertThat(db.count("select count(*) from case_audit where case_id = ?", caseId)).isEqualTo(entries);
        assertThat(db.text("select reason from case_audit where case_id = ? order by id limit 1", caseId))
                .doesNotContain("rewritten");
    }

    @Test
    void auditReasonsNeverQuoteTheBanksEventId() {
        TestDb db = new TestDb(dataSource);
        // banks may build event ids from customer data: the audit trail, kept for years, must not copy them
        String eventId = TestAlerts.id("evt-janedoe-19840302");
        TestAlerts.publish(redis, TestAlerts.alert(TENANT, eventId, EventType.LOGIN, 0.8, TestAlerts.id("cust"), null));
        UUID caseId = Eventually.await("case of " + eventId, () -> db.caseOfEvent(TENANT, eventId));

        assertThat(db.count("select count(*) from case_audit where case_id = ?", caseId)).isPositive();
        assertThat(db.count("select count(*) from case_audit where case_id = ? and reason like '%' || ? || '%'",
                caseId, eventId)).isZero();
    }
}
