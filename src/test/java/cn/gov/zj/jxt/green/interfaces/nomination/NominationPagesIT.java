package cn.gov.zj.jxt.green.interfaces.nomination;

import static cn.gov.zj.jxt.green.testing.DemoFactoryNomination.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.DemoFactoryNomination;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient.Download;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The nomination cycle's pages as clerks use them: the province opens a batch and follows it, the city nominates
 * within its quota, issues its letter and submits, and the province returns the submission for correction
 * (003 §三, 004 §(十四)); each page is refused to those whose role or region it is not for.
 */
class NominationPagesIT extends PortalClientTest {

    private static final String API = "api/workspace/";
    private static final String APPLICANT_NAME = DemoFactoryNomination.FACTORY_NAME;

    private DemoFactoryNomination cycle;

    @BeforeEach
    void demoFactory() {
        cycle = new DemoFactoryNomination(client);
    }

    @Test
    void theProvinceOpensABatchThroughTheEditPageAndSeesItInTheListAndTheOverview() {
        String title = "页面开启批次" + UUID.randomUUID().toString().substring(0, 8);
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page form = expect(200, client.get("workspace/batches/edit.xhtml"));
        assertTrue(form.body().contains("id=\"batch:quotas:10:quota\""), "a quota input for each of the 11 cities");

        PortalClient.Page opened = expect(200, form.form("batch")
                .set("batch:year", String.valueOf(today().getYear()))
                .set("batch:level_input", "PROVINCIAL")
                .set("batch:title", title)
                .set("batch:unitTypes", "FACTORY")
                .set("batch:submissionDeadline_input", today().plusDays(30).toString())
                .set("batch:cityListDeadline_input", today().plusDays(60).toString())
                .set("batch:reminderDays", "5")
                .set("batch:provincialCap", "10")
                .set("batch:nationalCap", "15")
                .set("batch:quotas:0:quota", "3")
                .set("batch:quotas:1:quota", "2")
                .submit("batch:save"));
        assertTrue(opened.text().contains("已开启“" + title + "”"), opened.text());
        assertTrue(opened.body().contains("id=\"callLink\""), "a link to the drafted call");
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(opened.uri());
        assertTrue(id.find(), opened.uri());
        long batchId = Long.parseLong(id.group(1));

        JsonObject batch = Json.object(expect(200, client.api("GET", API + "batches/" + batchId,
                DemoAccounts.PROVINCE, null)).body());
        assertEquals(5, batch.getInt("totalQuota"), "the quotas as typed");
        assertEquals("FACTORY", batch.getJsonArray("unitTypes").getString(0));
        assertEquals(1, batch.getJsonArray("unitTypes").size());

        PortalClient.Page list = expect(200, client.get("workspace/batches/index.xhtml"));
        assertTrue(list.text().contains(title), "in the list");
        assertTrue(list.body().contains("workspace/batches/edit.xhtml"), "the clerk may open a batch");

        PortalClient.Page overview = expect(200, client.get("workspace/batches/view.xhtml?id=" + batchId));
        assertTrue(row(overview, "杭州市").contains("0 / 3"), overview.text());
        assertTrue(row(overview, "宁波市").contains("0 / 2"), overview.text());
        assertTrue(overview.text().contains("没有符合条件的申报"), "no applications yet");
        assertTrue(client.get("workspace/index.xhtml").body().contains("workspace/batches/index.xhtml"), "in the menu");
    }

