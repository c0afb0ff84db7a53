package io.github.idfraud.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.ds.PGSimpleDataSource;

/** Plain JDBC reads of the case database for assertions, independent of the service's own queries. */
final class TestDb {

    private final DataSource dataSource;

    TestDb(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The schema's owner, as Flyway connects (the service itself works as a role with row rights only). */
    static DataSource ownerDataSource() {
        Config config = ConfigProvider.getConfig();
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setUrl(config.getValue("quarkus.datasource.jdbc.url", String.class));
        owner.setUser(config.getValue("quarkus.flyway.username", String.class));
        owner.setPassword(config.getValue("quarkus.flyway.password", String.class));
        return owner;
    }

    /** First column of the first row as text, or null when there is no row. */
    String text(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql, Object... parameters) {
        String value = text(sql, parameters);
        return value == null ? 0 : Long.parseLong(value);
    }

    UUID caseOfEvent(String tenant, String eventId) {
        String id = text("select case_id from case_event where tenant = ? and event_ref = ?", tenant,
                TestAlerts.eventRef(eventId));
        return id == null ? null : UUID.fromString(id);
    }

    String status(UUID caseId) {
        return text("select status from fraud_case where id = ?", caseId);
    }

    /** Status of the case's email for a template, e.g. PENDING/1 (status/attempts), or null. */
    String email(UUID caseId) {
        return text("select status || '/' || attempts from email_outbox where case_id = ?", caseId);
    }

    void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
