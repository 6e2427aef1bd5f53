package cn.gov.zj.jxt.green.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The provincial review of a nominated factory through its pages (004 §(十五)–(十六)), as the province and its
 * experts walk it in the browser: the 初审 checklist and conclusion, the panel drawn until every seat can score, the
 * experts' scores, the inspection sample and the proposed list. Screenshots for the user guide are taken on the way.
 */
public final class ReviewWalk {

    private final PageWalk pages;
    private final ChromeDriver browser;
    private final URL base;
    private final PortalClient client;
    private final String suffix;

    /** {@code suffix} makes the experts' names this run's own. */
    public ReviewWalk(PageWalk pages, PortalClient client, String suffix) {
        this.pages = pages;
        this.browser = pages.browser();
        this.base = pages.base();
        this.client = client;
        this.suffix = suffix;
    }

    public void preliminaryReview(long batchId, String factory) {
        Browser.signIn(browser, base, DemoAccounts.PROVINCE);
        browser.get(base + "workspace/review/index.xhtml?batch=" + batchId);
        pages.waitForText(By.id("subjects:table"), factory);
        Browser.screenshot(browser, "cycle-review-subjects");
        browser.findElement(By.linkText(factory)).click();
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("open:open"))).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("checklist:save")));
        List<WebElement> items = browser.findElements(By.cssSelector("label[for$=':finding:0']"));
        assertFalse(items.isEmpty(), "a checklist to fill in");
        for (WebElement ok : items) {
            ok.click();
        }
        pages.scrollTo(By.id("checklist"));
        Browser.screenshot(browser, "cycle-review-checklist");
        Browser.submit(browser, By.id("checklist:save"));
        pages.waitForText(By.id("messages"), "核查");
        pages.selectInMenu("decision:outcome", "PASS");
        browser.findElement(By.id("decision:reasons")).sendKeys("基础合规性和指标体系审查通过。");
        browser.findElement(By.id("decision:decide")).click();
        pages.waitForText(By.id("preliminaryOutcome"), "通过");
    }

    /**
     * The province adds three experts with accounts to the pool, draws a panel of three and declines, with a reason,
     * any seat of an expert it cannot reach through the portal (one without an account): replacements are drawn
     * until every seat is held by an expert who can score. The usernames of the panel.
     */
    public List<String> drawPanel(String factory) {
        java.util.Map<String, String> reachable = new java.util.LinkedHashMap<>();
        reachable.put("许卫东", DemoAccounts.EXPERT);
        String[][] pool = {{"沈", "330300", "工业节能"}, {"韩", "330400", "清洁生产"}, {"蒋", "330600", "碳排放核算"}};
        String applicationUrl = browser.getCurrentUrl();
        browser.get(base + "workspace/review/experts.xhtml");
        for (String[] expert : pool) {
            String name = expert[0] + "专家" + suffix;
            String username = expectOk(client.api("POST", "api/test-support/people/expert?name="
                    + PageWalk.encode(name), null, null)).body().strip();
            Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("expert:name"))).sendKeys(name);
            browser.findElement(By.id("expert:specialty")).sendKeys(expert[2]);
            browser.findElement(By.id("expert:employer")).sendKeys("浙江省节能协会");
            pages.selectInMenu("expert:city", expert[1]);
            browser.findElement(By.id("expert:account")).sendKeys(username);
            browser.findElement(By.id("expert:save")).click();
            pages.waitForText(By.id("experts"), name);
            reachable.put(name, username);
        }

        browser.get(applicationUrl);
        WebElement size = Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("draw:size")));
        size.clear();
        size.sendKeys("3");
        browser.findElement(By.id("draw:draw")).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#panel\\:seats tbody button[id$=':decline']")));
        for (int round = 0; round < 30; round++) {
            WebElement unreachable = browser.findElements(By.cssSelector("#panel\\:seats tbody tr")).stream()
                    .filter(row -> !row.findElements(By.cssSelector("button[id$=':decline']")).isEmpty())
                    .filter(row -> reachable.keySet().stream().noneMatch(row.getText()::contains))
                    .findFirst().orElse(null);
            if (unreachable == null) {
                break;
            }
            unreachable.findElement(By.cssSelector("input[id$=':reason']")).sendKeys("联系不上，无法到会");
            unreachable.findElement(By.cssSelector("button[id$=':decline']")).click();
            Browser.await(browser, ExpectedConditions.stalenessOf(unreachable));
        }
        pages.scrollTo(By.id("panel"));
        Browser.screenshot(browser, "cycle-review-panel");
        List<String> seated = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#panel\\:seats tbody tr"))) {
            if (!row.findElements(By.cssSelector("button[id$=':decline']")).isEmpty()) {
                reachable.forEach((name, username) -> {
                    if (row.getText().contains(name)) {
                        seated.add(username);
                    }
                });
            }
        }
        assertEquals(3, seated.size(), "three reachable experts seated: " + seated);
        Browser.signOut(browser);
        return seated;
    }

    public void score(String expert, String factory, boolean screenshot) {
        Browser.signIn(browser, base, expert);
        browser.get(base + "workspace/expert/index.xhtml");
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='assignments']//tr[contains(.,'" + factory + "')]//a"))).click();
        List<WebElement> values = Browser.await(browser, ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("input[id^='score:criteria:'][id$=':value']")));
        int points = 78 + (int) (Math.random() * 15);
        for (WebElement value : values) {
            value.clear();
            value.sendKeys(String.valueOf(points));
        }
        browser.findElement(By.id("score:overall")).sendKeys("材料完整，指标先进，建议通过。");
        if (screenshot) {
            Browser.screenshot(browser, "cycle-expert-score");
        }
        browser.findElement(By.id("score:save")).click();
        pages.waitForText(By.id("messages"), "评分");
        Browser.signOut(browser);
    }

    public void inspectAndPropose(long batchId, String factory) {
        Browser.signIn(browser, base, DemoAccounts.PROVINCE);
        browser.get(base + "workspace/review/index.xhtml?batch=" + batchId);
        WebElement share = Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("sample:share")));
        share.clear();
        share.sendKeys("100");
        browser.findElement(By.id("sample:draw")).click();
        pages.waitForText(By.id("inspections"), factory);

        browser.findElement(By.linkText(factory)).click();
        Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("inspection:record")));
        pages.selectInMenu("inspection:result", "CONFIRMED");
        browser.findElement(By.id("inspection:findings")).sendKeys("现场查看生产线与能源计量器具，与申报材料一致。");
        browser.findElement(By.id("inspection:record")).click();
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.id("proposal:include")));
        browser.findElement(By.id("proposal:reason")).sendKeys("评审得分较高，现场核查属实。");
        browser.findElement(By.id("proposal:include")).click();
        pages.waitForText(By.id("proposalState"), "列入");

        browser.get(base + "workspace/review/index.xhtml?batch=" + batchId);
        pages.waitForText(By.id("proposed"), factory);
        Browser.screenshot(browser, "cycle-review-proposed");
        Browser.signOut(browser);
    }

    private static PortalClient.Page expectOk(PortalClient.Page page) {
        PortalClient.assertStatus(200, page);
        return page;
    }
}
