package cn.gov.zj.jxt.green.interfaces.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Browser;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import java.net.URL;
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

/**
 * Dynamic management in the browser on the demo's year: the unit sees its filed form, the city confirms the park's
 * declared name change and the unit is listed under its new name, the province sees the removal announcement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DynamicManagementBrowserIT {

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
    void theCityConfirmsADeclaredNameChangeAndTheProvinceSeesTheRemovalAnnouncement() {
        Browser.signIn(browser, base, DemoAccounts.APPLICANT);
        browser.get(base + "workspace/dynamic/unit.xhtml");
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("filed")));
        assertTrue(browser.findElement(By.id("filed")).getText().contains("生产经营范围变更"));
        Browser.screenshot(browser, "dynamic-unit-form");
        Browser.signOut(browser);

        Browser.signIn(browser, base, DemoAccounts.NINGBO);
        browser.get(base + "workspace/dynamic/city.xhtml");
        Browser.await(browser,
                ExpectedConditions.textToBePresentInElementLocated(By.id("work:forms"), "宁波临港绿色低碳产业园区管理委员会（示例）"));
        Browser.screenshot(browser, "dynamic-city");
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='work:forms']//button[contains(., '确认变更')]"))).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "变更已确认"));
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("work:forms"), "已确认"));
        browser.findElement(By.id("propose:unit_label")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("propose:unit_panel"),
                "宁波临港绿色低碳产业园区管理委员会（示例）"));
        Browser.screenshot(browser, "dynamic-city-propose");
        // Closed as a user closes it, so that signing out does not race the panel's own handlers.
        browser.findElement(By.id("propose:unit_label")).click();
        Browser.await(browser, ExpectedConditions.invisibilityOfElementLocated(By.id("propose:unit_panel")));
        Browser.signOut(browser);

        Browser.signIn(browser, base, DemoAccounts.PROVINCE);
        browser.get(base + "workspace/dynamic/removals.xhtml");
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("announcements"), "动态管理调整的公告"));
        assertTrue(browser.findElement(By.id("announcements")).getText().contains("浙经信绿色〔"));
        Browser.screenshot(browser, "dynamic-removals");
    }
}
