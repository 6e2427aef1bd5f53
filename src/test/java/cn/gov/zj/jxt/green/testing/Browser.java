package cn.gov.zj.jxt.green.testing;

import java.io.File;
import java.net.URL;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the distribution's packages (chromium, chromium-driver), driven by Selenium. Fails
 * at once, saying what to install, when either is missing: browser tests never pass by not running.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("portal.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start() {
        for (String program : new String[] {CHROMIUM, DRIVER}) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: install the packages chromium and "
                        + "chromium-driver (apt-get install chromium chromium-driver) to run the browser tests");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--window-size=1280,900", "--user-data-dir=" + tempDir());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Waits up to 20 s for {@code condition}. PrimeFaces replaces parts of the page on Ajax: an element read while it
     * is replaced is read again. On a timeout the failure shows the page's main text.
     */
    public static <T> T await(ChromeDriver driver, ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(condition);
        } catch (TimeoutException e) {
            List<WebElement> main = driver.findElements(By.tagName("main"));
            throw new AssertionError(e.getMessage() + "\npage: "
                    + (main.isEmpty() ? driver.getCurrentUrl() : main.get(0).getText()), e);
        }
    }

    /**
     * Clicks what submits the page (or follows a link) and waits until the answer has replaced the page. Until then
     * the page clicked is still there, with what it showed before: a text or message awaited or read at once could
     * be the old page's.
     */
    public static void submit(ChromeDriver driver, By target) {
        WebElement clicked = driver.findElement(target);
        clicked.click();
        await(driver, ExpectedConditions.stalenessOf(clicked));
    }

    /**
     * Clicks what sends an Ajax request and waits until the part it updates has been replaced: until then the old
     * part, with what it showed before, is still there.
     */
    public static void clickAndAwaitUpdate(ChromeDriver driver, By target, By updated) {
        WebElement before = driver.findElement(updated);
        driver.findElement(target).click();
        await(driver, ExpectedConditions.stalenessOf(before));
    }

    /** Until PrimeFaces has no Ajax request queued or running. */
    public static void awaitAjax(ChromeDriver driver) {
        await(driver, d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                        + " && (!window.jQuery || jQuery.active === 0);")));
    }

    /** Signs a demo account in through the sign-in page and waits for the workspace. */
    public static void signIn(ChromeDriver driver, URL base, String user) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        await(driver, ExpectedConditions.presenceOfElementLocated(By.id("workspaceMenu")));
    }

    public static void signOut(ChromeDriver driver) {
        await(driver, ExpectedConditions.elementToBeClickable(By.id("header:signOut"))).click();
        await(driver, ExpectedConditions.presenceOfElementLocated(By.id("header:signIn")));
    }

    public static void resize(ChromeDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a PNG of the page into docs/screenshots (portal.screenshots), for the user guide. */
    public static void screenshot(ChromeDriver driver, String name) {
        screenshot(driver, Path.of(System.getProperty("portal.screenshots", "target/screenshots")), name);
    }

    /** Saves a PNG of the page into {@code dir}: pictures to look at, not for the user guide. */
    public static void screenshot(ChromeDriver driver, Path dir, String name) {
        try {
            Files.createDirectories(dir);
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("portal-chromium").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
