package cn.gov.zj.jxt.green.interfaces.browser;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import cn.gov.zj.jxt.green.testing.Browser;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.PortalClient;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A circular transformation plan from its revision to its approval, and the park's first progress report, through
 * the pages: the demo's 杭州钱塘 park, whose plan the province returned with comments, revises its expected outcomes
 * and submits the plan again; the province opens it from its list and approves it; the park files the year's progress
 * report, refused first with a non-numeric and then with a negative indicator (what was typed is kept), and the
 * province sees it filed among the year's reports. Test support only gives the demo park, which has no demo account,
 * an account of its management body.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParkProgrammeBrowserIT {

    private static final String PARK = "杭州钱塘绿色化工园区管理委员会（示例）";
    /** The made-up credit code the demo registry gives the park (county 330114, serial 0011). */
    private static final String PARK_CODE = creditCode("91330114MA2DR0011");

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
    void aReturnedPlanIsRevisedAndApprovedAndTheParkFilesItsYearsProgress() throws URISyntaxException {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        PortalClient.Page member = new PortalClient(base.toURI())
                .api("POST", "api/test-support/people/member?creditCode=" + PARK_CODE, null, null);
        assertStatus(200, member);
        String park = member.body().strip();

        // The park reads the province's comments and revises the expected CO2 reduction.
        Browser.signIn(browser, base, park);
        browser.get(base + "workspace/transformation-plans/edit.xhtml");
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("planStatus"), "退回修改"));
        assertTrue(browser.findElement(By.id("history")).getText().contains("二氧化碳减排量与节能量不匹配"),
                browser.findElement(By.id("history")).getText());
        // The projects' table scrolls in its own box; the page itself does not scroll sideways.
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"));
        WebElement co2 = browser.findElement(By.id("plan:co2Reduced"));
        co2.clear();
        co2.sendKeys("130000");
        WebElement tasks = browser.findElement(By.id("plan:mainTasks"));
        tasks.sendKeys("新建危险废物集中处置中心，园区危险废物就近安全处置。");
        Browser.screenshot(browser, "park-plan-revise");
        browser.findElement(By.id("plan:submit")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                PARK + "的实施方案已提交省级审核。"));
        assertEquals("已提交待审核", browser.findElement(By.id("planStatus")).getText());
        Browser.signOut(browser);

        // The province opens it from its list of submitted plans and approves it.
        Browser.signIn(browser, base, DemoAccounts.PROVINCE);
        browser.get(base + "workspace/transformation-plans/index.xhtml?status=SUBMITTED");
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.linkText(PARK))).click();
        WebElement comment = Browser.await(browser,
                ExpectedConditions.visibilityOfElementLocated(By.id("decision:comment")));
        assertTrue(browser.findElement(By.id("planText")).getText().contains("危险废物集中处置中心"),
                browser.findElement(By.id("planText")).getText());
        comment.sendKeys("修改后的方案已补充危险废物集中处置项目，同意实施，请按年度报送工作进展。");
        Browser.screenshot(browser, "park-plan-decide");
        browser.findElement(By.id("decision:approve")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "已审核同意" + PARK + "的实施方案。"));
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("planStatus"), "审核同意"));
        Browser.signOut(browser);

        // The park files this year's progress: refused twice, what was typed kept; then filed.
        Browser.signIn(browser, base, park);
        browser.get(base + "workspace/progress-reports/edit.xhtml");
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("report:reportYear"),
                year + "年度进展报告"));
        assertTrue(browser.findElement(By.id("report:reportYear")).getText().contains(year + "-12-31 24:00"),
                "due at 24:00 on December 31, not a day late: " + browser.findElement(By.id("report:reportYear")).getText());
        type("energySaved", "-5");
        type("waterSaved", "12万");
        type("co2Reduced", "3200");
        type("solidWasteReduced", "800");
        type("wastewaterReduced", "250000");
        type("airPollutantsReduced", "15");
        type("energyPerGdp", "0.51");
        type("waterPerGdp", "7.6");
        type("solidWasteUtilisation", "92.5");
        type("narrative", "余热余压回收利用项目完成4家企业改造；中水回用工程完工，年回用中水30万立方米。困难：危险废物处置中心选址待批。");
        Browser.submit(browser, By.id("report:file"));
        assertTrue(error("waterSaved").contains("请输入数字"), error("waterSaved"));
        assertEquals("12万", value("waterSaved"));
        assertEquals("-5", value("energySaved"));
        Browser.screenshot(browser, "park-progress-refused");

        type("waterSaved", "300000");
        Browser.submit(browser, By.id("report:file"));
        assertEquals("不能为负数", error("energySaved"));
        assertEquals("300000", value("waterSaved"));
        assertTrue(value("narrative").startsWith("余热余压回收利用项目"), value("narrative"));

        type("energySaved", "1234.5");
        Browser.submit(browser, By.id("report:file"));
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "已报送" + PARK + "的" + year + "年度进展报告。"));
        assertTrue(browser.findElement(By.id("progress-" + year)).getText().contains("已报送"),
                browser.findElement(By.id("progress-" + year)).getText());
        assertTrue(browser.findElements(By.id("report")).isEmpty(), "nothing left to file");
        Browser.screenshot(browser, "park-progress-filed");
        Browser.signOut(browser);

        // The province sees the report filed among the year's.
        Browser.signIn(browser, base, DemoAccounts.PROVINCE);
        browser.get(base + "workspace/progress-reports/index.xhtml?year=" + year);
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("parks"), PARK));
        String totals = browser.findElement(By.id("totals")).getText();
        assertTrue(totals.contains("杭州市") && totals.contains("1234.50"), totals);
        WebElement row = browser.findElement(By.xpath("//table[@id='parks']//tr[td/a[text()='" + PARK + "']]"));
        assertTrue(row.getText().contains("已报送"), row.getText());
        Browser.screenshot(browser, "park-progress-sums");
    }

    /**
     * The province's reports to NDRC and MIIT: reached from the progress sums, a year with nothing filed is refused
     * with the reason and the year typed kept, the demo's report on 2024 listed with its number; then the public list
     * of parks for circular transformation, on a desktop and a phone, which never scrolls sideways as a page.
     */
    @Test
    void theReportsToTheMinistriesAndThePublicListOfParks() {
        Browser.signIn(browser, base, DemoAccounts.PROVINCE);
        browser.get(base + "workspace/progress-reports/index.xhtml");
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("summaries"))).click();
        WebElement year = Browser.await(browser, ExpectedConditions.visibilityOfElementLocated(By.id("yearly:year")));
        year.clear();
        year.sendKeys("2023");
        browser.findElement(By.id("yearly:issue")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "2023年度没有已报送的园区循环化改造进展报告"));
        assertEquals("2023", browser.findElement(By.id("yearly:year")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("issued")).getText().contains("关于2024年度浙江省园区循环化改造工作总体进展情况的报告"),
                browser.findElement(By.id("issued")).getText());
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"));
        Browser.screenshot(browser, "park-summaries");
        Browser.signOut(browser);

        browser.get(base + "circular-parks.xhtml");
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("list:parks"),
                "湖州南太湖绿色智造产业园区管理委员会（示例）"));
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"));
        Browser.screenshot(browser, "circular-parks");
        Browser.resize(browser, 390, 844);
        browser.navigate().refresh();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("list:parks")));
        assertEquals(Boolean.TRUE, browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"),
                "on a phone the table scrolls in its own box");
    }

    /** Replaces what a field of the progress report holds by {@code text}, as a user would. */
    private void type(String field, String text) {
        WebElement input = browser.findElement(By.id("report:" + field));
        input.clear();
        input.sendKeys(text);
    }

    private String value(String field) {
        return Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("report:" + field)))
                .getAttribute("value");
    }

    /**
     * The message beside a field of the progress report, once the page shows it. Found while the page that was
     * submitted is being replaced, the element can go stale before it is read: it is then looked up again.
     */
    private String error(String field) {
        for (int attempt = 1;; attempt++) {
            try {
                return Browser.await(browser, ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".field:has(#report\\:" + field + ") .ui-message"))).getText().strip();
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static String creditCode(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }
}
