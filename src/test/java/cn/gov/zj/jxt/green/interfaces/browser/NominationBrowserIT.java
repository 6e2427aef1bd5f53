package cn.gov.zj.jxt.green.interfaces.browser;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import cn.gov.zj.jxt.green.infrastructure.signature.TestSigner;
import cn.gov.zj.jxt.green.testing.Browser;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import cn.gov.zj.jxt.green.testing.SampleFiles;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One application through the yearly cycle in the browser: the province opens a batch; the applicant fills in her
 * form and engages the demo institution; the institution accepts, downloads the undertaking and uploads it
 * digitally signed; the applicant uploads her report and submits; the county (西湖区) and the city (杭州) approve.
 * The city's nomination, letter and submission go through the API: its page is built on another branch.
 */
class NominationBrowserIT extends PortalClientTest {

    private static final String APPLICANT_NAME = "杭州绿源精密制造有限公司（示例）";
    private static final String INSTITUTION_NAME = "浙江绿评节能技术服务有限公司（示例）";

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
    void anApplicationGoesUpTheChainAndIsNominated() throws IOException {
        LocalDate deadline = LocalDate.now(OfficialDay.ZONE).plusDays(30);
        String title = freeTitle(deadline.getYear() + "年度省级绿色低碳工厂和园区推荐");
        assertStatus(201, client.api("POST", "api/workspace/batches", DemoAccounts.PROVINCE, """
                {"year": %d, "level": "PROVINCIAL", "title": "%s", "unitTypes": ["FACTORY", "PARK"],
                 "submissionDeadline": "%s", "cityListDeadline": "%s",
                 "quotas": {"330100": 20, "330200": 31, "330300": 30}}
                """.formatted(deadline.getYear(), title, deadline, deadline.plusDays(30))));

        // The applicant applies and fills in her form, engaging the demo institution.
        Browser.signIn(browser, base, DemoAccounts.APPLICANT);
        browser.findElement(By.linkText("我的申报")).click();
        WebElement openRow = Browser.await(browser, ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='applications:open']//tr[contains(.,'" + title + "')]")));
        Browser.screenshot(browser, "applications-index");
        openRow.findElement(By.cssSelector("button[id$=':apply']")).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("application:industry")));
        long applicationId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        browser.findElement(By.id("application:industry")).sendKeys("通用设备制造业");
        browser.findElement(By.cssSelector("label[for='application:route:1']")).click();
        // The route re-renders the form by Ajax: choose the institution in the menu that request leaves.
        Browser.awaitAjax(browser);
        // Chosen through the menu's own widget: a click on its panel can be lost while a re-render settles.
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("application:institutionId")));
        String option = browser.findElement(By.xpath("//select[@id='application:institutionId_input']/option[.='"
                + INSTITUTION_NAME + "']")).getAttribute("value");
        browser.executeScript("PrimeFaces.widgets['widget_application_institutionId'].selectValue(arguments[0]);",
                option);
        Browser.awaitAjax(browser);
        waitForText(By.id("application:institutionId_label"), INSTITUTION_NAME);
        String[][] readings = {{"0.82", "0.95"}, {"1.6", "2.1"}, {"96.5", "90"}, {"32", "20"}, {"0.41", "0.55"}};
        for (int row = 0; row < readings.length; row++) {
            browser.findElement(By.id("application:indicators:" + row + ":value_input")).sendKeys(readings[row][0]);
            browser.findElement(By.id("application:indicators:" + row + ":benchmark_input")).sendKeys(readings[row][1]);
        }
        browser.findElement(By.id("application:save")).click();
        waitForText(By.id("messages"), "申报信息已保存");
        assertTrue(browser.findElement(By.id("eligibility")).getText().contains("各项关键指标均不低于行业标杆"));
        assertTrue(browser.findElement(By.id("engagements")).getText().contains("待接受"));
        Browser.screenshot(browser, "application-edit");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("eligibility")));
        Browser.screenshot(browser, "application-eligibility");
        Browser.signOut(browser);

        // The institution sees the cap beside the accept button, accepts, and signs the undertaking.
        Browser.signIn(browser, base, DemoAccounts.INSTITUTION);
        browser.findElement(By.linkText("评价委托")).click();
        WebElement row = Browser.await(browser, ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='engagements:table']//tr[contains(.,'" + title + "')]")));
        assertTrue(row.getText().contains("0 / 10"), row.getText());
        Browser.screenshot(browser, "engagements-requested");
        row.findElement(By.cssSelector("button[id$=':accept']")).click();
        waitForText(By.id("messages"), "已接受");
        row = browser.findElement(By.xpath("//*[@id='engagements:table']//tr[contains(.,'" + title + "')]"));
        String pdfLink = row.findElement(By.cssSelector("a[href$='undertaking.pdf']")).getAttribute("href");
        PortalClient.Download undertaking = client.download(pdfLink.substring(base.toString().length()),
                DemoAccounts.INSTITUTION);
        assertEquals(200, undertaking.status());
        byte[] signed = TestSigner.create("CN=赵明, O=" + INSTITUTION_NAME + ", C=CN").sign(undertaking.body());
        Path signedFile = Files.createTempDirectory("signed").resolve("第三方机构承诺书（已签署）.pdf");
        Files.write(signedFile, signed);
        browser.findElement(By.id("signed:file")).sendKeys(signedFile.toAbsolutePath().toString());
        browser.findElement(By.id("signed:submit")).click();
        waitForText(By.id("signed:outcome"), "电子签名完整有效");
        assertTrue(browser.findElement(By.id("signed:outcome")).getText().contains("CN=赵明"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.findElement(By.id("signed:outcome")));
        Browser.screenshot(browser, "engagement-signed");
        Browser.signOut(browser);

        // The applicant uploads her report and submits.
        Browser.signIn(browser, base, DemoAccounts.APPLICANT);
        browser.get(base + "workspace/applications/edit.xhtml?id=" + applicationId);
        Path report = Files.createTempDirectory("report").resolve("绿色工厂自评价报告.pdf");
        Files.write(report, SampleFiles.pdf("evaluation report of a green factory"));
        browser.findElement(By.id("report:file")).sendKeys(report.toAbsolutePath().toString());
        browser.findElement(By.id("report:upload")).click();
        waitForText(By.id("messages"), "已上传");
        assertTrue(browser.findElement(By.id("engagements")).getText().contains("电子签名已验证"));
        browser.findElement(By.id("application:submit")).click();
        Browser.await(browser,
                ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitForText(By.id("status"), "县级审核中");
        Browser.screenshot(browser, "application-submitted");
        Browser.signOut(browser);

        // The county approves.
        Browser.signIn(browser, base, DemoAccounts.XIHU);
        browser.findElement(By.linkText("申报审核")).click();
        selectBatch(title);
        Browser.screenshot(browser, "reviews-county");
        browser.findElement(By.linkText(APPLICANT_NAME)).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("review:comment")))
                .sendKeys("经核查，企业在本区实际生产，材料齐全，同意上报。");
        Browser.screenshot(browser, "review-county");
        approve();
        Browser.signOut(browser);

        // The city approves.
        Browser.signIn(browser, base, DemoAccounts.HANGZHOU);
        browser.get(base + "workspace/reviews/view.xhtml?id=" + applicationId);
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("review:comment"))).sendKeys("同意推荐。");
        assertTrue(browser.findElement(By.id("history")).getText().contains("同意上报"));
        Browser.screenshot(browser, "review-city");
        approve();
        Browser.signOut(browser);

        // The city nominates within its quota, issues its nomination letter with the summary table and submits.
        long batchId = Json.object(client.api("GET", "api/workspace/applications/" + applicationId,
                DemoAccounts.APPLICANT, null).body()).getJsonNumber("batchId").longValue();
        listMunicipal(deadline.getYear());
        Browser.signIn(browser, base, DemoAccounts.HANGZHOU);
        browser.get(base + "workspace/nomination/index.xhtml?batch=" + batchId);
        waitForText(By.id("candidates:table"), APPLICANT_NAME);
        Browser.screenshot(browser, "nomination-candidates");
        browser.findElement(By.xpath("//*[@id='candidates:table']//tr[contains(.,'" + APPLICANT_NAME
                + "')]//button[contains(@id,'nominate')]")).click();
        Browser.await(browser,
                ExpectedConditions.textMatches(By.id("quotaUse"), java.util.regex.Pattern.compile("^1 / \\d+$")));
        WebElement number = Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("letter:number")));
        number.clear();
        number.sendKeys("杭经信绿色〔" + deadline.getYear() + "〕8号");
        browser.findElement(By.id("letter:issue")).click();
        Browser.await(browser,
                ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("letterPdf")));
        Browser.screenshot(browser, "nomination-letter");
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("letter:submit"))).click();
        Browser.await(browser,
                ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitForText(By.id("status"), "已报送");
        Browser.screenshot(browser, "nomination-submitted");
        Browser.signOut(browser);

        // The province follows every city's submission and the use of its quota.
        Browser.signIn(browser, base, DemoAccounts.PROVINCE);
        browser.get(base + "workspace/batches/view.xhtml?id=" + batchId);
        waitForText(By.tagName("main"), "杭经信绿色〔" + deadline.getYear() + "〕8号");
        Browser.screenshot(browser, "batch-overview");
        Browser.signOut(browser);

        Browser.signIn(browser, base, DemoAccounts.APPLICANT);
        browser.findElement(By.linkText("我的申报")).click();
        WebElement mine = Browser.await(browser, ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='applications:mine']//tr[contains(.,'" + title + "')]")));
        assertTrue(mine.getText().contains("已推荐"), mine.getText());
        Browser.screenshot(browser, "applications-nominated");
    }

    /** A provincial nominee is first on the municipal list (004 §(十四)): the city lists the factory if it is not. */
    private void listMunicipal(int year) {
        JsonObject organisation = Json.object(client.api("GET", "api/workspace/organisations?q="
                + DemoAccounts.XIHU_FACTORY_CODE, DemoAccounts.HANGZHOU, null).body())
                .getJsonArray("organisations").getJsonObject(0);
        long organisationId = organisation.getJsonNumber("id").longValue();
        boolean listed = Json.array(client.api("GET", "api/workspace/municipal-list", DemoAccounts.HANGZHOU, null)
                .body()).stream().anyMatch(u -> ((JsonObject) u).getJsonNumber("organisationId").longValue()
                        == organisationId);
        if (!listed) {
            assertStatus(200, client.api("POST", "api/workspace/municipal-list", DemoAccounts.HANGZHOU,
                    "{\"organisationId\": %d, \"year\": %d, \"basis\": \"杭经信绿色〔%d〕3号\"}"
                            .formatted(organisationId, year, year)));
        }
    }

    /** The title, or with a number after it when an earlier run of this test left a batch of that title. */
    private String freeTitle(String title) {
        java.util.Set<String> taken = Json.array(client.api("GET", "api/workspace/batches", DemoAccounts.PROVINCE,
                null).body()).stream().map(b -> ((JsonObject) b).getString("title")).collect(
                        java.util.stream.Collectors.toSet());
        String free = title;
        for (int n = 2; taken.contains(free); n++) {
            free = title + "（" + n + "）";
        }
        return free;
    }

    /** Chooses the batch unless the page already shows it (the newest batch is preselected). */
    private void selectBatch(String title) {
        if (Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("reviews:batch_label")))
                .getText().equals(title)) {
            waitForText(By.id("reviews:table"), APPLICANT_NAME);
            return;
        }
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("reviews:batch"))).click();
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#reviews\\:batch_items li[data-label='" + title + "']"))).click();
        waitForText(By.id("reviews:table"), APPLICANT_NAME);
    }

    private void approve() {
        browser.findElement(By.id("review:approve")).click();
        Browser.await(browser,
                ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitForText(By.id("messages"), "已通过" + APPLICANT_NAME + "的申报");
    }

    private void waitForText(By locator, String text) {
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }
}
