package cn.gov.zj.jxt.green.interfaces.nomination;

import static cn.gov.zj.jxt.green.testing.DemoFactoryNomination.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.DemoFactoryNomination;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The nomination cycle's forms refuse what they must (003 §三, 004 §(十四)): each refusal is said in words beside
 * the field or at the top of the page, what the clerk typed is still there, and nothing was recorded.
 */
class NominationBadInputPagesIT extends PortalClientTest {

    private static final String API = "api/workspace/";
    private static final String APPLICANT_NAME = DemoFactoryNomination.FACTORY_NAME;

    private DemoFactoryNomination cycle;

    @BeforeEach
    void demoFactory() {
        cycle = new DemoFactoryNomination(client);
    }

    @Test
    void theLetterIsNotIssuedWithANumberOfMoreThan80Characters() {
        long batchId = cycle.openBatch("错误输入批次", Map.of("330100", 2, "330200", 1));
        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        PortalClient.Page page = expect(200, client.get("workspace/nomination/index.xhtml?batch=" + batchId));
        String number = "杭经信函〔" + today().getYear() + "〕" + "1".repeat(80) + "号";

        PortalClient.Page refused = expect(200, page.form("letter").set("letter:number", number)
                .submit("letter:issue"));

        assertEquals("推荐函文号不超过80字", refused.error("letter:number"), refused.text());
        assertEquals(number, refused.document().getElementById("letter:number").val(), "what was typed is kept");
        assertFalse(refused.text().contains("推荐函已生成"), refused.text());
        assertTrue(refused.text().contains("尚未生成推荐函"), refused.text());
        JsonObject submission = cycle.submission(batchId);
        assertTrue(submission.isNull("letterId"), submission.toString());
        assertTrue(submission.isNull("letterNumber"), submission.toString());
        assertEquals("PREPARING", submission.getString("status"), submission.toString());
    }

    @Test
    void theLetterIsNotIssuedWhileNoOneIsNominated() {
        long batchId = cycle.openBatch("错误输入批次", Map.of("330100", 2, "330200", 1));
        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        PortalClient.Page page = expect(200, client.get("workspace/nomination/index.xhtml?batch=" + batchId));
        String number = "杭经信函〔" + today().getYear() + "〕7号";

        PortalClient.Page refused = expect(200, page.form("letter").set("letter:number", number)
                .submit("letter:issue"));

        assertTrue(refused.text().contains("推荐名单为空，请先选择推荐单位。"), refused.text());
        assertEquals(number, refused.document().getElementById("letter:number").val(), "what was typed is kept");
        assertTrue(refused.text().contains("尚未生成推荐函"), refused.text());
        JsonObject submission = cycle.submission(batchId);
        assertTrue(submission.isNull("letterId"), submission.toString());
        assertEquals("PREPARING", submission.getString("status"), submission.toString());
    }

    @Test
    void aUnitIsNotListedMunicipalWithoutTheBasis() {
        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        int listed = municipalList().size();
        PortalClient.Page found = findTheFactory();

        PortalClient.Page refused = expect(200, found.form("addList")
                .set("addList:organisation_input", factoryOption(found))
                .set("addList:year", String.valueOf(today().getYear()))
                .set("addList:basis", "")
                .submit("addList:add"));

        assertEquals("请填写列入依据（如市级名单发布文件）", refused.error("addList:basis"), refused.text());
        assertEquals(String.valueOf(today().getYear()), refused.document().getElementById("addList:year").val(),
                "the year typed is kept");
        assertFalse(refused.text().contains("已将“" + APPLICANT_NAME + "”列入市级名单"), refused.text());
        assertEquals(listed, municipalList().size(), "nothing listed");
    }

    @Test
    void aUnitIsNotListedMunicipalWithoutAYear() {
        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        int listed = municipalList().size();
        PortalClient.Page found = findTheFactory();
        String basis = "杭经信〔" + today().getYear() + "〕9号";

        PortalClient.Page refused = expect(200, found.form("addList")
                .set("addList:organisation_input", factoryOption(found))
                .set("addList:year", "")
                .set("addList:basis", basis)
                .submit("addList:add"));

        assertEquals("列入年度应在2000年至今年之间", refused.error("addList:year"), refused.text());
        assertEquals(basis, refused.document().getElementById("addList:basis").val(), "the basis typed is kept");
        assertEquals(listed, municipalList().size(), "nothing listed");
    }

    @Test
    void nothingIsAddedToThePoolWithoutChoosingAUnit() {
        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        int entries = pool().size();
        PortalClient.Page found = findTheFactory();
        String plan = "2027年完成光伏改造，单位产品能耗下降10%";

        PortalClient.Page refused = expect(200, found.form("addPool")
                .set("addPool:organisation_input", "")
                .set("addPool:plan", plan)
                .submit("addPool:add"));

        assertEquals("请先查找并选择单位。", refused.error("addPool:organisation"), refused.text());
        assertEquals(plan, refused.document().getElementById("addPool:plan").text(), "the plan typed is kept");
        assertEquals(entries, pool().size(), "nothing added to the pool");
    }

