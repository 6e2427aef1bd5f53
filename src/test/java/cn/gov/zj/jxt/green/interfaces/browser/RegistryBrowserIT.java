package cn.gov.zj.jxt.green.interfaces.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Browser;
import cn.gov.zj.jxt.green.testing.Deployments;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The registry in a real browser, on the demo's listed units: filtering by city through the form puts the filter in
 * the address, a column sorts, a unit's page shows its history; screenshots for the user guide, also on a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryBrowserIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void thePublicFiltersTheRegistryByCityAndOpensAUnitsHistory() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base + "units.xhtml");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("city"))).selectByValue("330200");
        browser.findElement(By.id("search")).click();
        wait.until(ExpectedConditions.urlContains("city=330200"));
        String table = browser.findElement(By.id("units")).getText();
        assertTrue(table.contains("宁波港城新材料股份有限公司（示例）"), table);
        assertTrue(!table.contains("温州"), "only Ningbo: " + table);
        Browser.screenshot(browser, "units-registry");

        browser.findElement(By.linkText("宁波港城新材料股份有限公司（示例）")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entry-NATIONAL-FACTORY")));
        String history = browser.findElement(By.id("entry-PROVINCIAL-FACTORY")).getText();
        assertTrue(history.contains("名称变更") && history.contains("宁波港城化工有限公司（示例） → "), history);
        Browser.screenshot(browser, "units-view");

        Browser.resize(browser, 390, 844);
        browser.get(base + "units.xhtml?status=REMOVED");
        String removed = browser.findElement(By.id("units")).getText();
        assertTrue(removed.contains("湖州南浔木业有限公司（示例）") && removed.contains("已移出"), removed);
        Browser.screenshot(browser, "units-removed-phone");
    }
}
