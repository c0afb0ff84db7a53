package io.github.idfraud.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless chromium for the case service's workbench, as an analyst's browser: Debian's {@code chromium} driven by
 * its matched {@code chromedriver} (override the paths with {@value #CHROMIUM} and {@value #CHROMEDRIVER}), signed
 * in on the identity provider's own login page. Used by the browser tests and by the demo's tour.
 */
public final class WorkbenchBrowser implements AutoCloseable {

    public static final String CHROMIUM = "FRAUD_CHROMIUM";
    public static final String CHROMEDRIVER = "FRAUD_CHROMEDRIVER";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final String workbenchBaseUrl;

    /** @param workbenchBaseUrl the case service as the browser reaches it, e.g. {@code http://localhost:8081} */
    public WorkbenchBrowser(String workbenchBaseUrl) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable(CHROMIUM, "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,1100",
                "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable(CHROMEDRIVER, "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.workbenchBaseUrl = workbenchBaseUrl.replaceAll("/$", "");
    }

    public WebDriver driver() {
        return driver;
    }

    /** {@code path} on the case service, e.g. {@code /workbench/queue}. */
    public String url(String path) {
        return workbenchBaseUrl + path;
    }

    /**
     * Opens the queue, is sent to the identity provider's login page (whose address must start with
     * {@code issuerUrl}), signs in there and waits for the queue.
     */
    public void signIn(String issuerUrl, String user, String password) {
        driver.get(url("/workbench/queue"));
        await(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        if (!driver.getCurrentUrl().startsWith(issuerUrl)) {
            throw new IllegalStateException("the login page is not the identity provider's: " + driver.getCurrentUrl());
        }
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        await(ExpectedConditions.urlContains("/workbench/queue"));
        await(ExpectedConditions.presenceOfElementLocated(By.id("queue")));
    }

    public <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    public String text(By locator) {
        return driver.findElement(locator).getText();
    }

    /** Saves what the browser shows as {@code <name>.png} in every folder given. */
    public void screenshot(String name, Path... folders) {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        try {
            for (Path folder : folders) {
                Files.copy(shot, Files.createDirectories(folder).resolve(name + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        return configured == null || configured.isBlank() ? fallback : configured;
    }
}
