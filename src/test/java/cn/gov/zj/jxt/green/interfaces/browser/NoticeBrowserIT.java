package cn.gov.zj.jxt.green.interfaces.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Browser;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import cn.gov.zj.jxt.green.testing.SampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A provincial clerk drafts a notice in the browser, issues and publishes it; a member of the public then finds it
 * in the list, opens it, and it is in the Atom feed.
 */
class NoticeBrowserIT extends PortalClientTest {

    private static final String TITLE = "关于开展2026年绿色制造名单动态管理工作的通知";

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
    void aClerkIssuesANoticeAndThePublicFindsItInTheListAndTheFeed() throws IOException {
        browser.get(base + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(DemoAccounts.PROVINCE);
        browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("workspaceMenu")));

        browser.findElement(By.linkText("通知公告管理")).click();
        Browser.await(browser,
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#notices\\:table tbody tr td")));
        Browser.screenshot(browser, "notices-workspace");
        browser.findElement(By.xpath("//*[contains(@class,'ui-button')][contains(.,'起草通知')]")).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("notice:title")));
        browser.findElement(By.id("notice:title")).sendKeys(TITLE);
        WebElement body = browser.findElement(By.id("notice:body"));
        body.sendKeys("为加强绿色制造名单单位管理，现将有关事项通知如下。\n一、填报要求\n"
                + "（一）填报时间。请各名单单位于4月15日前完成动态管理表填报。\n二、审核要求\n"
                + "请各设区市经信局认真审核，及时报送审核意见。");
        browser.findElement(By.id("notice:copyTo")).sendKeys("各设区市人民政府");
        browser.findElement(By.id("notice:save")).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("notice:submit")));

        Path guide = Files.createTempFile("guide", ".pdf");
        Files.write(guide, SampleFiles.pdf("dynamic management form guide"));
        browser.findElement(By.id("upload:uploadTitle")).sendKeys("动态管理表填报说明");
        browser.findElement(By.id("upload:file")).sendKeys(guide.toAbsolutePath().toString());
        browser.findElement(By.id("upload:submit")).click();
        Browser.await(browser,
                ExpectedConditions.textToBePresentInElementLocated(By.id("annexList:list"), "动态管理表填报说明"));
        Browser.screenshot(browser, "notice-draft");

        browser.findElement(By.id("notice:submit")).click();
        Browser.await(browser,
                ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("actions:publish")));
        String number = browser.findElement(By.cssSelector("#notice-meta dd")).getText();
        assertTrue(number.matches("浙经信绿色〔\\d{4}〕[1-9]\\d*号"), number);

        browser.findElement(By.id("actions:publish")).click();
        Browser.await(browser,
                ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("public")));
        Browser.screenshot(browser, "notice-issued");

        browser.findElement(By.id("header:signOut")).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("header:signIn")));
        browser.get(base + "notices.xhtml");
        browser.findElement(By.id("notices:text")).sendKeys(number);
        Browser.clickAndAwaitUpdate(browser, By.id("notices:search"), By.id("notices:table"));
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("notices:table"), TITLE));
        Browser.screenshot(browser, "notices-public");
        browser.findElement(By.linkText(TITLE)).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("notice-text")));
        assertTrue(browser.findElement(By.id("notice-text")).getText().contains("一、填报要求"));
        assertTrue(browser.findElement(By.id("downloads")).getText().contains("动态管理表填报说明"),
                "the uploaded annex is offered for download");
        assertEquals(number, browser.findElement(By.cssSelector("#notice-meta dd")).getText());
        Browser.screenshot(browser, "notice-public");

        browser.get(base + "feeds/notices.atom");
        assertTrue(browser.getPageSource().contains(TITLE + "（" + number + "）"), "the notice is in the feed");
    }
}
