package io.github.idfraud.cases;

import io.github.idfraud.testsupport.RedisTestResource;
import static io.github.idfraud.cases.TestAlerts.TENANT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.EventType;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Raw contact details exist only sealed in case_event.encrypted_contact: no other column, no log line. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class NoRawPiiTests {

    private static final Pattern LINK = Pattern.compile("(/answers/[A-Za-z0-9_\\-.]+)\\?choice=not-me");

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    TestSmtp smtp;

    @Test
    void noRawEmailPhoneOrNationalIdInAnyTableOrLogLine() throws Exception {
        String email = TestAlerts.id("priya") + "@example.net";
        String phone = "+4477009" + String.format("%05d", (int) (Math.random() * 100_000));
        String nationalId = "QQ" + TestAlerts.id("nid").replaceAll("[^0-9a-z]", "").toUpperCase();
        LogCapture logs = LogCapture.install();
        try {
            String eventId = TestAlerts.id("evt");
            var alert = TestAlerts.alert(TENANT, eventId, EventType.ACCOUNT_OPENING, 0.97, TestAlerts.id("cust"),
                    new ContactDetails("Priya", email, phone));
            // As the scoring service sends it: the national ID only as its pseudonym.
            alert.identityKeys().put("nationalId", TestAlerts.pseudonym(nationalId));
            alert.identityKeys().put("email", TestAlerts.pseudonym(email));
            alert.identityKeys().put("phone", TestAlerts.pseudonym(phone));
            TestAlerts.publish(redis, alert);
            MimeMessage message = Eventually.await("the email", () -> smtp.to(email).stream().findFirst().orElse(null));
            Matcher link = LINK.matcher(TestMail.text(message));
            assertThat(link.find()).isTrue();
            TestAnswers.post(link.group(1), "not-me").statusCode(200);
            TestDb db = new TestDb(dataSource);
            UUID caseId = db.caseOfEvent(TENANT, eventId);
            Eventually.await("the label published", () -> db.count(
                    "select count(*) from case_label where case_id = ? and published_at is not null", caseId) > 0);
        } finally {
            logs.uninstall();
        }

        List<String> raw = List.of(email, phone, phone.substring(1), nationalId);
        assertThat(columnsHolding(raw)).as("columns holding raw PII").isEmpty();
        assertThat(logs.lines()).as("log lines").noneMatch(line -> raw.stream().anyMatch(line::contains));
        assertThat(logs.lines()).as("the flow was logged at all").isNotEmpty();
    }

    /** Every text-like column of every table, including the envelope column (ciphertext must not match either). */
    private List<String> columnsHolding(List<String> values) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "select table_name, column_name from information_schema.columns where table_schema = 'public'"
                            + " and data_type in ('text', 'character varying', 'jsonb', 'json', 'character')")) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            assertThat(columns).extracting(c -> c[0] + "." + c[1]).contains("case_event.encrypted_contact");
            for (String[] column : columns) {
                for (String value : values) {
                    var query = connection.prepareStatement("select count(*) from \"" + column[0] + "\" where \""
                            + column[1] + "\"::text ilike ?");
                    query.setString(1, "%" + value + "%");
                    try (ResultSet count = query.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            hits.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** Collects every log record of the running service while installed. */
    static final class LogCapture extends Handler {

        private final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();

        static LogCapture install() {
            LogCapture capture = new LogCapture();
            Logger.getLogger("").addHandler(capture);
            return capture;
        }

        void uninstall() {
            Logger.getLogger("").removeHandler(this);
        }

        List<String> lines() {
            return lines;
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLoggerName() != null && record.getLoggerName().startsWith("com.icegreen")) {
                return; // the test's own SMTP server, not the service
            }
            String message = record.getMessage();
            Object[] parameters = record.getParameters();
            lines.add(message + (parameters == null ? "" : " " + java.util.Arrays.toString(parameters))
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
