package cn.gov.zj.jxt.green.interfaces.park;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import jakarta.json.JsonObject;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

/**
 * Yearly progress reports on circular transformation plans (发改办环资〔2021〕1004号 §三(三)) and the province's
 * acceptance (验收) through their pages, right and wrong: a park files its report on
 * workspace/progress-reports/edit.xhtml (refused with a negative figure, a rate over 100 and no narrative; nothing
 * filed), then files it; filing again from the old page is refused. The progress shows on the plan's page
 * (workspace/transformation-plans/view.xhtml), in the city's and the province's sums and on the public page. A report
 * left unfiled past 24:00 of December 31 is marked overdue and, filed later, flagged late. The province records the
 * acceptance on the plan's page: refused without a day, and when failed without comments; then recorded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressReportPagesIT {

    private static final String NARRATIVE = "中水回用工程完工，年回用中水30万立方米。\n困难：部分企业管网接入滞后。";

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private PortalClient client;

    @BeforeEach
    void newSession() throws URISyntaxException {
        client = new PortalClient(base.toURI());
    }

    @AfterEach
    void resetClock() {
        client.api("DELETE", "api/test-support/clock", null, null);
    }

    @Test
    void aParkFilesItsYearsProgressOnceAndItShowsOnThePlanInTheSumsAndInPublic() {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        JsonObject park = park("330200", "进展报告测试园区");
        long plan = park.getJsonNumber("planId").longValue();
        client.signIn(park.getString("username"), DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get("workspace/progress-reports/edit.xhtml");
        assertStatus(200, page);
        assertTrue(page.document().getElementById("report:reportYear").text().startsWith(year + "年度进展报告"),
                page.text());

        // Wrong: a negative figure, a rate over 100, no narrative. Nothing is filed.
        PortalClient.Page wrong = filled(page.form("report")).set("report:energySaved", "-5")
                .set("report:solidWasteUtilisation", "120").set("report:narrative", " ").submit("report:file");
        assertStatus(200, wrong);
        assertEquals("不能为负数", wrong.error("report:energySaved"), wrong.text());
        assertEquals("应为0至100之间的百分数", wrong.error("report:solidWasteUtilisation"), wrong.text());
        assertEquals("请填写本年度工作进展情况", wrong.error("report:narrative"), wrong.text());
        assertFalse(report(plan, year).getBoolean("filed"));

        // Right: filed once; the page then lists it, with no form left.
        PortalClient.Page filed = filled(wrong.form("report")).submit("report:file");
        assertStatus(200, filed);
        assertTrue(filed.text().contains("已报送" + park.getString("name") + "的" + year + "年度进展报告。"),
                filed.text());
        assertNull(filed.document().getElementById("report"), "nothing left to file");
        assertTrue(filed.document().getElementById("progress-" + year).text().contains("已报送"), filed.text());
        JsonObject stored = report(plan, year);
        assertTrue(stored.getBoolean("filed"));
        assertFalse(stored.getBoolean("late"));

        // The old page submitted again files nothing twice.
        PortalClient.Page twice = filled(page.form("report")).set("report:energySaved", "99999").submit("report:file");
        assertStatus(200, twice);
        assertTrue(twice.text().contains("年度进展报告已报送，不能重复报送"), twice.text());

        // 宁波's clerk sees it on the plan's page and in the city's sum; 杭州's does not; the province sums it.
        PortalClient ningbo = signedIn(DemoAccounts.NINGBO);
        PortalClient.Page view = ningbo.get("workspace/transformation-plans/view.xhtml?id=" + plan);
        assertStatus(200, view);
        String row = view.document().getElementById("progress-" + year).text();
        assertTrue(row.contains("已报送") && row.contains("1234.50") && row.contains("中水回用工程完工"), row);
        PortalClient.Page sums = ningbo.get("workspace/progress-reports/index.xhtml?year=" + year);
        assertStatus(200, sums);
        assertTrue(sums.document().getElementById("parks").text().contains(park.getString("name")), sums.text());
        assertTrue(sums.document().getElementById("totals").text().contains("宁波市"), sums.text());
        PortalClient.Page hangzhou = signedIn(DemoAccounts.HANGZHOU)
                .get("workspace/progress-reports/index.xhtml?year=" + year);
        assertFalse(hangzhou.text().contains(park.getString("name")), "another city's park");
        assertStatus(403, signedIn(DemoAccounts.HANGZHOU).get("workspace/transformation-plans/view.xhtml?id=" + plan));
        PortalClient.Page province = signedIn(DemoAccounts.PROVINCE)
                .get("workspace/progress-reports/index.xhtml?year=" + year);
        assertTrue(province.document().getElementById("parks").text().contains(park.getString("name")));

        // The public reads the province's sums per year, among them the demo park's 2024 report.
        PortalClient.Page open = fresh().get("transformation-plans.xhtml");
        String totals = open.document().getElementById("progressTotals").text();
        assertTrue(totals.contains(String.valueOf(year)) && totals.contains("2024") && totals.contains("14200"),
                totals);
    }

    @Test
    void aReportUnfiledAtMidnightOfDecember31IsMarkedOverdueAndFiledLaterIsFlaggedLate() {
        // Approved in June 2025, on a clock moved back: the 2025 report then falls due while the test runs.
        assertStatus(200, client.api("POST", "api/test-support/clock", null,
                "{\"instant\":\"2025-06-02T02:00:00Z\"}"));
        JsonObject park = park("330300", "逾期补报测试园区");
        long plan = park.getJsonNumber("planId").longValue();
        assertFalse(report(plan, 2025).getBoolean("overdue"));
        assertStatus(200, client.api("DELETE", "api/test-support/clock", null, null));
        assertStatus(200, client.api("POST", "api/test-support/progress/sweep", null, null));
        JsonObject overdue = report(plan, 2025);
        assertTrue(overdue.getBoolean("overdue"), overdue.toString());
        assertEquals(1, overdue.getInt("overdueNotices"));

        client.signIn(park.getString("username"), DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get("workspace/progress-reports/edit.xhtml?year=2025");
        assertTrue(page.document().getElementById("progress-2025").text().contains("逾期未报"), page.text());
        assertNotNull(page.document().getElementById("report:lateWarning"), page.text());
        PortalClient.Page late = filled(page.form("report")).submit("report:file");
        assertTrue(late.text().contains("2025年度进展报告（逾期补报）"), late.text());
        assertTrue(late.document().getElementById("progress-2025").text().contains("逾期补报"), late.text());
        JsonObject stored = report(plan, 2025);
        assertTrue(stored.getBoolean("late"));
        assertEquals(1, stored.getInt("overdueMarks"), "the mark stays, once");
    }

    @Test
    void theProvinceRecordsTheAcceptanceOfAnApprovedPlanAndAWrongOneIsRefused() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonObject park = park("330200", "验收测试园区");
        long plan = park.getJsonNumber("planId").longValue();
        PortalClient province = signedIn(DemoAccounts.PROVINCE);
        PortalClient.Page view = province.get("workspace/transformation-plans/view.xhtml?id=" + plan);
        assertStatus(200, view);

        // Wrong: no day; then failed without comments; a day in the future. Nothing is recorded.
        PortalClient.Page undated = view.form("acceptance").set("acceptance:date_input", "")
                .submit("acceptance:passed");
        assertEquals("请填写验收日期", undated.error("acceptance:date"), undated.text());
        PortalClient.Page uncommented = undated.form("acceptance").set("acceptance:date_input", today)
                .set("acceptance:comment", " ").submit("acceptance:failed");
        assertEquals("验收不通过时请填写验收意见", uncommented.error("acceptance:comment"), uncommented.text());
        PortalClient.Page future = uncommented.form("acceptance")
                .set("acceptance:date_input", LocalDate.parse(today).plusDays(3).toString())
                .set("acceptance:comment", "").submit("acceptance:passed");
        assertEquals("验收日期应在方案审核同意之后，且不晚于今天", future.error("acceptance:date"), future.text());
        assertNull(future.document().getElementById("acceptanceResult"), "nothing recorded");

        // Failed with comments, then passed: both in the history; the form is gone once it passed.
        PortalClient.Page failed = future.form("acceptance").set("acceptance:date_input", today)
                .set("acceptance:comment", "固废资源化项目尚未完工。").submit("acceptance:failed");
        assertTrue(failed.text().contains("已记录" + park.getString("name") + "实施方案的验收结论。"), failed.text());
        assertEquals("验收不通过", failed.document().getElementById("acceptanceResult").text());
        PortalClient.Page passed = failed.form("acceptance").set("acceptance:date_input", today)
                .submit("acceptance:passed");
        assertEquals("验收通过", passed.document().getElementById("acceptanceResult").text(), passed.text());
        assertNull(passed.document().getElementById("acceptance"), "a passed acceptance is final");
        String history = passed.document().getElementById("history").text();
        assertTrue(history.contains("省级验收不通过") && history.contains("固废资源化项目尚未完工。")
                && history.contains("省级验收通过"), history);

        // A city clerk reads the outcome but records none.
        PortalClient.Page city = signedIn(DemoAccounts.NINGBO).get("workspace/transformation-plans/view.xhtml?id=" + plan);
        assertStatus(200, city);
        assertEquals("验收通过", city.document().getElementById("acceptanceResult").text());
        assertNull(city.document().getElementById("acceptance"));
    }

    private JsonObject park(String city, String name) {
        PortalClient.Page page = client.api("POST", "api/test-support/progress/parks?city=" + city + "&name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), null, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    private JsonObject report(long plan, int year) {
        PortalClient.Page page = client.api("GET", "api/test-support/progress/plans/" + plan + "/" + year, null, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    private PortalClient fresh() {
        try {
            return new PortalClient(base.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private PortalClient signedIn(String user) {
        PortalClient other = fresh();
        other.signIn(user, DemoAccounts.PASSWORD);
        return other;
    }

    /** The report form filled as intended: textareas are not read back from the page, so they are typed each time. */
    private static PortalClient.Form filled(PortalClient.Form form) {
        return form.set("report:energySaved", "1234.5").set("report:waterSaved", "300000")
                .set("report:co2Reduced", "3200").set("report:solidWasteReduced", "800")
                .set("report:wastewaterReduced", "250000").set("report:airPollutantsReduced", "15")
                .set("report:energyPerGdp", "0.48").set("report:waterPerGdp", "6.8")
                .set("report:solidWasteUtilisation", "93.5").set("report:narrative", NARRATIVE);
    }
}
