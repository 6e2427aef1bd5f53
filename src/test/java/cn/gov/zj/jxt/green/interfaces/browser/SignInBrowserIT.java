package cn.gov.zj.jxt.green.interfaces.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import cn.gov.zj.jxt.green.testing.Browser;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClientTest;

/** Sign-in, role menus, region scope, the audit check and sign-out in a real browser; screenshots for docs/. */
class SignInBrowserIT extends PortalClientTest {

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
    void thePublicHomePageOnDesktopAndPhone() {
        browser.get(base + "");
        assertEquals(List.of("通知公告", "公示", "名单查询", "实名举报", "园区建设目标", "循环化改造", "低碳园区试点",
                "开放数据"),
                texts("nav.public-nav a"));
        Browser.screenshot(browser, "home");
        Browser.resize(browser, 390, 844);
        browser.navigate().refresh();
        assertTrue(browser.findElement(By.cssSelector("nav.public-nav")).isDisplayed());
        Browser.screenshot(browser, "home-phone");
    }

    @Test
    void aCityClerkSignsInSeesHerMenuIsRefusedAnotherCityAndSignsOut() {
        browser.get(base + "login.xhtml");
        Browser.screenshot(browser, "login");
        signIn(DemoAccounts.HANGZHOU);
        assertEquals(List.of("工作台首页", "单位管理", "申报审核", "园区循环化改造方案", "循环化改造进展汇总", "低碳工业园区试点",
                "本市推荐",
                "培育库与市级名单", "动态管理与复核", "实名举报处理", "排除情形登记", "修改密码"), texts("#workspaceMenu a"));
        Browser.screenshot(browser, "workspace-city-clerk");

        browser.findElement(By.linkText("单位管理")).click();
        Browser.await(browser,
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#organisations\\:table tbody tr td")));
        assertTrue(texts("#organisations\\:table tbody tr td:nth-child(4)").stream().allMatch(t -> t.contains("杭州市")));
        Browser.screenshot(browser, "organisations-city-clerk");

        long ningboPark = idOf(DemoAccounts.NINGBO_PARK_CODE);
        browser.get(base + "workspace/organisations/view.xhtml?id=" + ningboPark);
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("无权访问"));
        Browser.screenshot(browser, "access-denied");

        browser.findElement(By.id("header:signOut")).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("header:signIn")));
        browser.get(base + "workspace/index.xhtml");
        Browser.await(browser, ExpectedConditions.urlContains("/login.xhtml"));
    }

    @Test
    void anAdministratorManagesAccountsAndVerifiesTheAuditChain() {
        browser.get(base + "login.xhtml");
        signIn(DemoAccounts.ADMIN);
        assertEquals(List.of("工作台首页", "单位管理", "通知公告管理", "发文登记簿", "公文模板", "推荐批次", "园区建设目标",
                "园区循环化改造方案", "循环化改造进展汇总", "低碳工业园区试点", "省级综合评审", "专家库", "专家抽取记录", "名单移出",
                "排除情形登记", "账户管理", "审计日志", "修改密码"), texts("#workspaceMenu a"));

        browser.findElement(By.linkText("账户管理")).click();
        Browser.await(browser,
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#accounts\\:table tbody tr td")));
        assertTrue(texts("#accounts\\:table tbody tr td:first-child").size() >= 9);
        Browser.screenshot(browser, "admin-accounts");

        browser.findElement(By.linkText("审计日志")).click();
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("audit:verify"))).click();
        WebElement verdict = Browser.await(browser,
                ExpectedConditions.visibilityOfElementLocated(By.id("audit:verdict")));
        assertTrue(verdict.getText().startsWith("哈希链完整"), verdict.getText());
        Browser.screenshot(browser, "admin-audit");
    }

    @Test
    void aProvincialClerkRegistersADocumentAndGetsTheNextNumber() {
        browser.get(base + "login.xhtml");
        signIn(DemoAccounts.PROVINCE);
        browser.findElement(By.linkText("发文登记簿")).click();
        WebElement title = Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("issue:title")));
        title.sendKeys("关于公布2025年度浙江省绿色低碳工厂和园区名单的通知");
        browser.findElement(By.id("issue:submit")).click();
        WebElement row = Browser.await(browser, ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody//td[contains(., '关于公布2025年度浙江省绿色低碳工厂和园区名单的通知')]/..")));
        assertTrue(row.getText().matches("(?s).*浙经信绿色〔\\d{4}〕[1-9]\\d*号.*"), row.getText());
        Browser.screenshot(browser, "document-register");
    }

    @Test
    void aWrongCreditCodeIsExplainedBesideTheField() {
        browser.get(base + "login.xhtml");
        signIn(DemoAccounts.PROVINCE);
        browser.get(base + "workspace/organisations/edit.xhtml");
        browser.findElement(By.id("organisation:name")).sendKeys("示例企业");
        browser.findElement(By.id("organisation:creditCode")).sendKeys("91330212MA2NB00082");
        Browser.submit(browser, By.id("organisation:save"));
        WebElement message = Browser.await(browser, ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".field:has(#organisation\\:creditCode) .ui-message")));
        assertTrue(message.getText().contains("校验位"), message.getText());
        assertEquals("示例企业", browser.findElement(By.id("organisation:name")).getAttribute("value"));
        Browser.screenshot(browser, "credit-code-refused");
    }

    private void signIn(String user) {
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(DemoAccounts.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("workspaceMenu")));
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private long idOf(String creditCode) {
        JsonObject page = Json.object(newClient().api("GET",
                "api/workspace/organisations?q=" + creditCode, DemoAccounts.ADMIN, null).body());
        return page.getJsonArray("organisations").getJsonObject(0).getJsonNumber("id").longValue();
    }
}
