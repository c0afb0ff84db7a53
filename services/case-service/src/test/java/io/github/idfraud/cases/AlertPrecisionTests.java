package io.github.idfraud.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.cases.service.AlertPrecisionRefresher;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alert precision gauges, computed from real PostgreSQL rows of analysts' outcomes and consumers' answers. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class AlertPrecisionTests {

    private static final Instant NOW = Instant.now();
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(60));

    @Inject
    DataSource dataSource;

    @Inject
    AlertPrecisionRefresher refresher;

    TestDb db;
    String tenant;

    @BeforeEach
    void setUp() {
        db = new TestDb(dataSource);
        tenant = "precision-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void precisionIsTheShareOfRecentDecisionsThatWereFraudPerTenantAndSource() throws Exception {
        // Analysts: 3 confirmed and 1 dismissed this month; 2 dismissed two months ago (outside the 30-day window).
        for (String outcome : List.of("CONFIRMED_FRAUD", "CONFIRMED_FRAUD", "CONFIRMED_FRAUD", "DISMISSED")) {
            closedByAnalyst(outcome, NOW.minus(Duration.ofDays(2)));
        }
        closedByAnalyst("DISMISSED", LONG_AGO);
        closedByAnalyst("DISMISSED", LONG_AGO);
        // Consumers: 1 "not me", 3 "me", 1 link never used; a case their answer closed is not an analyst's outcome.
        answered("NOT_ME", NOW.minus(Duration.ofHours(5)));
        for (int i = 0; i < 3; i++) {
            answered("ME", NOW.minus(Duration.ofHours(1)));
        }
        answered(null, null);

        refresher.refresh();

        assertThat(gauge("fraud_alert_precision", "analyst")).isEqualTo(0.75);
        assertThat(gauge("fraud_alert_decided", "analyst")).isEqualTo(4);
        assertThat(gauge("fraud_alert_precision", "consumer")).isEqualTo(0.25);
        assertThat(gauge("fraud_alert_decided", "consumer")).isEqualTo(4);
    }

    @Test
    void aSourceWithoutDecisionsReadsNaNNotZero() throws Exception {
        closedByAnalyst("CONFIRMED_FRAUD", NOW.minus(Duration.ofDays(1)));
        answered(null, null);

        refresher.refresh();

        assertThat(gauge("fraud_alert_precision", "analyst")).isEqualTo(1.0);
        assertThat(gauge("fraud_alert_precision", "consumer")).isNaN();
        assertThat(gauge("fraud_alert_decided", "consumer")).isZero();
    }

    /** A case an analyst moved to a final status at {@code at}. */
    private UUID closedByAnalyst(String outcome, Instant at) throws Exception {
        UUID caseId = newCase(outcome, at);
        db.execute("insert into case_audit (case_id, tenant, actor, at, action, from_status, to_status) "
                + "values (?, ?, 'analyst-1', ?, 'TRANSITION', 'IN_REVIEW', ?)", caseId, tenant, Timestamp.from(at), outcome);
        return caseId;
    }

    /** A case with an emailed answer link, answered {@code answer} at {@code at} (null: never used). */
    private void answered(String answer, Instant at) throws Exception {
        String status = answer == null ? "AWAITING_CONSUMER" : answer.equals("NOT_ME") ? "CONFIRMED_FRAUD" : "DISMISSED";
        UUID caseId = newCase(status, at == null ? NOW : at);
        if (answer != null) {
            db.execute("insert into case_audit (case_id, tenant, actor, at, action, from_status, to_status) "
                    + "values (?, ?, 'consumer', ?, 'CONSUMER_ANSWER', 'AWAITING_CONSUMER', ?)", caseId, tenant,
                    Timestamp.from(at), status);
        }
        String eventId = "evt-" + UUID.randomUUID();
        db.execute("insert into case_event (case_id, tenant, event_ref, sealed_event_id, event_type, occurred_at, score,"
                + " decision, reasons, received_at) values (?, ?, ?, ?, 'LOGIN', ?, 0.9, 'REVIEW', '[]'::jsonb, ?)", caseId,
                tenant, TestAlerts.eventRef(eventId), TestAlerts.sealedEventId(tenant, eventId), Timestamp.from(NOW),
                Timestamp.from(NOW));
        long eventRow = db.count("select id from case_event where tenant = ? and event_ref = ?", tenant,
                TestAlerts.eventRef(eventId));
        db.execute("insert into email_outbox (case_id, case_event_id, tenant, template, status, next_attempt_at, created_at) "
                + "values (?, ?, ?, 'NOT_ME_CHECK', 'SENT', ?, ?)", caseId, eventRow, tenant, Timestamp.from(NOW), Timestamp.from(NOW));
        long emailRow = db.count("select id from email_outbox where case_id = ?", caseId);
        db.execute("insert into answer_token (id, email_id, case_id, case_event_id, tenant, expires_at, used_at, answer) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), emailRow, caseId, eventRow, tenant,
                Timestamp.from(NOW.plus(Duration.ofDays(14))), at == null ? null : Timestamp.from(at), answer);
    }

    private UUID newCase(String status, Instant at) throws Exception {
        UUID id = UUID.randomUUID();
        Timestamp when = Timestamp.from(at);
        db.execute("insert into fraud_case (id, tenant, identity_kind, identity_key, status, priority, max_score, opened_at, "
                + "first_event_at, last_event_at, due_at, updated_at, closed_at) values (?, ?, 'customer', ?, ?, 'P2', 0.9, "
                + "?, ?, ?, ?, ?, ?)", id, tenant, "hmac-" + id, status, when, when, when, when, when,
                status.equals("CONFIRMED_FRAUD") || status.equals("DISMISSED") ? when : null);
        return id;
    }

    private double gauge(String name, String source) {
        Double value = TestMetrics.value(name, Map.of("tenant", tenant, "source", source));
        if (value == null) {
            throw new AssertionError("no " + name + " for " + tenant + "/" + source + " on /q/metrics");
        }
        return value;
    }
}
