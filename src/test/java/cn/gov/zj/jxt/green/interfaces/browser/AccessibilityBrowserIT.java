package cn.gov.zj.jxt.green.interfaces.browser;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Axe;
import cn.gov.zj.jxt.green.testing.Browser;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Every public page and the sign-in page, in Chinese and in English, on a desktop (1366 px) and a phone (390 px),
 * checked by axe-core on the WCAG 2.0/2.1 A and AA rules: no violation anywhere. An open publicity period is made
 * first (test support brings a batch to its proposed list) so that its page and its objection form are checked too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    private static final int[] WIDTHS = {1366, 390};
    private static final Path PICTURES = Path.of("target", "accessibility");

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
    void everyPublicPageAndTheSignInPageHaveNoViolationsInBothLanguagesOnDesktopAndPhone() throws Exception {
        List<String> pages = publicPages(openPublicity());
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        StringBuilder tally = new StringBuilder();
        for (String language : List.of("zh", "en")) {
            if (language.equals("en")) {
                browser.get(base + "index.xhtml");
                browser.findElement(By.id("english")).click();
                Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("chinese")));
            }
            for (int width : WIDTHS) {
                Browser.resize(browser, width, 900);
                for (String page : pages) {
                    browser.get(base + page);
                    Browser.awaitAjax(browser);
                    assertTrue(browser.findElement(By.tagName("html")).getAttribute("lang")
                            .startsWith(language), page + " is not in " + language);
                    List<Axe.Violation> violations = Axe.check(browser);
                    String where = language + " " + width + "px " + page;
                    tally.append(where).append(": ").append(violations.size()).append('\n');
                    if (!violations.isEmpty()) {
                        found.put(where, violations);
                    }
                    Browser.screenshot(browser, PICTURES, language + "-" + width + "-"
                            + page.replaceAll("[^A-Za-z0-9]+", "-"));
                }
            }
        }
        System.out.println("axe violations per page (" + String.join(", ", Axe.TAGS) + "):\n" + tally);
        StringBuilder report = new StringBuilder();
        found.forEach((where, violations) -> {
            report.append(where).append('\n');
            violations.forEach(v -> report.append("    ").append(v).append('\n'));
        });
        assertTrue(found.isEmpty(), found.size() + " page views with violations:\n" + report);
    }

    /** The public pages with a notice, a unit and the publicity period found or made: each one's address. */
    private List<String> publicPages(long period) {
        List<String> pages = new ArrayList<>(List.of("index.xhtml", "notices.xhtml"));
        browser.get(base + "notices.xhtml");
        pages.add(relative(browser.findElement(By.cssSelector("a.notice-title"))));
        pages.addAll(List.of("publicity.xhtml", "publicity/view.xhtml?id=" + period,
                "publicity/object.xhtml?id=" + period, "publicity/receipt.xhtml", "units.xhtml"));
        browser.get(base + "units.xhtml");
        pages.add(relative(browser.findElement(By.cssSelector("a.unit-name"))));
        pages.addAll(List.of("open-data.xhtml", "reports.xhtml", "reports/receipt.xhtml",
                "reports/institutions.xhtml", "lists.xhtml", "login.xhtml"));
        // The park programmes (seeds 000, 001, 002).
        pages.addAll(List.of("park-targets.xhtml", "transformation-plans.xhtml", "circular-parks.xhtml",
                "pilots.xhtml"));
        return pages;
    }

    private String relative(WebElement link) {
        return link.getAttribute("href").substring(base.toString().length());
    }

    /** A publicity period open today, as the province opens it on a batch that test support brought to its list. */
    private long openPublicity() throws InterruptedException {
        PortalClient.Page batch = client.api("POST", "api/test-support/proposed-batch?count=2", null, null);
        assertStatus(200, batch);
        PortalClient.Page published = client.api("POST", "api/workspace/publicity/batches/" + batch.body().strip(),
                DemoAccounts.PROVINCE, "{\"startDate\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai"))
                        + "\",\"contact\":\"浙江省经济和信息化厅节能与综合利用处，0571-87000000\"}");
        assertStatus(201, published);
        long id = Json.object(published.body()).getJsonNumber("id").longValue();
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            if ("OPEN".equals(Json.object(client.api("GET", "api/publicity/" + id, null, null).body())
                    .getString("status"))) {
                return id;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("publicity " + id + " did not open");
    }
}
