package cn.gov.zj.jxt.green.interfaces.nomination;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import cn.gov.zj.jxt.green.testing.SampleFiles;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The applicant's, the institution's and the reviewers' pages of the nomination cycle, driven as people use them:
 * forms through the pages, files through the API (the test client sends no multipart page forms). Each test opens
 * a batch of its own, so it relies on no demo batch.
 */
class ApplicationPagesIT extends PortalClientTest {

    @Test
    void anApplicationGoesFromTheApplicantThroughTheInstitutionToTheCountyAndTheCity() {
        String title = openBatch();
        long institutionId = demoInstitutionId();

        // The applicant applies from her list of open batches.
        client.signIn(DemoAccounts.APPLICANT, DemoAccounts.PASSWORD);
        PortalClient.Page list = client.get("workspace/applications/index.xhtml");
        assertStatus(200, list);
        PortalClient.Page edit = list.form("applications").submit(buttonInRow(list, "applications:open", title, "apply"));
        assertStatus(200, edit);
        assertTrue(edit.text().contains("已在“" + title + "”中创建申报"), edit.text());
        long id = Long.parseLong(edit.uri().replaceAll(".*[?&]id=(\\d+).*", "$1"));

        // Every rule's outcome with its clause, its arguments in words.
        assertTrue(edit.text().contains("《实施细则》第九条第一项、第十一条第一项"),
                "the clause of each rule is shown as the rules cite it");
        assertFalse(edit.text().contains("§"), "no clause code on the page");
        // The demo factory is on 杭州's municipal list (the demo lists it for 2024), the argument in words.
        assertTrue(edit.text().contains("已列入下一级名单（市级）"), edit.text());

        // Producing outside the province bars the application, and the page says why.
        edit = edit.form("application")
                .set("application:productionRegion_input", "")
                .set("application:industry", "通用设备制造业")
                .submit("application:save");
        assertTrue(edit.text().contains("申报信息已保存"), edit.text());
        assertTrue(edit.document().getElementById("eligibility").text().contains("实际生产地不在浙江省"));
        assertNotNull(edit.document().getElementById("barred"), "the page says a barring rule is not met");

        // She chooses the institution route: the page asks which institution, and keeps what she typed.
        edit = edit.form("application")
                .set("application:productionRegion_input", "330106")
                .set("application:industry", "通用设备制造")
                .set("application:route", "INSTITUTION")
                .submit("application:save");
        assertTrue(edit.text().contains("委托第三方机构评价的，请选择机构"), edit.text());
        assertEquals("通用设备制造", edit.document().getElementById("application:industry").val(),
                "what was typed is kept after the refusal");
        assertNotNull(edit.document().getElementById("application:institutionId_input"),
                "the institution select appears for the institution route");

        PortalClient.Form form = edit.form("application")
                .set("application:institutionId_input", String.valueOf(institutionId));
        String[][] readings = {{"0.80", "1.00"}, {"2.0", "2.5"}, {"95", "90"}, {"30", "20"}, {"0.5", "0.6"}};
        for (int row = 0; row < readings.length; row++) {
            form.set("application:indicators:" + row + ":value_hinput", readings[row][0])
                    .set("application:indicators:" + row + ":benchmark_hinput", readings[row][1]);
        }
        edit = form.submit("application:save");
        assertTrue(edit.text().contains("申报信息已保存"), edit.text());
        assertTrue(edit.text().contains("注册地和实际生产地均在浙江省"), "the production site now passes");
        assertTrue(edit.text().contains("各项关键指标均不低于行业标杆"), "the indicators lead their benchmarks");
        assertNull(edit.document().getElementById("barred"));
        assertTrue(edit.document().getElementById("engagements").text().contains("待接受"),
                "the engagement waits for the institution");

        // Submitting without a report is refused with the reason.
        edit = edit.form("application").submit("application:submit");
        assertTrue(edit.text().contains("请先上传评价报告"), edit.text());

        // The institution sees its cap use beside the accept button, accepts, and gets the undertaking.
        PortalClient institution = newClient();
        institution.signIn(DemoAccounts.INSTITUTION, DemoAccounts.PASSWORD);
        PortalClient.Page engagements = institution.get("workspace/engagements/index.xhtml");
        Element row = row(engagements, "engagements:table", title);
        assertTrue(row.text().contains("0 / 10"), row.text());
        engagements = engagements.form("engagements").submit(buttonInRow(engagements, "engagements:table", title,
                "accept"));
        row = row(engagements, "engagements:table", title);
        assertTrue(row.text().contains("已接受"), row.text());
        assertTrue(row.text().contains("待机构上传签署的承诺书"), row.text());
        String pdfLink = row.selectFirst("a[href$=undertaking.pdf]").attr("href");
        String docxLink = row.selectFirst("a[href$=undertaking.docx]").attr("href");
        PortalClient.Download undertaking = client.download(pdfLink.substring(1), DemoAccounts.INSTITUTION);
        assertEquals(200, undertaking.status());
        assertTrue(undertaking.text().startsWith("%PDF"));
        PortalClient.assertDocx(client.download(docxLink.substring(1), DemoAccounts.INSTITUTION));

        // A PDF without a digital signature is taken as a sealed scan, and the page says so.
        long engagementId = Long.parseLong(pdfLink.replaceAll(".*/engagements/(\\d+)/.*", "$1"));
        PortalClient.Page signed = client.upload("api/workspace/engagements/" + engagementId + "/signed",
                DemoAccounts.INSTITUTION, Map.of(), "file", "承诺书-盖章.pdf", "application/pdf",
                SampleFiles.pdf("sealed undertaking"));
        assertStatus(200, signed);
        row = row(institution.get("workspace/engagements/index.xhtml"), "engagements:table", title);
        assertTrue(row.text().contains("盖章扫描件（未经电子验证）"), row.text());

        // The applicant uploads her report and submits.
        assertStatus(200, client.upload("api/workspace/applications/" + id + "/report", DemoAccounts.APPLICANT,
                Map.of(), "file", "评价报告.pdf", "application/pdf", SampleFiles.pdf("evaluation report")));
        edit = client.get("workspace/applications/edit.xhtml?id=" + id);
        assertTrue(edit.text().contains("评价报告.pdf"));
        assertTrue(edit.text().contains("盖章扫描件（未经电子验证）"), "she sees the undertaking's status");
        edit = edit.form("application").submit("application:submit");
        assertTrue(edit.text().contains("申报已提交"), edit.text());
        assertEquals("县级审核中", edit.document().getElementById("status").text());
        assertNotNull(edit.document().getElementById("readOnly"), "a submitted application is read-only");
        assertTrue(edit.document().select("#application\\:save").isEmpty());

        // Another city cannot open it.
        PortalClient ningbo = newClient();
        ningbo.signIn(DemoAccounts.NINGBO, DemoAccounts.PASSWORD);
        assertStatus(403, ningbo.get("workspace/reviews/view.xhtml?id=" + id));

        // The county finds it waiting, cannot return it without a comment, and approves it.
        PortalClient xihu = newClient();
        xihu.signIn(DemoAccounts.XIHU, DemoAccounts.PASSWORD);
        PortalClient.Page reviews = xihu.get("workspace/reviews/index.xhtml?batch=" + batchId(title));
        assertTrue(row(reviews, "reviews:table", "杭州绿源精密制造有限公司").text().contains("县级审核中"));
        PortalClient.Page view = xihu.get("workspace/reviews/view.xhtml?id=" + id);
        assertTrue(view.text().contains("浙江绿评节能技术服务有限公司（示例）"));
        assertTrue(view.document().getElementById("eligibility").text().contains("符合"));
        view = view.form("review").submit("review:return");
        assertTrue(view.document().getElementById("review").text().contains("退回时请填写退回意见"), view.text());
        assertEquals("县级审核中", view.document().getElementById("status").text(), "nothing was decided");
        reviews = view.form("review").set("review:comment", "材料齐全，同意上报。").submit("review:approve");
        assertTrue(reviews.text().contains("已通过杭州绿源精密制造有限公司（示例）的申报"), reviews.text());

        // The city sees it at its stage with the county's comment, and approves.
        PortalClient hangzhou = newClient();
        hangzhou.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        view = hangzhou.get("workspace/reviews/view.xhtml?id=" + id);
        assertEquals("市级审核中", view.document().getElementById("status").text());
        assertTrue(view.document().getElementById("history").text().contains("材料齐全，同意上报。"));
        view.form("review").submit("review:approve");
        assertEquals("APPROVED", Json.object(client.api("GET", "api/workspace/applications/" + id,
                DemoAccounts.APPLICANT, null).body()).getString("status"));
        edit = client.get("workspace/applications/edit.xhtml?id=" + id);
        assertEquals("市级审核通过", edit.document().getElementById("status").text());
    }

