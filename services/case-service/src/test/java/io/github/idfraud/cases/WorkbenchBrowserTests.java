package io.github.idfraud.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.github.idfraud.contract.AlertEntry;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Explanation;
import io.github.idfraud.contract.Reason;
import io.github.idfraud.contract.ReasonSource;
import io.github.idfraud.harness.KeycloakServer;
import io.github.idfraud.harness.WorkbenchBrowser;
import io.github.idfraud.testsupport.RedisTestResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The workbench as an analyst uses it: Debian's chromium (headless, driven by its matched chromedriver) signs in on
 * the real Keycloak login page, works a case to a close, and sees the label leave for the scoring service; an analyst
 * of another bank sees none of it; a form without its CSRF token is refused. Screenshots of the queue, a case and the
 * overview go to target/screenshots, and also to $WORKBENCH_SCREENSHOTS when set (the README's come from the demo's
 * tour instead: {@code ./demo --tour docs/images}).
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = PostgresTestResource.OWN_DATABASE, value = "case_workbench_test"))
@WithTestResource(RedisTestResource.class)
@WithTestResource(SmtpTestResource.class)
@WithTestResource(WorkbenchTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTests {

    @Inject
    RedisDataSource redis;

    @Inject
    DataSource dataSource;

    KeycloakServer keycloak;

    @TestHTTPResource("/")
    URL service;

    WorkbenchBrowser workbench;
    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        workbench = new WorkbenchBrowser(service.toString());
        browser = workbench.driver();
    }

    @AfterEach
    void closeBrowser() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    @Order(1) // "take next" must find this test's case the most urgent: the others add cases of their own
    void anAnalystSignsInTakesACaseReadsWhyItWasRaisedNotesAndClosesItAsFraud() {
        Seeded seeded = seedBankA();

        signIn("analyst-a");
        assertThat(browser.getCurrentUrl()).endsWith("/workbench/queue");
        assertThat(text(By.id("who"))).contains("analyst-a").contains("bank-a");
        assertThat(caseRows()).contains(seeded.takeover().toString(), seeded.sharedDevice().toString(),
                seeded.opening().toString());
        // quarkus-oidc names the session cookie after the tenant: q_session_web
        Cookie session = browser.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .findFirst().orElse(null);
        assertThat(session).as("the session cookie").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.isSecure()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        screenshot("workbench-queue");

        browser.findElement(By.id("take-next")).click();
        waitFor(ExpectedConditions.urlContains("/workbench/cases/" + seeded.takeover()));
        assertThat(text(By.id("case-assignee"))).isEqualTo("analyst-a");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("linked-table")));
        assertThat(text(By.id("linked-table"))).contains(seeded.sharedDevice().toString()).contains("device")
                .doesNotContain(seeded.opening().toString());

        String explained = text(By.id("event-" + seeded.takeoverLogin()));
        assertThat(explained).contains("Explanation kept from decision time").contains("xgb-2026-11-30-0001")
                .contains("customer_new_device").contains("ip_country_mismatch").contains("0.91");
        screenshot("workbench-case");

        browser.findElement(By.id("note-text")).sendKeys("Called the customer: they did not log in from abroad.");
        browser.findElement(By.id("add-note")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), "did not log in from abroad"));
        assertThat(text(By.id("notes"))).contains("analyst-a");

        browser.findElement(By.id("disposition-CONFIRMED_FRAUD")).click();
        browser.findElement(By.id("close-reason")).sendKeys("Customer confirmed the takeover by phone");
        browser.findElement(By.id("close")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "CONFIRMED_FRAUD"));
        assertThat(text(By.id("audit"))).contains("Confirmed fraud: Customer confirmed the takeover by phone");

        JsonPath label = Eventually.await("the FRAUD label on the labels stream",
                () -> TestAlerts.labelOnStream(redis, seeded.takeoverLogin()));
        assertThat(label.getString("tenant")).isEqualTo("bank-a");
        assertThat(label.getString("label")).isEqualTo("FRAUD");
        assertThat(label.getString("source")).isEqualTo("CASE");

        browser.get(url("/workbench/overview"));
        waitFor(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts", "drawn"));
        assertThat(text(By.id("figures"))).contains("Closed: Confirmed fraud");
        screenshot("workbench-overview");
    }

    @Test
    void anotherBanksAnalystSeesNoneOfItOnAnyPageOrFragment() {
        Seeded seeded = seedBankA();
        signIn("analyst-b");
        assertThat(text(By.id("who"))).contains("bank-b");
        assertThat(caseRows()).doesNotContain(seeded.takeover().toString(), seeded.sharedDevice().toString());

        for (String path : List.of("/workbench/cases/" + seeded.takeover(),
                "/workbench/cases/" + seeded.takeover() + "/linked")) {
            assertThat(status("GET", path, null)).as(path).isEqualTo(404);
        }
        String csrf = browser.manage().getCookieNamed(TestAnswers.CSRF_COOKIE).getValue();
        assertThat(status("POST", "/workbench/cases/" + seeded.takeover() + "/notes",
                TestAnswers.CSRF_COOKIE + "=" + csrf + "&text=probing")).isEqualTo(404);
        assertThat(status("POST", "/workbench/cases/" + seeded.takeover() + "/close",
                TestAnswers.CSRF_COOKIE + "=" + csrf + "&disposition=FALSE_POSITIVE&reason=probing")).isEqualTo(404);
        TestDb db = new TestDb(dataSource);
        assertThat(db.count("select count(*) from case_note where case_id = ?", seeded.takeover())).isZero();
        assertThat(db.status(seeded.takeover())).isEqualTo("OPEN");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        Seeded seeded = seedBankA();
        signIn("supervisor-a");
        String notes = "/workbench/cases/" + seeded.opening() + "/notes";
        assertThat(status("POST", notes, "text=forged")).isEqualTo(400);
        String csrf = browser.manage().getCookieNamed(TestAnswers.CSRF_COOKIE).getValue();
        assertThat(status("POST", notes, TestAnswers.CSRF_COOKIE + "=" + csrf + "&text=genuine")).isEqualTo(200);
        TestDb db = new TestDb(dataSource);
        assertThat(db.count("select count(*) from case_note where case_id = ? and body = 'forged'", seeded.opening()))
                .isZero();
        assertThat(db.count("select count(*) from case_note where case_id = ? and body = 'genuine'", seeded.opening()))
                .isOne();

        given().when().get("/signed-out").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void aSupervisorFiltersTheQueueAndClosesSelectedCasesAsFalsePositivesInBulk() {
        Seeded seeded = seedBankA();
        signIn("supervisor-a");
        new Select(browser.findElement(By.name("reason"))).selectByValue("DEVICE_CUSTOMERS_7D");
        waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr.case-row"),
                rowsWithReason("DEVICE_CUSTOMERS_7D")));
        assertThat(caseRows()).contains(seeded.sharedDevice().toString()).doesNotContain(seeded.opening().toString());

        browser.get(url("/workbench/queue"));
        browser.findElement(By.cssSelector("input[name=case][value='" + seeded.opening() + "']")).click();
        browser.findElement(By.cssSelector("input[name=case][value='" + seeded.sharedDevice() + "']")).click();
        new Select(browser.findElement(By.id("bulk-action"))).selectByValue("CLOSE_FALSE_POSITIVE");
        browser.findElement(By.id("bulk-note")).sendKeys("known household device, customers confirmed");
        browser.findElement(By.id("bulk-apply")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "2 case(s) done"));
        assertThat(caseRows()).doesNotContain(seeded.opening().toString(), seeded.sharedDevice().toString());

        TestDb db = new TestDb(dataSource);
        assertThat(db.text("select status || '/' || disposition from fraud_case where id = ?", seeded.opening()))
                .isEqualTo("DISMISSED/FALSE_POSITIVE");
        JsonPath label = Eventually.await("the LEGIT label on the labels stream",
                () -> TestAlerts.labelOnStream(redis, seeded.openingEvent()));
        assertThat(label.getString("label")).isEqualTo("LEGIT");
    }

    private int rowsWithReason(String code) {
        return (int) new TestDb(dataSource).count("select count(distinct c.id) from fraud_case c join case_event e"
                + " on e.case_id = c.id, jsonb_array_elements(e.reasons) r where c.tenant = 'bank-a'"
                + " and c.status in ('OPEN', 'IN_REVIEW', 'AWAITING_CONSUMER') and r->>'code' = ?", code);
    }

    /** The cases bank-a's analysts work in these tests, and one of bank-b's. */
    private record Seeded(UUID takeover, String takeoverLogin, UUID sharedDevice, UUID opening, String openingEvent) {
    }

    private Seeded seedBankA() {
        String victim = TestAlerts.id("victim");
        String device = TestAlerts.id("attacker-laptop");
        String login = TestAlerts.id("login");
        publish(new AlertEntry("bank-a", null, EventType.LOGIN, Instant.now().minusSeconds(600),
                keys(victim, device), 0.91, DecisionType.DECLINE, List.of(
                        new Reason("CUSTOMER_NEW_DEVICE", 1, "first login of the customer from this device"),
                        new Reason("IP_COUNTRY_MISMATCH", 1, "network location in another country than usual"),
                        new Reason("new-device-abroad", 1, "rule: new device and a foreign network",
                                ReasonSource.RULE)),
                "xgb-2026-11-30-0001", sealed("bank-a", login),
                new Explanation("xgb-2026-11-30-0001", 0.88, List.of(
                        new Explanation.Contribution("customer_new_device", 1.0, 1.84),
                        new Explanation.Contribution("ip_country_mismatch", 1.0, 1.21),
                        new Explanation.Contribution("hours_since_customer_password_reset", 90.0, -0.42),
                        new Explanation.Contribution("customer_devices_30d", 3.0, 0.37)),
                        Map.of("customer_new_device", 1.0, "ip_country_mismatch", 1.0,
                                "hours_since_customer_password_reset", 90.0, "customer_devices_30d", 3.0)),
                TestAlerts.eventRef(login), TestAlerts.sealedEventId("bank-a", login)));
        String reset = TestAlerts.id("reset");
        publish(TestAlerts.alert("bank-a", reset, EventType.PASSWORD_RESET, 0.86, victim, null));
        String other = TestAlerts.id("mule");
        String change = TestAlerts.id("change");
        publish(new AlertEntry("bank-a", null, EventType.CONTACT_CHANGE, Instant.now().minusSeconds(300),
                keys(other, device), 0.74, DecisionType.REVIEW,
                List.of(new Reason("DEVICE_CUSTOMERS_7D", 3, "3 customers used this device in 7 days")),
                "xgb-2026-11-30-0001", null, TestAlerts.explanation("xgb-2026-11-30-0001", 0.74),
                TestAlerts.eventRef(change), TestAlerts.sealedEventId("bank-a", change)));
        String opening = TestAlerts.id("open");
        publish(TestAlerts.alert("bank-a", opening, EventType.ACCOUNT_OPENING, 0.67, TestAlerts.id("applicant"), null));
        String bankB = TestAlerts.id("login");
        publish(TestAlerts.alert("bank-b", bankB, EventType.LOGIN, 0.95, TestAlerts.id("cust-b"), null));
        TestDb db = new TestDb(dataSource);
        UUID takeover = Eventually.await("the takeover case", () -> db.caseOfEvent("bank-a", login));
        Eventually.await("the reset joins it", () -> takeover.equals(db.caseOfEvent("bank-a", reset)) ? reset : null);
        Eventually.await("bank-b's case", () -> db.caseOfEvent("bank-b", bankB));
        UUID sharedDevice = Eventually.await("the shared-device case", () -> db.caseOfEvent("bank-a", change));
        return new Seeded(takeover, login, sharedDevice,
                Eventually.await("the opening case", () -> db.caseOfEvent("bank-a", opening)), opening);
    }

    private static Map<String, String> keys(String customer, String device) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("customer", TestAlerts.pseudonym(customer));
        keys.put("device", TestAlerts.pseudonym(device));
        return keys;
    }

    private static String sealed(String tenant, String eventId) {
        try {
            return TestAlerts.CIPHER.encrypt(TestAlerts.write(new ContactDetails("Jane", "jane@example.com", null)),
                    tenant + "/" + eventId);
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
    }

    private void publish(AlertEntry alert) {
        TestAlerts.publish(redis, alert);
    }

    private void signIn(String user) {
        workbench.signIn(keycloak.issuerUrl(), user, keycloak.password(user));
    }

    private List<String> caseRows() {
        return browser.findElements(By.cssSelector("tr.case-row")).stream().map(row -> row.getAttribute("data-case"))
                .toList();
    }

    /** The HTTP status of a same-origin request made by the signed-in browser (its cookies, no CSRF header). */
    private int status(String method, String path, String form) {
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const init = { method: arguments[0], credentials: 'same-origin', redirect: 'manual' };
                if (arguments[2] !== null) {
                  init.headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'HX-Request': 'true' };
                  init.body = arguments[2];
                }
                fetch(arguments[1], init).then(r => done(r.status)).catch(e => done(-1));
                """, method, path, form);
        return ((Number) status).intValue();
    }

    private String text(By locator) {
        return workbench.text(locator);
    }

    private void waitFor(ExpectedCondition<?> condition) {
        workbench.await(condition);
    }

    private String url(String path) {
        return workbench.url(path);
    }

    private void screenshot(String name) {
        String published = System.getenv("WORKBENCH_SCREENSHOTS");
        Path local = Path.of("target", "screenshots");
        workbench.screenshot(name, published == null || published.isBlank() ? new Path[] {local}
                : new Path[] {local, Path.of(published)});
    }
}
