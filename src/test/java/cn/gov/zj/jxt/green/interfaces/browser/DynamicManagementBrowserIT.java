package cn.gov.zj.jxt.green.interfaces.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Browser;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Dynamic management in the browser on the demo's year: the unit sees its filed form, the city confirms the park's
 * declared name change and the unit is listed under its new name, the province sees the removal announcement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DynamicManagementBrowserIT {

    @Deployment(testable = false)
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
    void theCityConfirmsADeclaredNameChangeAndTheProvinceSeesTheRemovalAnnouncement() {
        signIn(DemoAccounts.APPLICANT);
        browser.get(base + "workspace/dynamic/unit.xhtml");
        wait(ExpectedConditions.presenceOfElementLocated(By.id("filed")));
        assertTrue(browser.findElement(By.id("filed")).getText().contains("生产经营范围变更"));
        Browser.screenshot(browser, "dynamic-unit-form");
        signOut();

        signIn(DemoAccounts.NINGBO);
        browser.get(base + "workspace/dynamic/city.xhtml");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("work:forms"), "宁波临港绿色低碳产业园区管理委员会（示例）"));
        Browser.screenshot(browser, "dynamic-city");
        wait(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='work:forms']//button[contains(., '确认变更')]"))).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "变更已确认"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("work:forms"), "已确认"));
        browser.findElement(By.id("propose:unit_label")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("propose:unit_panel"),
                "宁波临港绿色低碳产业园区管理委员会（示例）"));
        Browser.screenshot(browser, "dynamic-city-propose");
        signOut();

        signIn(DemoAccounts.PROVINCE);
        browser.get(base + "workspace/dynamic/removals.xhtml");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("announcements"), "动态管理调整的公告"));
        assertTrue(browser.findElement(By.id("announcements")).getText().contains("浙经信绿色〔"));
        Browser.screenshot(browser, "dynamic-removals");
    }

    private void signIn(String user) {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("workspaceMenu")));
    }

    private void signOut() {
        browser.findElement(By.id("header:signOut")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("header:signIn")));
    }

    private <T> T wait(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }
}