    @Test
    void aReturnedApplicationShowsTheCommentAndCanBeCorrected() {
        String title = openBatch();
        long id = Json.object(client.api("POST", "api/workspace/batches/" + batchId(title) + "/applications",
                DemoAccounts.APPLICANT, null).body()).getJsonNumber("id").longValue();
        client.signIn(DemoAccounts.APPLICANT, DemoAccounts.PASSWORD);
        PortalClient.Page edit = withReadings(client.get("workspace/applications/edit.xhtml?id=" + id)
                .form("application")
                .set("application:productionRegion_input", "330106")
                .set("application:industry", "通用设备制造业"))
                .submit("application:save");
        assertTrue(edit.text().contains("申报信息已保存"), edit.text());
        client.upload("api/workspace/applications/" + id + "/report", DemoAccounts.APPLICANT, Map.of(), "file",
                "评价报告.pdf", "application/pdf", SampleFiles.pdf("evaluation report"));
        edit = client.get("workspace/applications/edit.xhtml?id=" + id).form("application").submit("application:submit");
        assertEquals("县级审核中", edit.document().getElementById("status").text(), edit.text());

        PortalClient xihu = newClient();
        xihu.signIn(DemoAccounts.XIHU, DemoAccounts.PASSWORD);
        xihu.get("workspace/reviews/view.xhtml?id=" + id).form("review")
                .set("review:comment", "请补充近三年能耗数据。").submit("review:return");

        edit = client.get("workspace/applications/edit.xhtml?id=" + id);
        assertEquals("已退回", edit.document().getElementById("status").text());
        assertNotNull(edit.document().getElementById("returned"));
        assertTrue(edit.document().getElementById("history").text().contains("请补充近三年能耗数据。"));
        assertFalse(edit.document().select("#application\\:save").isEmpty(), "a returned application is editable");

        // The applicant's list shows it with its status.
        assertTrue(row(client.get("workspace/applications/index.xhtml"), "applications:mine", title).text()
                .contains("已退回"));
    }

