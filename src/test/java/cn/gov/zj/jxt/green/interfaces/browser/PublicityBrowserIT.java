package cn.gov.zj.jxt.green.interfaces.browser;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Browser;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import jakarta.json.JsonObject;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
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
 * The publicity in the browser: a member of the public reads the list, files an objection with evidence and
 * follows it by receipt code; the provincial clerk upholds it; the clock moves past 24:00 of the last day, the timer
 * closes the period, the clerk concludes it and issues the joint publication; the public list shows the remaining
 * unit. The batch reaches its proposed list in-container (test support), as the review's own tests cover that.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicityBrowserIT {

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

    @BeforeEach
    void open() throws URISyntaxException {
        client = new PortalClient(base.toURI());
        browser = Browser.start();
    }

    @AfterEach
    void close() {
        browser.quit();
        client.api("DELETE", "api/test-support/clock", null, null);
    }

    @Test
    void anObjectionIsFiledFollowedAndUpheldThenTheListIsPublishedJointly() throws Exception {
        PortalClient.Page batch = client.api("POST", "api/test-support/proposed-batch?count=2", null, null);
        assertStatus(200, batch);
        PortalClient.Page published = client.api("POST", "api/workspace/publicity/batches/" + batch.body().strip(),
                DemoAccounts.PROVINCE, "{\"startDate\":\"" + LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                        + "\",\"contact\":\"浙江省经济和信息化厅节能与综合利用处，0571-87000000\"}");
        assertStatus(201, published);
        JsonObject period = Json.object(published.body());
        long id = period.getJsonNumber("id").longValue();
        String objected = period.getJsonArray("entries").getJsonObject(0).getString("name");
        String remaining = period.getJsonArray("entries").getJsonObject(1).getString("name");
        awaitStatus(id, "OPEN");

        // The public: the list of publicity, the period with its countdown, the form.
        browser.get(base + "publicity.xhtml");
        browser.findElement(By.linkText(period.getString("title"))).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("countdown")));
        Browser.await(browser,
                ExpectedConditions.textMatches(By.id("countdown"), java.util.regex.Pattern.compile(".*\\d+秒.*")));
        Browser.screenshot(browser, "publicity-view");
        browser.findElement(By.id("object")).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("objection:name")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("objection:entry")))
                .selectByVisibleText("1. " + objected + "（湖州市）");
        browser.findElement(By.id("objection:name")).sendKeys("王某某");
        browser.findElement(By.id("objection:idNumber")).sendKeys("110105194912310021");
        browser.findElement(By.id("objection:phone")).sendKeys("13800000000");
        browser.findElement(By.id("objection:facts")).sendKeys("该单位2024年因超标排放受到行政处罚，附处罚决定书照片。");
        Path evidence = Files.createTempFile("处罚决定书", ".png");
        Files.write(evidence, PNG);
        browser.findElement(By.id("objection:evidence")).sendKeys(evidence.toString());
        browser.findElement(By.id("objection:submit")).click();
        // A wrong check character is refused beside the field; corrected, the objection is received.
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "校验码"));
        Browser.screenshot(browser, "publicity-objection-invalid-id");
        browser.findElement(By.id("objection:idNumber")).clear();
        browser.findElement(By.id("objection:idNumber")).sendKeys("11010519491231002X");
        browser.findElement(By.id("objection:evidence")).sendKeys(evidence.toString());
        browser.findElement(By.id("objection:submit")).click();
        String code = Browser.await(browser,
                ExpectedConditions.presenceOfElementLocated(By.id("receiptCode"))).getText().strip();
        assertTrue(code.matches("[A-Z2-7]{16}"), code);
        Browser.screenshot(browser, "publicity-objection-received");

        browser.findElement(By.id("follow")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "核实中"));
        Browser.screenshot(browser, "publicity-receipt-received");

        // The clerk sees the number masked, opens the evidence and upholds the objection.
        Browser.signIn(browser, base, DemoAccounts.PROVINCE);
        browser.get(base + "workspace/publicity/view.xhtml?id=" + id);
        Browser.await(browser,
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".id-number"), "1101**********002X"));
        assertTrue(!browser.getPageSource().contains("11010519491231002X"), "never the clear number");
        assertEquals(1, browser.findElements(By.cssSelector("a.evidence")).size());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("decide:objection")))
                .selectByIndex(0);
        browser.findElement(By.cssSelector("label[for='decide:upheld:0']")).click();
        browser.findElement(By.id("decide:verification")).sendKeys("调取生态环境部门行政处罚记录，情况属实。");
        browser.findElement(By.id("decide:reasons")).sendKeys("近三年内发生环境违法行为（实施细则第十七条），移出拟入选名单。");
        Browser.submit(browser, By.id("decide:submit"));
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "异议成立"));
        Browser.screenshot(browser, "publicity-objection-upheld");

        // The objector reads the outcome.
        browser.get(base + "publicity/receipt.xhtml?code=" + code);
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "异议成立"));

        // 24:00 of the last day: the timer closes the period; the clerk concludes and publishes jointly.
        Instant endsAt = Instant.parse(period.getString("endsAt"));
        assertStatus(200, client.api("POST", "api/test-support/clock", null,
                "{\"instant\":\"" + endsAt.plusSeconds(1) + "\"}"));
        awaitStatus(id, "CLOSED");
        browser.get(base + "workspace/publicity/view.xhtml?id=" + id);
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("period:conclude"))).click();
        // Typed into the date field as a person would paste it; the calendar pop-up would only cover the button.
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("joint:effectiveDate_input")));
        browser.executeScript("document.getElementById('joint:effectiveDate_input').value = arguments[0];",
                LocalDate.ofInstant(endsAt, java.time.ZoneId.of("Asia/Shanghai")).plusDays(3).toString());
        browser.findElement(By.id("joint:publishJointly")).click();
        String number = Browser.await(browser,
                ExpectedConditions.presenceOfElementLocated(By.id("publication"))).getText();
        assertTrue(number.startsWith("浙经信绿色〔"), number);
        Browser.screenshot(browser, "publicity-published");

        // The public list: the remaining unit, not the one objected to.
        browser.get(base + "lists.xhtml");
        browser.findElement(By.id("lists:name")).sendKeys(remaining);
        Browser.clickAndAwaitUpdate(browser, By.id("lists:search"), By.id("lists:table"));
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("lists:table"), remaining));
        Browser.screenshot(browser, "lists-provincial");
        browser.findElement(By.id("lists:name")).clear();
        browser.findElement(By.id("lists:name")).sendKeys(objected);
        browser.findElement(By.id("lists:search")).click();
        Browser.await(browser, driver -> !driver.findElement(By.id("lists:table")).getText().contains(remaining));
        assertTrue(!browser.findElement(By.id("lists:table")).getText().contains(objected), "upheld: not listed");
        browser.get(base + "publicity/view.xhtml?id=" + id);
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("publicationPdf")));
        assertTrue(browser.findElement(By.id("entries")).getText().contains("移出拟入选名单"));
        Browser.screenshot(browser, "publicity-view-published");
    }

    private void awaitStatus(long id, String status) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        String seen = null;
        while (Instant.now().isBefore(until)) {
            seen = Json.object(client.api("GET", "api/publicity/" + id, null, null).body()).getString("status");
            if (status.equals(seen)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("publicity " + id + " is " + seen + ", not " + status);
    }
}
