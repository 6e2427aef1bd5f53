package cn.gov.zj.jxt.green.interfaces.browser;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.infrastructure.signature.TestSigner;
import cn.gov.zj.jxt.green.testing.Browser;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PageWalk;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.ReviewWalk;
import cn.gov.zj.jxt.green.testing.SampleFiles;
import jakarta.json.JsonObject;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole yearly cycle through the pages, as each person does it, from the call to the provincial list: the
 * province opens a batch and issues its call; a new factory applies through the demo institution, which accepts and
 * uploads its signed undertaking; county and city approve; the city lists the factory, nominates it within its quota,
 * issues its 推荐函 and submits; the province runs 初审, draws a panel, its experts score, an inspection is sampled and
 * recorded, the proposed list is fixed and put to publicity; a member of the public objects with evidence and
 * follows the receipt; the province dismisses the objection; the clock passes 24:00 of the last day; the joint
 * publication is issued and the registry shows the factory on the provincial list.
 * Test support only creates the factory's and the experts' accounts and moves the clock; the review's pages are
 * walked by {@link ReviewWalk}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CycleBrowserIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String XIHU = "330106";
    private static final String INSTITUTION_NAME = "浙江绿评节能技术服务有限公司（示例）";
    /** A small PNG as a phone photo of a document would arrive. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private PortalClient client;
    private ChromeDriver browser;
    private PageWalk pages;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final LocalDate today = LocalDate.now(ZONE);

    @BeforeEach
    void open() throws URISyntaxException {
        client = new PortalClient(base.toURI());
        browser = Browser.start();
        pages = new PageWalk(browser, base);
    }

    @AfterEach
    void close() {
        browser.quit();
        client.api("DELETE", "api/test-support/clock", null, null);
    }

    @Test
    void aFactoryGoesFromTheCallToTheProvincialListThroughThePages() throws Exception {
        String factory = "西湖绿色智造有限公司" + suffix;
        JsonObject applicant = Json.object(expectOk(client.api("POST", "api/test-support/people/applicant?region="
                + XIHU + "&name=" + PageWalk.encode(factory), null, null)).body());
        String applicantUser = applicant.getString("username");
        String creditCode = applicant.getString("creditCode");

        String title = today.getYear() + "年度省级绿色低碳工厂推荐（全流程" + suffix + "）";
        long batchId = openBatchAndIssueCall(title);
        long applicationId = apply(applicantUser, title);
        acceptAndSignUndertaking(title);
        uploadReportAndSubmit(applicantUser, applicationId);
        approve(DemoAccounts.XIHU, applicationId, factory, "经核查，企业在本区实际生产，材料齐全，同意上报。");
        approve(DemoAccounts.HANGZHOU, applicationId, factory, "同意推荐。");
        nominateAndSubmit(batchId, factory, creditCode);

        ReviewWalk review = new ReviewWalk(pages, client, suffix);
        review.preliminaryReview(batchId, factory);
        List<String> experts = review.drawPanel(factory);
        for (int i = 0; i < experts.size(); i++) {
            review.score(experts.get(i), factory, i == 0);
        }
        review.inspectAndPropose(batchId, factory);

        long publicityId = openPublicity(batchId, factory);
        String receipt = object(publicityId, factory);
        dismissObjection(publicityId, receipt);
        publishJointly(publicityId);
        findOnTheProvincialList(factory, creditCode);
    }

    // ---- the province opens the batch and issues its call -----------------------------------------------------

    private long openBatchAndIssueCall(String title) {
        Browser.signIn(browser, base, DemoAccounts.PROVINCE);
        browser.get(base + "workspace/batches/edit.xhtml");
        WebElement year = Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("batch:year")));
        year.clear();
        year.sendKeys(String.valueOf(today.getYear()));
        browser.findElement(By.id("batch:title")).sendKeys(title);
        // Every unit type is offered by default: the factory's among them.
        assertTrue(browser.findElement(By.id("batch:unitTypes:0")).isSelected());
        pages.setDate("batch:submissionDeadline_input", today.plusDays(40));
        pages.setDate("batch:cityListDeadline_input", today.plusDays(90));
        pages.setNumber("batch:quotas:0:quota", "2");
        browser.findElement(By.id("batch:save")).click();
        WebElement call = Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("callLink")));
        long batchId = PageWalk.idIn(browser.getCurrentUrl());
        Browser.screenshot(browser, "cycle-batch-opened");

        call.click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("notice:submit"))).click();
        pages.confirm();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("actions:publish"))).click();
        pages.confirm();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("public")));
        String number = browser.findElement(By.cssSelector("#notice-meta dd")).getText();
        assertTrue(number.matches("浙经信绿色(便函)?〔\\d{4}〕[1-9]\\d*号"), number);
        Browser.screenshot(browser, "cycle-call-published");
        Browser.signOut(browser);
        return batchId;
    }

    // ---- the factory applies through the institution ---------------------------------------------------------

    private long apply(String applicantUser, String title) {
        Browser.signIn(browser, base, applicantUser);
        browser.findElement(By.linkText("我的申报")).click();
        WebElement openRow = Browser.await(browser, ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='applications:open']//tr[contains(.,'" + title + "')]")));
        openRow.findElement(By.cssSelector("button[id$=':apply']")).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("application:industry")));
        long applicationId = PageWalk.idIn(browser.getCurrentUrl());

        browser.findElement(By.id("application:industry")).sendKeys("通用设备制造业");
        browser.findElement(By.cssSelector("label[for='application:route:1']")).click();
        Browser.awaitAjax(browser);
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("application:institutionId")));
        String option = browser.findElement(By.xpath("//select[@id='application:institutionId_input']/option[.='"
                + INSTITUTION_NAME + "']")).getAttribute("value");
        browser.executeScript("PrimeFaces.widgets['widget_application_institutionId'].selectValue(arguments[0]);",
                option);
        Browser.awaitAjax(browser);
        pages.waitForText(By.id("application:institutionId_label"), INSTITUTION_NAME);
        String[][] readings = {{"0.82", "0.95"}, {"1.6", "2.1"}, {"96.5", "90"}, {"32", "20"}, {"0.41", "0.55"}};
        for (int row = 0; row < readings.length; row++) {
            browser.findElement(By.id("application:indicators:" + row + ":value_input")).sendKeys(readings[row][0]);
            browser.findElement(By.id("application:indicators:" + row + ":benchmark_input"))
                    .sendKeys(readings[row][1]);
        }
        browser.findElement(By.id("application:save")).click();
        pages.waitForText(By.id("messages"), "申报信息已保存");
        assertTrue(browser.findElement(By.id("engagements")).getText().contains("待接受"));
        Browser.screenshot(browser, "cycle-application");
        Browser.signOut(browser);
        return applicationId;
    }

    private void acceptAndSignUndertaking(String title) throws Exception {
        Browser.signIn(browser, base, DemoAccounts.INSTITUTION);
        browser.findElement(By.linkText("评价委托")).click();
        WebElement row = Browser.await(browser, ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='engagements:table']//tr[contains(.,'" + title + "')]")));
        row.findElement(By.cssSelector("button[id$=':accept']")).click();
        pages.waitForText(By.id("messages"), "已接受");
        row = browser.findElement(By.xpath("//*[@id='engagements:table']//tr[contains(.,'" + title + "')]"));
        String pdfLink = row.findElement(By.cssSelector("a[href$='undertaking.pdf']")).getAttribute("href");
        PortalClient.Download undertaking = client.download(pdfLink.substring(base.toString().length()),
                DemoAccounts.INSTITUTION);
        assertEquals(200, undertaking.status());
        byte[] signed = TestSigner.create("CN=赵明, O=" + INSTITUTION_NAME + ", C=CN").sign(undertaking.body());
        Path signedFile = Files.createTempDirectory("signed").resolve("第三方机构承诺书（已签署）.pdf");
        Files.write(signedFile, signed);
        // The undertaking of this engagement, chosen in the upload form by its title.
        Select engagement = new Select(browser.findElement(By.id("signed:engagement")));
        engagement.getOptions().stream().filter(o -> o.getText().contains(title)).findFirst()
                .ifPresent(o -> engagement.selectByValue(o.getAttribute("value")));
        browser.findElement(By.id("signed:file")).sendKeys(signedFile.toAbsolutePath().toString());
        browser.findElement(By.id("signed:submit")).click();
        pages.waitForText(By.id("signed:outcome"), "电子签名完整有效");
        Browser.signOut(browser);
    }

    private void uploadReportAndSubmit(String applicantUser, long applicationId) throws Exception {
        Browser.signIn(browser, base, applicantUser);
        browser.get(base + "workspace/applications/edit.xhtml?id=" + applicationId);
        Path report = Files.createTempDirectory("report").resolve("绿色工厂评价报告.pdf");
        Files.write(report, SampleFiles.pdf("evaluation report of a green factory"));
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("report:file")))
                .sendKeys(report.toAbsolutePath().toString());
        browser.findElement(By.id("report:upload")).click();
        pages.waitForText(By.id("messages"), "已上传");
        assertTrue(browser.findElement(By.id("engagements")).getText().contains("电子签名已验证"));
        browser.findElement(By.id("application:submit")).click();
        pages.confirm();
        pages.waitForText(By.id("status"), "县级审核中");
        Browser.signOut(browser);
    }

    private void approve(String clerk, long applicationId, String factory, String comment) {
        Browser.signIn(browser, base, clerk);
        browser.get(base + "workspace/reviews/view.xhtml?id=" + applicationId);
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("review:comment"))).sendKeys(comment);
        browser.findElement(By.id("review:approve")).click();
        pages.confirm();
        pages.waitForText(By.id("messages"), "已通过" + factory + "的申报");
        Browser.signOut(browser);
    }

    // ---- the city lists, nominates, issues its letter and submits -------------------------------------------

    private void nominateAndSubmit(long batchId, String factory, String creditCode) {
        Browser.signIn(browser, base, DemoAccounts.HANGZHOU);
        // A provincial nominee is first on the municipal list (004 §(十四)): the city lists the factory.
        browser.get(base + "workspace/nomination/pool.xhtml");
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("find:text"))).sendKeys(creditCode);
        browser.findElement(By.id("find:search")).click();
        Browser.awaitAjax(browser);
        WebElement option = Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//select[@id='addList:organisation_input']/option[contains(.,'" + creditCode + "')]")));
        browser.executeScript("PrimeFaces.widgets['widget_addList_organisation'].selectValue(arguments[0]);",
                option.getAttribute("value"));
        WebElement year = browser.findElement(By.id("addList:year"));
        year.clear();
        year.sendKeys(String.valueOf(today.getYear()));
        browser.findElement(By.id("addList:basis")).sendKeys("杭经信绿色〔" + today.getYear() + "〕3号");
        browser.findElement(By.id("addList:add")).click();
        pages.waitForText(By.id("messages"), "列入市级名单");
        Browser.screenshot(browser, "cycle-municipal-list");

        browser.get(base + "workspace/nomination/index.xhtml?batch=" + batchId);
        pages.waitForText(By.id("candidates:table"), factory);
        browser.findElement(By.xpath("//*[@id='candidates:table']//tr[contains(.,'" + factory
                + "')]//button[contains(@id,'nominate')]")).click();
        Browser.await(browser, ExpectedConditions.textMatches(By.id("quotaUse"), Pattern.compile("^1 / 2$")));
        WebElement number = Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("letter:number")));
        number.clear();
        number.sendKeys("杭经信绿色〔" + today.getYear() + "〕" + (20 + (int) (Math.random() * 900)) + "号");
        browser.findElement(By.id("letter:issue")).click();
        pages.confirm();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("letterPdf")));
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("letter:submit"))).click();
        pages.confirm();
        pages.waitForText(By.id("status"), "已报送");
        Browser.screenshot(browser, "cycle-nomination-submitted");
        Browser.signOut(browser);
    }

    // ---- publicity, objection, joint publication ---------------------------------------------------------------

    private long openPublicity(long batchId, String factory) {
        Browser.signIn(browser, base, DemoAccounts.PROVINCE);
        browser.get(base + "workspace/publicity/index.xhtml");
        Select batch = new Select(Browser.await(browser,
                ExpectedConditions.presenceOfElementLocated(By.id("publish:batch"))));
        batch.selectByValue(String.valueOf(batchId));
        pages.setDate("publish:startDate_input", today);
        browser.findElement(By.id("publish:contact")).sendKeys("浙江省经济和信息化厅节能与综合利用处，0571-87000000");
        browser.findElement(By.id("publish:submit")).click();
        Browser.await(browser, ExpectedConditions.urlContains("workspace/publicity/view.xhtml"));
        pages.waitForText(By.id("status"), "");
        long publicityId = PageWalk.idIn(browser.getCurrentUrl());
        pages.waitForText(By.id("entries"), factory);
        Browser.screenshot(browser, "cycle-publicity-opened");
        Browser.signOut(browser);
        awaitStatus(publicityId, "OPEN");
        return publicityId;
    }

    private String object(long publicityId, String factory) throws Exception {
        JsonObject period = Json.object(client.get("api/publicity/" + publicityId).body());
        browser.get(base + "publicity.xhtml");
        browser.findElement(By.linkText(period.getString("title"))).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("object"))).click();
        Select entry = new Select(Browser.await(browser,
                ExpectedConditions.presenceOfElementLocated(By.id("objection:entry"))));
        entry.getOptions().stream().filter(o -> o.getText().contains(factory)).findFirst()
                .ifPresent(o -> entry.selectByValue(o.getAttribute("value")));
        browser.findElement(By.id("objection:name")).sendKeys("王某某");
        browser.findElement(By.id("objection:idNumber")).sendKeys("11010519491231002X");
        browser.findElement(By.id("objection:phone")).sendKeys("13800000000");
        browser.findElement(By.id("objection:facts")).sendKeys("据反映该厂2024年曾因噪声扰民被投诉，请核实。附现场照片。");
        Path evidence = Files.createTempFile("现场照片", ".png");
        Files.write(evidence, PNG);
        browser.findElement(By.id("objection:evidence")).sendKeys(evidence.toString());
        browser.findElement(By.id("objection:submit")).click();
        String code = Browser.await(browser,
                ExpectedConditions.presenceOfElementLocated(By.id("receiptCode"))).getText().strip();
        assertTrue(code.matches("[A-Z2-7]{16}"), code);
        browser.findElement(By.id("follow")).click();
        pages.waitForText(By.id("status"), "核实中");
        Browser.screenshot(browser, "cycle-objection-receipt");
        return code;
    }

    private void dismissObjection(long publicityId, String receipt) {
        Browser.signIn(browser, base, DemoAccounts.PROVINCE);
        browser.get(base + "workspace/publicity/view.xhtml?id=" + publicityId);
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("decide:objection")));
        new Select(browser.findElement(By.id("decide:objection"))).selectByIndex(0);
        browser.findElement(By.cssSelector("label[for='decide:upheld:1']")).click();
        browser.findElement(By.id("decide:verification")).sendKeys("经属地生态环境部门核实，投诉已于2024年办结，未受处罚。");
        browser.findElement(By.id("decide:reasons")).sendKeys("反映问题不属于实施细则第十七条所列情形，异议不成立。");
        Browser.submit(browser, By.id("decide:submit"));
        pages.waitForText(By.tagName("main"), "异议不成立");
        Browser.signOut(browser);

        browser.get(base + "publicity/receipt.xhtml?code=" + receipt);
        pages.waitForText(By.id("status"), "异议不成立");
    }

    private void publishJointly(long publicityId) {
        Instant endsAt = Instant.parse(Json.object(client.get("api/publicity/" + publicityId).body())
                .getString("endsAt"));
        assertEquals(today.plusDays(15).atStartOfDay(ZONE).toInstant(), endsAt, "15 calendar days from today");
        assertStatus(200, client.api("POST", "api/test-support/clock", null,
                "{\"instant\":\"" + endsAt.plusSeconds(1) + "\"}"));
        awaitStatus(publicityId, "CLOSED");

        Browser.signIn(browser, base, DemoAccounts.PROVINCE);
        browser.get(base + "workspace/publicity/view.xhtml?id=" + publicityId);
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("period:conclude"))).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("joint:effectiveDate_input")));
        pages.setDate("joint:effectiveDate_input", LocalDate.ofInstant(endsAt, ZONE).plusDays(3));
        browser.findElement(By.id("joint:publishJointly")).click();
        String number = Browser.await(browser,
                ExpectedConditions.presenceOfElementLocated(By.id("publication"))).getText();
        assertTrue(number.startsWith("浙经信绿色〔"), number);
        Browser.screenshot(browser, "cycle-joint-publication");
        Browser.signOut(browser);
    }

    private void findOnTheProvincialList(String factory, String creditCode) {
        browser.get(base + "units.xhtml?code=" + creditCode);
        pages.waitForText(By.id("units"), factory);
        String row = browser.findElement(By.id("units")).getText();
        assertTrue(row.contains("省级"), row);
        Browser.screenshot(browser, "cycle-registry");
        Browser.submit(browser, By.linkText(factory));
        pages.waitForText(By.tagName("main"), creditCode);
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("PROVINCIAL"), "labels, not codes");
    }

    /** The timer closes the period at 24:00 of its last day; the public API says when it has. */
    private void awaitStatus(long id, String status) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        String seen = null;
        while (Instant.now().isBefore(until)) {
            seen = Json.object(client.get("api/publicity/" + id).body()).getString("status");
            if (status.equals(seen)) {
                return;
            }
            PageWalk.pause();
        }
        throw new AssertionError("publicity " + id + " is " + seen + ", not " + status);
    }

    private static PortalClient.Page expectOk(PortalClient.Page page) {
        assertStatus(200, page);
        return page;
    }
}