    @Test
    void anApplicationWithoutItsIndustryAndIndicatorsIsRefusedWithEveryGapNamed() {
        String title = openBatch();
        long id = Json.object(client.api("POST", "api/workspace/batches/" + batchId(title) + "/applications",
                DemoAccounts.APPLICANT, null).body()).getJsonNumber("id").longValue();
        client.signIn(DemoAccounts.APPLICANT, DemoAccounts.PASSWORD);
        assertStatus(200, client.upload("api/workspace/applications/" + id + "/report", DemoAccounts.APPLICANT,
                Map.of(), "file", "评价报告.pdf", "application/pdf", SampleFiles.pdf("evaluation report")));

        // Energy and water given, the industry and three indicators left out: every gap is named beside its field.
        PortalClient.Page edit = client.get("workspace/applications/edit.xhtml?id=" + id).form("application")
                .set("application:productionRegion_input", "330106")
                .set("application:industry", "")
                .set("application:indicators:0:value_hinput", "0.80")
                .set("application:indicators:0:benchmark_hinput", "1.00")
                .set("application:indicators:1:value_hinput", "2.0")
                .submit("application:submit");
        assertStatus(200, edit);
        assertEquals("填写中", edit.document().getElementById("status").text(), "not submitted: " + edit.text());
        assertTrue(edit.document().getElementById("application").text().contains("提交前请填写所属行业（类型）"),
                edit.text());
        String table = edit.document().getElementById("application:indicators").text();
        for (String missing : List.of("单位产品取水量", "固体废物综合利用率", "可再生能源使用比例", "单位产品碳排放强度")) {
            assertTrue(table.contains("提交前请填写" + missing), missing + ": " + table);
        }
        assertFalse(table.contains("提交前请填写单位产品综合能耗"), "the energy reading is complete");
        assertEquals(0, new java.math.BigDecimal("0.8").compareTo(new java.math.BigDecimal(
                edit.document().getElementById("application:indicators:0:value_hinput").val())), "what was typed is kept");
        assertEquals("DRAFT", Json.object(client.api("GET", "api/workspace/applications/" + id,
                DemoAccounts.APPLICANT, null).body()).getString("status"));

        // The API refuses the same way, each field named.
        PortalClient.Page api = client.api("POST", "api/workspace/applications/" + id + "/submit",
                DemoAccounts.APPLICANT, "{\"version\":" + Json.object(client.api("GET", "api/workspace/applications/"
                        + id, DemoAccounts.APPLICANT, null).body()).getJsonNumber("version") + "}");
        assertStatus(400, api);
        assertTrue(api.body().contains("\"industry\"") && api.body().contains("indicators.WATER"), api.body());

        // With the industry and every reading the same page submits.
        edit = withReadings(client.get("workspace/applications/edit.xhtml?id=" + id).form("application")
                .set("application:productionRegion_input", "330106")
                .set("application:industry", "通用设备制造业"))
                .submit("application:submit");
        assertTrue(edit.text().contains("申报已提交"), edit.text());
        assertEquals("县级审核中", edit.document().getElementById("status").text());
    }

