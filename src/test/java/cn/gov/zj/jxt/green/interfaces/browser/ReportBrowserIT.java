package cn.gov.zj.jxt.green.interfaces.browser;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Browser;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import jakarta.json.JsonObject;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.support.ui.Select;

/**
 * A named report in the browser (004 §(二十三)): a member of the public finds a listed unit of 杭州, reports it
 * under her real name with an evidence photo (a wrong identity number is refused, nothing typed is lost) and gets
 * her receipt code; 杭州's clerk takes the case, reads the reporter (audited), verifies and concludes it with a
 * rectification; the public receipt page then shows the conclusion. The listed unit is set up in-container.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportBrowserIT {

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
    }

    @Test
    void aReportFromThePublicPageIsConcludedByTheCityAndItsConclusionShownOnTheReceipt() throws Exception {
        PortalClient.Page created = client.api("POST", "api/test-support/named-reports/listed-unit?city=330100&name="
                + URLEncoder.encode("杭州钱塘绿色示范厂", StandardCharsets.UTF_8), null, null);
        assertStatus(200, created);
        JsonObject unit = Json.object(created.body());
        String unitName = unit.getString("name");

        // The public: find the unit, write the report, attach a photo.
        browser.get(base + "reports.xhtml");
        browser.findElement(By.id("report:query")).sendKeys(unitName.substring(0, unitName.indexOf('（')));
        browser.findElement(By.id("report:search")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("report:subjectId"), unitName));
        new Select(browser.findElement(By.id("report:subjectId"))).selectByIndex(1);
        browser.findElement(By.id("report:name")).sendKeys("林某某");
        browser.findElement(By.id("report:idNumber")).sendKeys("330106199001011231");
        browser.findElement(By.id("report:phone")).sendKeys("13957100002");
        browser.findElement(By.id("report:email")).sendKeys("lin@mail.example");
        browser.findElement(By.id("report:facts")).sendKeys(
                "该厂2025年动态管理表填报的单位产品综合能耗明显低于实际，附电费单照片。");
        Path evidence = Files.createTempFile("电费单", ".png");
        Files.write(evidence, PNG);
        browser.findElement(By.id("report:evidence")).sendKeys(evidence.toString());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("最多5个文件，每个不超过10 MB"));
        browser.executeScript("window.scrollTo(0, 0);");
        Browser.screenshot(browser, "reports-form");
        browser.findElement(By.id("report:submit")).click();
        // A wrong check character is refused beside the field; everything else stays as typed.
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "校验码"));
        assertEquals("林某某", browser.findElement(By.id("report:name")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("report:facts")).getAttribute("value").startsWith("该厂2025年"));
        Browser.screenshot(browser, "reports-invalid-id");
        browser.findElement(By.id("report:idNumber")).clear();
        browser.findElement(By.id("report:idNumber")).sendKeys("33010619900101123X");
        browser.findElement(By.id("report:evidence")).sendKeys(evidence.toString());
        browser.findElement(By.id("report:submit")).click();
        String code = Browser.await(browser,
                ExpectedConditions.presenceOfElementLocated(By.id("receiptCode"))).getText().strip();
        assertTrue(code.matches("[A-Z2-7]{16}"), code);
        Browser.screenshot(browser, "reports-received");
        browser.findElement(By.id("follow")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "已受理"));

        // 杭州's clerk: the case in her list, taken, the reporter read, verified, concluded.
        Browser.signIn(browser, base, DemoAccounts.HANGZHOU);
        browser.findElement(By.linkText("实名举报处理")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("cases:table"), unitName));
        assertFalse(browser.getPageSource().contains("林某某"), "no reporter in the list");
        Browser.screenshot(browser, "reports-city-list");
        browser.findElement(By.xpath("//tr[contains(., '" + unitName + "')]//a[contains(@class, 'case-link')]"))
                .click();
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("take:take"))).click();
        Browser.await(browser,
                ExpectedConditions.textToBePresentInElementLocated(By.id("handler"), DemoAccounts.HANGZHOU));
        assertFalse(browser.getPageSource().contains("33010619900101123X"), "not before she asks");
        browser.findElement(By.id("identity:reveal")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("reporterName"), "林某某"));
        assertEquals("33010619900101123X", browser.findElement(By.id("reporterIdNumber")).getText());
        assertEquals(1, browser.findElements(By.cssSelector("a.evidence")).size());
        browser.executeScript("document.getElementById('identity').scrollIntoView();");
        Browser.screenshot(browser, "reports-case-identity");

        browser.findElement(By.id("verify:verification")).sendKeys("调取该厂2025年电费结算单和能源计量数据，综合能耗填报偏低属实。");
        browser.findElement(By.id("verify:verify")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "已核实"));
        browser.findElement(By.cssSelector("label[for='conclude:conclusion:1']")).click();
        browser.findElement(By.id("conclude:finding")).sendKeys("能耗数据填报不准确，责令更正动态管理表并完善能源计量。");
        // Typed into the date field as a person would paste it; the calendar pop-up would only cover the button.
        browser.executeScript("document.getElementById('conclude:followUpDue_input').value = arguments[0];",
                LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString());
        browser.findElement(By.id("conclude:conclude")).click();
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "整改中"));
        assertTrue(browser.findElement(By.id("conclusion")).getText().contains("责令整改"));
        browser.executeScript("document.getElementById('status').scrollIntoView();");
        Browser.screenshot(browser, "reports-case-concluded");

        // The reporter, with no account, reads the conclusion and nothing of the handling beyond it.
        browser.findElement(By.id("header:signOut")).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("header:signIn")));
        browser.get(base + "reports/receipt.xhtml?code=" + code);
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("conclusion"), "属实，责令整改"));
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("能耗数据填报不准确"),
                "the finding stays with the city");
        Browser.screenshot(browser, "reports-receipt-concluded");
    }
}
