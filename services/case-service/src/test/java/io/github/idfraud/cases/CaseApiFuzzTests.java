package io.github.idfraud.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.EventType;
import io.github.idfraud.testsupport.RedisTestResource;
import io.github.idfraud.testsupport.fuzz.FuzzHttp;
import io.github.idfraud.testsupport.fuzz.FuzzRun;
import io.github.idfraud.testsupport.fuzz.Gen;
import io.github.idfraud.testsupport.fuzz.ProblemJson;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Generated malformed and hostile requests against the analyst API (issue 14): valid requests of every endpoint with
 * one thing changed, sent to cases of a tenant of this test's own. Whatever comes, no 5xx; every refusal a 4xx
 * problem+json that shows no stack trace and repeats none of the hostile input; and nothing stored by a refused
 * request or a read. The workbench's HTML forms are left out: they need an OIDC browser session, and the web tenant
 * is off in the test profile. {@code -Dfuzz.seed=N} repeats a run, {@code -Dfuzz.case-api.inputs=N} resizes it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class CaseApiFuzzTests {

    private static final int INPUTS = Integer.getInteger("fuzz.case-api.inputs", 8_000);
    private static final int CASES = 10;

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URI service;

    @Test
    void hostileRequestsAreRefusedAsProblemsAndStoreNothing() {
        TestDb db = new TestDb(dataSource);
        String tenant = TestAlerts.id("bank-fuzz");
        String otherTenant = TestAlerts.id("bank-fuzz-other");
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(openCase(db, tenant, 0.55 + i * 0.04));
        }
        UUID otherBanksCase = openCase(db, otherTenant, 0.8);
        long auditBefore = db.count("select count(*) from case_audit where tenant = ?", tenant);
        Gen<FuzzRun.Input> inputs = new CaseApiInputs(tenant, cases, otherBanksCase,
                new FuzzTokens(tenant, otherTenant)).all();
        FuzzRun run = new FuzzRun(FuzzRun.seed(), new FuzzHttp(service), () -> fingerprint(db, tenant, otherTenant),
                ProblemJson::shape);
        AtomicLong writes = new AtomicLong();
        AtomicLong finalTransitions = new AtomicLong();

        run.sendAll(inputs, INPUTS, (input, response) -> {
            if (response.status() / 100 == 2 && CaseApiInputs.WRITES.contains(input.endpoint())
                    && input.request().method().matches("POST|PUT")) {
                writes.incrementAndGet();
                if (input.endpoint().equals(CaseApiInputs.TRANSITION)
                        && response.body().matches("(?s).*\"status\":\"(CONFIRMED_FRAUD|DISMISSED)\".*")) {
                    finalTransitions.incrementAndGet();
                }
            }
        });
        System.out.print(run.summary());

        run.assertNoFailures();
        // Every stored row comes from an accepted request: one audit line per accepted change, one note per
        // accepted note, one label per case closed (each case holds one event).
        assertThat(db.count("select count(*) from case_audit where tenant = ?", tenant))
                .isEqualTo(auditBefore + writes.get());
        assertThat(db.count("select count(*) from case_note n join fraud_case c on c.id = n.case_id where c.tenant = ?",
                tenant)).isEqualTo((long) run.counts().get(CaseApiInputs.NOTE).statuses.getOrDefault(201, 0));
        assertThat(db.count("select count(*) from case_label where tenant = ?", tenant)).isEqualTo(finalTransitions.get());
        assertThat(db.status(otherBanksCase)).isEqualTo("OPEN");
    }

    private UUID openCase(TestDb db, String tenant, double score) {
        String eventId = TestAlerts.id("evt");
        TestAlerts.publish(redis, TestAlerts.alert(tenant, eventId, EventType.LOGIN, score, TestAlerts.id("cust"), null));
        return Eventually.await("case of " + eventId, () -> db.caseOfEvent(tenant, eventId));
    }

    /** Everything a request could change about the two tenants' cases, as one comparable string. */
    private static String fingerprint(TestDb db, String tenant, String otherTenant) {
        return db.text("select string_agg(c.id || ':' || c.status || ':' || coalesce(c.assignee, '-') || ':'"
                + " || coalesce(c.disposition, '-') || ':' || c.version"
                + " || ':' || (select count(*) from case_note n where n.case_id = c.id)"
                + " || ':' || (select count(*) from case_audit a where a.case_id = c.id)"
                + " || ':' || (select count(*) from case_label l where l.tenant = c.tenant and l.case_id = c.id),"
                + " ',' order by c.id) from fraud_case c where c.tenant in (?, ?)", tenant, otherTenant);
    }
}
