package io.github.idfraud.harness;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two roles of the case database: its owner, which Flyway migrates as, and the runtime role the service works as,
 * with row rights only (granted by the service's migration V8__runtime_role.sql). Roles belong to the whole server, so
 * the runtime role is created once and reused by every database the tools create.
 */
public final class CaseDatabaseRoles {

    /** The case service's runtime role on the local servers the demo, the benchmarks and the tests use. */
    public static final String RUNTIME_ROLE = "fraud_case_runtime";

    private CaseDatabaseRoles() {
    }

    /**
     * Creates the runtime role (login, no other right) unless it exists; {@code admin} must be allowed to create
     * roles. Safe when several tools start at once.
     */
    public static DatabaseLogin ensureRuntimeRole(Connection admin) throws SQLException {
        DatabaseLogin login = DatabaseLogin.trusted(RUNTIME_ROLE);
        try (Statement statement = admin.createStatement()) {
            // duplicate_object when it exists; unique_violation when another tool created it in the same instant
            statement.execute("do $$ begin create role " + RUNTIME_ROLE + " login password '" + login.password()
                    + "'; exception when duplicate_object or unique_violation then null; end $$");
        }
        return login;
    }
}