    @Test
    void theCityNominatesIssuesItsLetterAndSubmitsAndTheProvinceReturnsIt() {
        long batchId = cycle.openBatch("页面测试批次", Map.of("330100", 2, "330200", 1));
        long applicationId = cycle.approvedApplication(batchId);

        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        if (!cycle.listedMunicipal()) {
            PortalClient.Page before = expect(200, client.get("workspace/nomination/index.xhtml?batch=" + batchId));
            assertTrue(before.text().contains("尚未列入下一级名单（市级）"), "the failed rule, in words: " + before.text());
            PortalClient.Page pool = expect(200, client.get("workspace/nomination/pool.xhtml"));
            PortalClient.Page found = expect(200, pool.form("find").set("find:text", DemoAccounts.XIHU_FACTORY_CODE)
                    .submit("find:search"));
            String organisation = found.document().select("select[name=addList:organisation_input] option")
                    .stream().filter(o -> o.text().contains(DemoAccounts.XIHU_FACTORY_CODE)).findFirst()
                    .orElseThrow(() -> new AssertionError(found.body())).val();
            PortalClient.Page listed = expect(200, found.form("addList")
                    .set("addList:organisation_input", organisation)
                    .set("addList:year", String.valueOf(today().getYear()))
                    .set("addList:basis", "杭经信〔" + today().getYear() + "〕1号")
                    .submit("addList:add"));
            assertTrue(listed.text().contains("已将“" + APPLICANT_NAME + "”列入市级名单"), listed.text());
            assertTrue(cycle.listedMunicipal(), "listed through the page");
        }

        PortalClient.Page page = expect(200, client.get("workspace/nomination/index.xhtml?batch=" + batchId));
        assertTrue(page.text().contains("已推荐 / 推荐名额 0 / 2"), page.text());
        assertTrue(page.text().contains(APPLICANT_NAME) && page.text().contains("均已满足"), page.text());

        // Another city's clerk neither sees nor acts on Hangzhou's candidate.
        PortalClient ningbo = newClient();
        ningbo.signIn(DemoAccounts.NINGBO, DemoAccounts.PASSWORD);
        PortalClient.Page ningboPage = expect(200, ningbo.get("workspace/nomination/index.xhtml?batch=" + batchId));
        assertFalse(ningboPage.text().contains(APPLICANT_NAME), ningboPage.text());
        expect(403, client.api("POST", API + "applications/" + applicationId + "/nominate", DemoAccounts.NINGBO,
                null));

        PortalClient.Page nominated = expect(200, page.form("candidates").submit("candidates:table:0:nominate"));
        assertTrue(nominated.text().contains("已推荐“" + APPLICANT_NAME + "”"), nominated.text());
        assertTrue(nominated.text().contains("已推荐 / 推荐名额 1 / 2"), nominated.text());
        assertEquals("NOMINATED", cycle.application(applicationId).getString("status"));

        String number = "杭经信函〔" + today().getYear() + "〕" + (100 + (int) (Math.random() * 800)) + "号";
        PortalClient.Page issued = expect(200, nominated.form("letter").set("letter:number", number)
                .submit("letter:issue"));
        assertTrue(issued.text().contains("推荐函已生成"), issued.text());
        assertTrue(issued.text().contains("当前推荐函： " + number), issued.text());
        long submissionId = cycle.submission(batchId).getJsonNumber("id").longValue();
        Download pdf = client.download(API + "submissions/" + submissionId + "/letter.pdf", DemoAccounts.HANGZHOU);
        assertEquals(200, pdf.status());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertTrue(issued.body().contains("/api/workspace/submissions/" + submissionId + "/letter.docx"));

        PortalClient.Page submitted = expect(200, issued.form("letter").submit("letter:submit"));
        assertTrue(submitted.text().contains("推荐名单已报送省经信厅"), submitted.text());
        assertEquals("SUBMITTED", cycle.submission(batchId).getString("status"));
        assertTrue(row(submitted, "生成推荐函").contains(number), "the history: " + submitted.text());
        assertTrue(row(submitted, DemoAccounts.HANGZHOU).contains("报送"), "the history: " + submitted.text());
        assertFalse(submitted.body().contains("candidates:table:0:withdraw"), "no changes once submitted");

        PortalClient province = newClient();
        province.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page overview = expect(200, province.get("workspace/batches/view.xhtml?id=" + batchId));
        assertTrue(row(overview, "杭州市").contains("1 / 2"), overview.text());
        assertTrue(row(overview, "杭州市").contains("已报送"), overview.text());
        assertTrue(overview.body().contains("/api/workspace/submissions/" + submissionId + "/letter.pdf"));
        PortalClient.Page asked = expect(200, overview.form("cities").submit("cities:table:0:return"));
        LocalDate due = today().plusDays(5);
        PortalClient.Page returned = expect(200, asked.form("return")
                .set("return:reason", "汇总表缺少评价机构名称")
                .set("return:correctionDue_input", due.toString())
                .submit("return:confirm"));
        assertTrue(returned.text().contains("已退回杭州市的推荐名单，修改截止日期为" + due), returned.text());
        JsonObject afterReturn = cycle.submission(batchId);
        assertEquals("RETURNED", afterReturn.getString("status"));
        assertEquals(due.toString(), afterReturn.getString("correctionDue"));

        PortalClient.Page cityAgain = expect(200, client.get("workspace/nomination/index.xhtml?batch=" + batchId));
        assertTrue(cityAgain.text().contains("已退回修改"), cityAgain.text());
        assertTrue(cityAgain.text().contains("汇总表缺少评价机构名称") && cityAgain.text().contains(due.toString()),
                cityAgain.text());
        assertTrue(cityAgain.body().contains("candidates:table:0:withdraw"), "a returned submission is corrected");
    }

    @Test
    void pagesAreForTheirRolesOnly() {
        PortalClient county = newClient();
        county.signIn(DemoAccounts.XIHU, DemoAccounts.PASSWORD);
        expect(403, county.get("workspace/batches/edit.xhtml"));
        assertFalse(county.get("workspace/index.xhtml").body().contains("workspace/batches/index.xhtml"),
                "not in a county clerk's menu");

        long batchId = cycle.openBatch("页面测试批次", Map.of("330100", 2, "330200", 1));
        PortalClient city = newClient();
        city.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        expect(403, city.get("workspace/batches/edit.xhtml?id=" + batchId));
        assertTrue(city.get("workspace/index.xhtml").body().contains("workspace/nomination/index.xhtml"),
                "in a city clerk's menu");

        PortalClient supervisor = newClient();
        supervisor.signIn(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
        PortalClient.Page read = expect(200, supervisor.get("workspace/batches/view.xhtml?id=" + batchId));
        assertTrue(row(read, "杭州市").contains("0 / 2"), read.text());
        assertFalse(read.body().contains("id=\"edit\""), "a supervisor reads only");
        assertFalse(expect(200, supervisor.get("workspace/batches/index.xhtml")).body()
                .contains("workspace/batches/edit.xhtml"), "a supervisor opens no batch");
    }

    /** The text of the first table row that mentions {@code needle}. */
    private static String row(PortalClient.Page page, String needle) {
        return page.document().select("tr").stream().map(r -> r.text()).filter(t -> t.contains(needle)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + needle + ": " + page.text()));
    }

    private static PortalClient.Page expect(int status, PortalClient.Page page) {
        PortalClient.assertStatus(status, page);
        return page;
    }
}