    @Test
    void aSubmissionIsNotReturnedWithoutAReasonNorWithoutACorrectionDate() {
        long batchId = submittedBatch(1);
        LocalDate due = today().plusDays(5);

        PortalClient.Page noReason = expect(200, returnForm(batchId).form("return")
                .set("return:reason", "")
                .set("return:correctionDue_input", due.toString())
                .submit("return:confirm"));

        assertEquals("退回时请说明原因", noReason.error("return:reason"), noReason.text());
        assertEquals(due.toString(), noReason.document().getElementById("return:correctionDue_input").val(),
                "the date chosen is kept");
        assertFalse(noReason.text().contains("已退回杭州市的推荐名单"), noReason.text());
        JsonObject submission = cycle.submission(batchId);
        assertEquals("SUBMITTED", submission.getString("status"), submission.toString());
        assertTrue(submission.isNull("returnReason"), submission.toString());

        String reason = "汇总表缺少评价机构名称";
        PortalClient.Page noDate = expect(200, noReason.form("return")
                .set("return:reason", reason)
                .set("return:correctionDue_input", "")
                .submit("return:confirm"));

        assertEquals("请指定今天或以后的修改截止日期", noDate.error("return:correctionDue"), noDate.text());
        assertEquals(reason, noDate.document().getElementById("return:reason").text(), "the reason typed is kept");
        assertFalse(noDate.text().contains("已退回杭州市的推荐名单"), noDate.text());
        submission = cycle.submission(batchId);
        assertEquals("SUBMITTED", submission.getString("status"), submission.toString());
        assertTrue(submission.isNull("correctionDue"), submission.toString());
    }

    @Test
    void noOneIsNominatedBeyondTheCitysQuota() {
        long batchId = cycle.openBatch("错误输入批次", Map.of("330100", 0, "330200", 1));
        long applicationId = cycle.approvedApplication(batchId);
        cycle.listMunicipal();
        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        PortalClient.Page page = expect(200, client.get("workspace/nomination/index.xhtml?batch=" + batchId));
        assertTrue(page.text().contains("已推荐 / 推荐名额 0 / 0"), page.text());

        PortalClient.Page refused = expect(200, page.form("candidates").submit("candidates:table:0:nominate"));

        assertTrue(refused.text().contains("杭州市推荐名额已用完（已推荐0家，名额0个），如需推荐请先撤下其他单位。"),
                refused.text());
        assertTrue(refused.text().contains("已推荐 / 推荐名额 0 / 0"), refused.text());
        assertEquals("APPROVED", cycle.application(applicationId).getString("status"), "not nominated");
    }

    @Test
    void theApplicantDoesNotApplyTwiceToTheSameBatch() {
        long batchId = cycle.openBatch("错误输入批次", Map.of("330100", 2, "330200", 1));
        String title = Json.object(expect(200, client.api("GET", API + "batches/" + batchId, DemoAccounts.PROVINCE,
                null)).body()).getString("title");
        client.signIn(DemoAccounts.APPLICANT, DemoAccounts.PASSWORD);
        PortalClient.Page list = expect(200, client.get("workspace/applications/index.xhtml"));
        // Meanwhile the application is started elsewhere (another tab), and the list still offers the batch.
        expect(201, client.api("POST", API + "batches/" + batchId + "/applications", DemoAccounts.APPLICANT, null));
        int applications = mine().size();

        String apply = list.document().getElementById("applications:open").select("tbody tr").stream()
                .filter(r -> r.text().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError(list.text())).select("button[id$=:apply]").attr("name");
        PortalClient.Page refused = expect(200, list.form("applications").submit(apply));

        assertTrue(refused.text().contains("贵单位已在本批次申报，请打开原申报继续填写。"), refused.text());
        assertTrue(refused.uri().contains("workspace/applications/index.xhtml"), refused.uri());
        assertEquals(1, Json.object(expect(200, client.api("GET", API + "batches/" + batchId + "/applications",
                DemoAccounts.PROVINCE, null)).body()).getJsonNumber("total").intValue(), "one application, not two");
        assertEquals(applications, mine().size(), "none started in another batch either");
        assertFalse(refused.document().getElementById("applications:open").text().contains(title),
                "the batch is no longer offered");
    }

    /** A batch in which Hangzhou nominated the demo factory, issued its letter and submitted, all through the API. */
    private long submittedBatch(int hangzhouQuota) {
        long batchId = cycle.openBatch("错误输入批次", Map.of("330100", hangzhouQuota, "330200", 1));
        cycle.nominateAndSubmit(batchId, cycle.approvedApplication(batchId));
        return batchId;
    }

    /** The province opens Hangzhou's line of the batch's overview for return. */
    private PortalClient.Page returnForm(long batchId) {
        PortalClient province = newClient();
        province.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page overview = expect(200, province.get("workspace/batches/view.xhtml?id=" + batchId));
        assertTrue(row(overview, "杭州市").contains("已报送"), overview.text());
        PortalClient.Page asked = expect(200, overview.form("cities").submit("cities:table:0:return"));
        assertTrue(asked.body().contains("id=\"return:reason\""), asked.text());
        return asked;
    }

    /** The pool page with the demo factory of 西湖区 found by its credit code. */
    private PortalClient.Page findTheFactory() {
        PortalClient.Page pool = expect(200, client.get("workspace/nomination/pool.xhtml"));
        return expect(200, pool.form("find").set("find:text", DemoAccounts.XIHU_FACTORY_CODE).submit("find:search"));
    }

    private static String factoryOption(PortalClient.Page found) {
        return found.document().select("select[name=addList:organisation_input] option").stream()
                .filter(o -> o.text().contains(DemoAccounts.XIHU_FACTORY_CODE)).findFirst()
                .orElseThrow(() -> new AssertionError(found.body())).val();
    }

    private JsonArray municipalList() {
        return Json.array(expect(200, client.api("GET", API + "municipal-list", DemoAccounts.HANGZHOU, null)).body());
    }

    private JsonArray mine() {
        return Json.array(expect(200, client.api("GET", API + "applications", DemoAccounts.APPLICANT, null)).body());
    }

    private JsonArray pool() {
        return Json.array(expect(200, client.api("GET", API + "pool", DemoAccounts.HANGZHOU, null)).body());
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
