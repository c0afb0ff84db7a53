package io.github.idfraud.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.idfraud.cases.config.RuntimeRoleCheck;
import io.github.idfraud.harness.CaseDatabaseRoles;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The service works as a role with row rights only (issue 15, finding 8): every other test of this module runs as it,
 * which shows those rights suffice; this one shows what the role cannot do. Before, the service's user owned the
 * schema and could drop the audit trail's trigger.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class DatabaseRoleTests {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    DataSource dataSource;

    @Test
    void theServiceWorksAsTheRuntimeRoleNotAsTheOwner() {
        assertThat(new TestDb(dataSource).text("select current_user")).isEqualTo(CaseDatabaseRoles.RUNTIME_ROLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "create table intruder (id int)",
            "drop trigger case_audit_no_update_or_delete on case_audit",
            "alter table case_audit disable trigger all",
            "create or replace function case_audit_append_only() returns trigger language plpgsql as $$ begin return new; end $$",
            "drop table case_note",
            "truncate fraud_case cascade",
            "delete from case_audit where id = -1",
            "update case_audit set reason = null where id = -1",
            "truncate case_audit",
            "delete from data_subject_request where id = -1",
            "select count(*) from flyway_schema_history"})
    void theRuntimeRoleCanNeitherChangeTheSchemaNorRewriteTheAuditTrail(String sql) {
        assertThatThrownBy(() -> new TestDb(dataSource).execute(sql))
                .isInstanceOfSatisfying(SQLException.class,
                        e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }

    @Test
    void theStartUpCheckTellsTheRuntimeRoleFromOneThatCouldChangeTheSchema() throws SQLException {
        assertThat(RuntimeRoleCheck.canChangeTheSchema(dataSource)).isFalse();
        assertThat(RuntimeRoleCheck.canChangeTheSchema(TestDb.ownerDataSource())).isTrue();
    }

    @Test
    void everyTableIsReadableAndWritableByTheRuntimeRole() {
        // later migrations' tables included: the owner's default privileges grant them
        TestDb owner = new TestDb(TestDb.ownerDataSource());
        List<String> missing = List.of(owner.text("""
                select coalesce(string_agg(c.relname, ','), '') from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'flyway_schema_history'
                  and not has_table_privilege(?, c.oid, 'SELECT, INSERT')""", CaseDatabaseRoles.RUNTIME_ROLE)
                .split(",")).stream().filter(name -> !name.isEmpty()).toList();
        assertThat(missing).as("tables the runtime role cannot read and write").isEmpty();
    }
}
