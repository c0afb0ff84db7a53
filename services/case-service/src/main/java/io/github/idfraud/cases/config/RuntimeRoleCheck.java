package io.github.idfraud.cases.config;

import io.github.idfraud.contract.EnvironmentVariables;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Refuses to start outside dev and test when the service's database user could change the schema: a superuser, an
 * owner (or member of the owner) of its tables, or a user that may create objects in it. Such a user could drop the
 * audit trail's trigger; the service needs row rights only (V8__runtime_role.sql).
 */
@Singleton
public class RuntimeRoleCheck {

    private static final String SCHEMA_RIGHTS = """
            select r.rolsuper
                or has_schema_privilege(current_user, 'public', 'CREATE')
                or exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                           where n.nspname = 'public' and pg_has_role(current_user, c.relowner, 'USAGE'))
            from pg_roles r where r.rolname = current_user""";

    // After the configuration checks, before the intake and the schedulers touch the database.
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE + 1) StartupEvent event, DataSource database)
            throws SQLException {
        if (LaunchMode.current().isDevOrTest()) {
            return;
        }
        if (canChangeTheSchema(database)) {
            throw new IllegalStateException("case-service will not work as a database user that can change the schema"
                    + " (" + EnvironmentVariables.QUARKUS_DATASOURCE_USERNAME + "): give Flyway the owner ("
                    + EnvironmentVariables.QUARKUS_FLYWAY_USERNAME + ", " + EnvironmentVariables.QUARKUS_FLYWAY_PASSWORD
                    + ") and the service a role with row rights only (docs/operations.md, Database roles)");
        }
    }

    public static boolean canChangeTheSchema(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SCHEMA_RIGHTS)) {
            return rows.next() && rows.getBoolean(1);
        }
    }
}
