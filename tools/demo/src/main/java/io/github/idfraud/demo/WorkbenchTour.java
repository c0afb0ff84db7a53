package io.github.idfraud.demo;

import io.github.idfraud.harness.KeycloakServer;
import io.github.idfraud.harness.WorkbenchBrowser;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a new analyst does with the demo, done by a headless browser: sign in at the identity provider as bank-a's
 * analyst, take the most urgent case from the queue, read why it was raised, note and close it as confirmed fraud,
 * look at the overview. Screenshots of each page go to the folder given (the README's images come from here).
 */
final class WorkbenchTour {

    static final String ANALYST = "analyst-a";

    /** What the tour did: the case it closed (null when the queue was empty). */
    record Result(String caseId, String finalStatus) {

        boolean closedAsFraud() {
            return finalStatus != null && finalStatus.startsWith("CONFIRMED_FRAUD");
        }
    }

    private final KeycloakServer keycloak;
    private final String workbenchBaseUrl;

    WorkbenchTour(KeycloakServer keycloak, String workbenchBaseUrl) {
        this.keycloak = keycloak;
        this.workbenchBaseUrl = workbenchBaseUrl;
    }

    Result run(Path screenshots) {
        try (WorkbenchBrowser browser = new WorkbenchBrowser(workbenchBaseUrl)) {
            browser.signIn(keycloak.issuerUrl(), ANALYST, keycloak.password(ANALYST));
            browser.screenshot("workbench-queue", screenshots);
            if (browser.driver().findElements(By.cssSelector("tr.case-row")).isEmpty()) {
                return new Result(null, null);
            }
            browser.driver().findElement(By.id("take-next")).click();
            browser.await(ExpectedConditions.urlContains("/workbench/cases/"));
            browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#linked table, #linked p")));
            String caseId = browser.text(By.id("case-id"));
            browser.screenshot("workbench-case", screenshots);

            browser.driver().findElement(By.id("note-text"))
                    .sendKeys("Demo tour: called the customer, who did not do this.");
            browser.driver().findElement(By.id("add-note")).click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), "Demo tour"));
            browser.driver().findElement(By.id("disposition-CONFIRMED_FRAUD")).click();
            browser.driver().findElement(By.id("close-reason")).sendKeys("confirmed by the customer");
            browser.driver().findElement(By.id("close")).click();
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "CONFIRMED_FRAUD"));
            String status = browser.text(By.id("case-status"));

            browser.driver().get(browser.url("/workbench/overview"));
            browser.await(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts", "drawn"));
            browser.screenshot("workbench-overview", screenshots);
            return new Result(caseId, status);
        }
    }
}