    /** Every key indicator filled in, each leading its benchmark. */
    private static PortalClient.Form withReadings(PortalClient.Form form) {
        String[][] readings = {{"0.80", "1.00"}, {"2.0", "2.5"}, {"95", "90"}, {"30", "20"}, {"0.5", "0.6"}};
        for (int row = 0; row < readings.length; row++) {
            form.set("application:indicators:" + row + ":value_hinput", readings[row][0])
                    .set("application:indicators:" + row + ":benchmark_hinput", readings[row][1]);
        }
        return form;
    }

    @Test
    void atTheCapTheInstitutionSeesWhyItCannotAccept() {
        // National projects count per legal representative and year across batches (004 §(二十二)): one accepted
        // in a batch with room makes a batch whose cap is 1 full.
        long roomy = batchId(openBatch("NATIONAL", 1000));
        String fullTitle = openBatch("NATIONAL", 1);
        long full = batchId(fullTitle);
        long institutionId = demoInstitutionId();
        long accepted = engage(roomy, institutionId);
        engage(full, institutionId);
        assertStatus(200, client.api("POST", "api/workspace/engagements/" + accepted + "/accept",
                DemoAccounts.INSTITUTION, null));

        client.signIn(DemoAccounts.INSTITUTION, DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get("workspace/engagements/index.xhtml");
        Element row = row(page, "engagements:table", fullTitle);
        // Read, not assumed: another test edits the demo institution's record.
        String representative = Json.array(client.api("GET", "api/workspace/institutions", DemoAccounts.APPLICANT,
                null).body()).stream().map(v -> (JsonObject) v)
                .filter(o -> o.getJsonNumber("id").longValue() == institutionId).findFirst().orElseThrow()
                .getString("legalRepresentative");
        assertTrue(row.text().contains("法定代表人为" + representative + "的第三方机构"), row.text());
        assertTrue(row.text().contains("已达上限1项"), row.text());
        assertTrue(row.selectFirst("button[id$=:accept]").hasAttr("disabled"), "accepting is not offered");
    }

    /** Starts the applicant's application in a batch with the institution route; answers the engagement's id. */
    private long engage(long batchId, long institutionId) {
        JsonObject application = Json.object(client.api("POST", "api/workspace/batches/" + batchId + "/applications",
                DemoAccounts.APPLICANT, null).body());
        long id = application.getJsonNumber("id").longValue();
        assertStatus(200, client.api("PUT", "api/workspace/applications/" + id, DemoAccounts.APPLICANT,
                "{\"version\": %d, \"productionRegion\": \"330106\", \"route\": \"INSTITUTION\", \"institutionId\": %d}"
                        .formatted(application.getJsonNumber("version").longValue(), institutionId)));
        return Json.array(client.api("GET", "api/workspace/applications/" + id + "/engagements",
                DemoAccounts.APPLICANT, null).body()).getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void onlyTheirOwnRolesOpenThesePages() {
        client.signIn(DemoAccounts.APPLICANT, DemoAccounts.PASSWORD);
        assertStatus(403, client.get("workspace/reviews/index.xhtml"));
        assertStatus(403, client.get("workspace/engagements/index.xhtml"));
        PortalClient institution = newClient();
        institution.signIn(DemoAccounts.INSTITUTION, DemoAccounts.PASSWORD);
        assertStatus(403, institution.get("workspace/applications/index.xhtml"));
        assertTrue(institution.get("workspace/index.xhtml").text().contains("评价委托"), "the menu offers the page");
    }

    private String openBatch() {
        return openBatch("PROVINCIAL", 10);
    }

    private String openBatch(String level, int cap) {
        String title = "申报页面测试批次" + System.nanoTime();
        LocalDate deadline = LocalDate.now(OfficialDay.ZONE).plusDays(30);
        PortalClient.Page opened = client.api("POST", "api/workspace/batches", DemoAccounts.PROVINCE, """
                {"year": %d, "level": "%s", "title": "%s", "unitTypes": ["FACTORY", "PARK", "SUPPLY_CHAIN"],
                 "submissionDeadline": "%s", "cityListDeadline": "%s", "quotas": {"330100": 20, "330200": 31},
                 "provincialCap": %d, "nationalCap": %d}
                """.formatted(deadline.getYear(), level, title, deadline, deadline.plusDays(30), cap, cap));
        assertStatus(201, opened);
        return title;
    }

    private long batchId(String title) {
        return Json.array(client.api("GET", "api/workspace/batches", DemoAccounts.PROVINCE, null).body()).stream()
                .map(v -> (JsonObject) v).filter(b -> b.getString("title").equals(title))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private long demoInstitutionId() {
        return Json.array(client.api("GET", "api/workspace/institutions", DemoAccounts.APPLICANT, null).body())
                .stream().map(v -> (JsonObject) v)
                .filter(o -> o.getString("creditCode").equals(DemoAccounts.BINJIANG_INSTITUTION_CODE))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static Element row(PortalClient.Page page, String tableId, String text) {
        Element table = page.document().getElementById(tableId);
        assertNotNull(table, () -> "no table " + tableId + ": " + page.text());
        return table.select("tbody tr").stream().filter(r -> r.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in " + table.text()));
    }

    /** The name of a row's button, as the page numbers it (e.g. engagements:table:3:accept). */
    private static String buttonInRow(PortalClient.Page page, String tableId, String text, String button) {
        return row(page, tableId, text).select("button[id$=:" + button + "]").attr("name");
    }
}
