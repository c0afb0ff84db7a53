package io.github.idfraud.cases;

import io.github.idfraud.harness.CaseDatabaseRoles;
import io.github.idfraud.harness.DatabaseLogin;
import io.github.idfraud.testsupport.DockerProbe;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL the tests use: {@code FRAUD_TEST_JDBC_URL} when set, a PostgreSQL container where a Docker
 * engine answers, otherwise the local server on 127.0.0.1:5432 (trust auth, user postgres), where a dedicated
 * database {@value #DATABASE} is created if missing. The database persists between runs: tests use unique ids.
 * With the init argument {@value #OWN_DATABASE}, a test class gets a database of that name, new at every start.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "case_test";
    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /** Init argument: a database of its own, emptied at every start, for tests that must see only their own rows. */
    static final String OWN_DATABASE = "ownDatabase";

    private PostgreSQLContainer container;
    private String database = DATABASE;
    private boolean fresh;

    @Override
    public void init(Map<String, String> initArgs) {
        String own = initArgs.get(OWN_DATABASE);
        if (own != null) {
            database = own;
            fresh = true;
        }
    }

    @Override
    public Map<String, String> start() {
        String user = env("FRAUD_TEST_JDBC_USERNAME", "postgres");
        String password = env("FRAUD_TEST_JDBC_PASSWORD", "postgres");
        String configured = System.getenv("FRAUD_TEST_JDBC_URL");
        if (configured != null && !configured.isBlank()) {
            return settings(configured, new DatabaseLogin(user, password));
        }
        if (DockerProbe.dockerAnswers()) {
            container = new PostgreSQLContainer("postgres:16-alpine").withDatabaseName(database);
            container.start();
            return settings(container.getJdbcUrl(), new DatabaseLogin(container.getUsername(), container.getPassword()));
        }
        createDatabaseIfMissing(user, password);
        return settings(LOCAL_SERVER + database, new DatabaseLogin(user, password));
    }

    @Override
    public void stop() {
        if (container != null) {
            container.stop();
        }
    }

    private void createDatabaseIfMissing(String user, String password) {
        try (Connection admin = DriverManager.getConnection(LOCAL_SERVER + "postgres", user, password);
             PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            if (fresh) {
                try (Statement drop = admin.createStatement()) {
                    drop.execute("drop database if exists " + database + " with (force)");
                }
            }
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = admin.createStatement()) {
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile by a parallel build
                throw new IllegalStateException("cannot prepare test database " + database + " on " + LOCAL_SERVER
                        + " (set FRAUD_TEST_JDBC_URL to use another server)", e);
            }
        }
    }

    /**
     * Flyway migrates as {@code owner}; the service works as the runtime role, as in production, so every test also
     * shows that row rights suffice for everything the service does.
     */
    private static Map<String, String> settings(String url, DatabaseLogin owner) {
        DatabaseLogin runtime;
        try (Connection admin = DriverManager.getConnection(url, owner.user(), owner.password())) {
            runtime = CaseDatabaseRoles.ensureRuntimeRole(admin);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the runtime role on " + url, e);
        }
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.flyway.username", owner.user(),
                "quarkus.flyway.password", owner.password(),
                "quarkus.datasource.username", runtime.user(),
                "quarkus.datasource.password", runtime.password());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
