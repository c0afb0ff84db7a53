package io.github.idfraud.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.testsupport.RedisTestResource;
import io.github.idfraud.testsupport.fuzz.FuzzHttp;
import io.github.idfraud.testsupport.fuzz.FuzzRun;
import io.github.idfraud.testsupport.fuzz.Gen;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Generated forged and hostile requests against the consumer answer pages (issue 14). The pages are HTML for people:
 * the page itself refuses with a 4xx HTML page (404 unknown link, 410 used or expired, 400 no answer chosen), the
 * framework with a 4xx problem (405, 413, 415) and the CSRF filter with an empty 400. Whatever comes, no 5xx, no
 * stack trace, none of the input echoed back, and no answer recorded but from a real link, the page's CSRF pair and
 * "me" or "not-me". {@code -Dfuzz.seed=N} repeats a run, {@code -Dfuzz.answers.inputs=N} resizes it.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
class AnswerPageFuzzTests {

    private static final int INPUTS = Integer.getInteger("fuzz.answers.inputs", 3_000);
    private static final int LINKS = 6;
    private static final Pattern CSRF_COOKIE = Pattern.compile(TestAnswers.CSRF_COOKIE + "=([^;]+)");
    /** Refusals before the page runs: a malformed form, a wrong method or media type, a field over the form limit. */
    private static final Set<Integer> FRAMEWORK_REFUSALS = Set.of(400, 405, 406, 413, 415);

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "fraud.link-signing-key")
    String linkSigningKey;

    @TestHTTPResource("/")
    URI service;

    TestSmtp smtp;

    @Test
    void forgedAndHostileAnswersRecordNothingAndShowNoInput() throws Exception {
        TestDb db = new TestDb(dataSource);
        String tenant = TestAlerts.id("bank-fuzz-answers");
        List<String> tokens = new ArrayList<>();
        List<UUID> cases = new ArrayList<>();
        EventType[] types = {EventType.CONTACT_CHANGE, EventType.PAYEE_ADDED, EventType.ACCOUNT_OPENING};
        for (int i = 0; i < LINKS; i++) {
            String address = TestAlerts.id("fuzz") + "@example.com";
            String eventId = TestAlerts.id("evt");
            TestAlerts.publish(redis, TestAlerts.alert(tenant, eventId, types[i % types.length], 0.85,
                    TestAlerts.id("cust"), new ContactDetails("Fuzz", address, null)));
            MimeMessage email = Eventually.await("the email to " + address,
                    () -> smtp.to(address).stream().findFirst().orElse(null));
            String page = TestAnswers.page(TestMail.text(email), "me");
            tokens.add(page.substring(page.lastIndexOf('/') + 1));
            cases.add(db.caseOfEvent(tenant, eventId));
        }
        // The sender marks each case as waiting for the consumer; nothing else may change them from here on.
        Eventually.await("every case waiting for the consumer", () -> cases.stream()
                .allMatch(id -> "AWAITING_CONSUMER".equals(db.status(id)) && db.email(id).startsWith("SENT/")));
        FuzzHttp http = new FuzzHttp(service);
        String csrfToken = csrfCookie(http.send(new FuzzHttp.Request("GET", "/answers/" + tokens.get(0), Map.of(),
                Map.of(), null)));
        FuzzRun run = new FuzzRun(FuzzRun.seed(), http, () -> fingerprint(db, tenant), AnswerPageFuzzTests::pageRefusal);
        Gen<FuzzRun.Input> inputs = new AnswerPageInputs(tokens, csrfToken, linkSigningKey).all();
        AtomicLong recorded = new AtomicLong();

        run.sendAll(inputs, INPUTS, (input, response) -> {
            if (input.endpoint().equals(AnswerPageInputs.ANSWER) && response.status() == 200) {
                recorded.incrementAndGet();
                // A "not me" queues the bank's webhook; its sender audits the outcome a moment later.
                Eventually.await("the bank webhook handled", () -> db.count("select count(*) from webhook_outbox"
                        + " where tenant = ? and status = 'PENDING'", tenant) == 0);
                run.resync();
            }
        });
        System.out.print(run.summary());

        run.assertNoFailures();
        // Each recorded answer came from an accepted post, and a link answers once.
        assertThat(db.count("select count(*) from answer_token where tenant = ? and used_at is not null", tenant))
                .isEqualTo(recorded.get()).isLessThanOrEqualTo(LINKS);
    }

    /** Everything an answer could change: the links' use, the cases, their audit, labels and bank webhooks. */
    private static String fingerprint(TestDb db, String tenant) {
        return db.text("select (select string_agg(t.id || ':' || coalesce(t.used_at::text, '-') || ':'"
                + " || coalesce(t.answer, '-'), ',' order by t.id) from answer_token t where t.tenant = ?)"
                + " || '|' || (select string_agg(c.id || ':' || c.status || ':' || coalesce(c.disposition, '-')"
                + " || ':' || c.version, ',' order by c.id) from fraud_case c where c.tenant = ?)"
                + " || '|' || (select count(*) from case_audit where tenant = ?)"
                + " || '|' || (select count(*) from case_label where tenant = ?)"
                + " || '|' || (select count(*) from webhook_outbox where tenant = ?)",
                tenant, tenant, tenant, tenant, tenant);
    }

    /**
     * What the answer pages refuse with today, held to: the page's own HTML (kept out of caches and referrers), a
     * framework problem for a wrong method, media type or size, or the CSRF filter's empty 400 on a form post.
     */
    private static String pageRefusal(FuzzRun.Input input, FuzzHttp.Response response) {
        String type = response.contentType() == null ? "" : response.contentType();
        if (type.startsWith("text/html")) {
            if (!"no-store".equals(response.header("Cache-Control"))
                    || !"no-referrer".equals(response.header("Referrer-Policy"))) {
                return "an HTML refusal without Cache-Control: no-store and Referrer-Policy: no-referrer";
            }
            return response.body().contains("<title>") ? null : "an HTML refusal that is not one of the pages";
        }
        if (type.startsWith("application/problem+json")) {
            return FRAMEWORK_REFUSALS.contains(response.status()) ? null
                    : "a problem+json where the page itself should answer";
        }
        if (type.isEmpty() && response.body().isEmpty() && response.status() == 400
                && input.request().method().equals("POST")) {
            return null;
        }
        return "a refusal that is neither a page, a framework problem nor the CSRF filter's empty 400";
    }

    private static String csrfCookie(FuzzHttp.Response page) {
        for (String cookie : page.headers().getOrDefault("set-cookie", List.of())) {
            Matcher matcher = CSRF_COOKIE.matcher(cookie);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("the answer page set no CSRF cookie: " + page.headers());
    }
}
