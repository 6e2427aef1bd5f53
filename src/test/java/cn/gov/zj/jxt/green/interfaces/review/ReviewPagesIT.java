package cn.gov.zj.jxt.green.interfaces.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.DemoFactoryNomination;
import cn.gov.zj.jxt.green.testing.ExpertSignIn;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provincial review through its pages (004 §(十五)–(十六)), as the provincial clerk and the experts use them:
 * the 初审 checklist saved in one go, the conclusion, the panel draw and a decline, the experts' scores, the
 * inspection sample and its result, and the proposed list; each form once as meant and once with bad input, which
 * gets a message and records nothing. The application reaches the review as its applicant, county and city would
 * bring it there, through the API.
 */
class ReviewPagesIT extends PortalClientTest {

    private static final String API = "api/workspace/";
    private static final String REVIEW = "workspace/review/index.xhtml";
    private static final String APPLICATION = "workspace/review/application.xhtml";
    private static final String EXPERTS = "workspace/review/experts.xhtml";
    private static final String DRAWS = "workspace/review/draws.xhtml";
    private static final String ASSIGNMENTS = "workspace/expert/index.xhtml";
    private static final String SCORE = "workspace/expert/score.xhtml";
    private static final String APPLICANT_NAME = DemoFactoryNomination.FACTORY_NAME;

    private DemoFactoryNomination cycle;

    @BeforeEach
    void demoFactory() {
        cycle = new DemoFactoryNomination(client);
    }
    private static final Pattern FINDING = Pattern.compile("checklist:items:(\\d+):finding");

    @Test
    void theProvinceReviewsANominatedApplicationThroughItsPagesOntoTheProposedList() {
        long batchId = cycle.openBatch("评审页面测试批次", Map.of("330100", 1));
        long applicationId = cycle.approvedApplication(batchId);
        cycle.nominateAndSubmit(batchId, applicationId);
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);

        PortalClient.Page list = expect(200, client.get(REVIEW + "?batch=" + batchId));
        assertTrue(row(list, APPLICANT_NAME).contains("未开始"), list.text());
        assertTrue(list.body().contains("workspace/review/application.xhtml?id=" + applicationId), "a link to it");

        // What is reviewed: the application, its report, indicators against benchmarks, its route and history.
        PortalClient.Page page = expect(200, client.get(APPLICATION + "?id=" + applicationId));
        assertTrue(page.body().contains("/api/workspace/applications/" + applicationId + "/report"), "the report");
        assertTrue(row(page, "单位产品综合能耗").contains("0.8") && row(page, "单位产品综合能耗").contains("达到标杆"),
                page.text());
        assertTrue(page.text().contains("已推荐"), "the application's status: " + page.text());
        assertTrue(row(page, "第三方机构").contains("无"), "no institution: evaluated by itself");
        assertTrue(page.document().getElementById("engagements").text().contains("自评价"), page.text());
        assertTrue(page.document().getElementById("history").text().contains("同意"), "the history: " + page.text());
        assertTrue(page.body().contains("workspace/review/index.xhtml?batch=" + batchId), "the way back");

        // 初审: the checklist is one form; nothing chosen, or some, saves nothing and says why.
        PortalClient.Page checklist = expect(200, page.form("open").submit("open:open"));
        assertTrue(checklist.text().contains("已生成初审核查表"), checklist.text());
        int items = itemCount(checklist);
        assertTrue(items >= 12, "every rule and indicator: " + items);
        assertTrue(checklist.text().contains("主要指标处于同行业领先水平"), "rules by name");
        for (String code : List.of("RULE:", "INDICATOR:", "INDICATORS_LEADING", "LEADING", "PASSED")) {
            assertFalse(checklist.text().contains(code), "no code on the page: " + code);
        }
        PortalClient.Page empty = expect(200, checklist.form("checklist").submit("checklist:save"));
        assertTrue(empty.text().contains("核查结论未保存"), empty.text());
        assertTrue(empty.text().contains("请选择核查结论（符合/不符合）"), empty.text());
        assertFalse(empty.text().contains("已保存核查结论"), "no false success");
        assertNothingChecked(applicationId);

        PortalClient.Page partial = expect(200, empty.form("checklist")
                .set("checklist:items:0:finding", "OK")
                .set("checklist:items:1:finding", "NOT_OK")
                .submit("checklist:save"));
        assertTrue(partial.text().contains("核查结论未保存"), partial.text());
        assertTrue(partial.text().contains("结论为“不符合”时请填写说明"), partial.text());
        assertEquals("OK", checked(partial, 0), "what was chosen is kept");
        assertEquals("NOT_OK", checked(partial, 1), "what was chosen is kept");
        assertNothingChecked(applicationId);

        PortalClient.Form all = partial.form("checklist").set("checklist:items:1:note", "取水量口径待现场确认");
        for (int i = 2; i < items; i++) {
            all.set("checklist:items:" + i + ":finding", "OK");
        }
        PortalClient.Page saved = expect(200, all.submit("checklist:save"));
        assertTrue(saved.text().contains("已保存核查结论"), saved.text());
        JsonArray findings = preliminary(applicationId).getJsonArray("items");
        assertEquals(items, findings.size());
        for (int i = 0; i < items; i++) {
            assertEquals(i == 1 ? "NOT_OK" : "OK", findings.getJsonObject(i).getString("finding"), "item " + i);
        }
        assertEquals("取水量口径待现场确认", findings.getJsonObject(1).getString("note"));

        // The conclusion: a return needs reasons; then a pass.
        PortalClient.Page unreasoned = expect(200, saved.form("decision")
                .set("decision:outcome_input", "RETURN").submit("decision:decide"));
        assertTrue(unreasoned.text().contains("退回或不予通过时请填写理由"), unreasoned.text());
        assertTrue(preliminary(applicationId).isNull("outcome"), "not decided");
        PortalClient.Page passed = expect(200, unreasoned.form("decision")
                .set("decision:outcome_input", "PASS").submit("decision:decide"));
        assertTrue(passed.text().contains("已作出初审结论"), passed.text());
        assertEquals("PASS", preliminary(applicationId).getString("outcome"));
        assertFalse(passed.body().contains("checklist:save"), "a decided checklist is read, not edited");
        assertTrue(row(passed, "主要指标处于同行业领先水平").contains("符合"), passed.text());

        // The panel: a size out of range is refused; then two experts, none from the applicant's city.
        PortalClient.Page tooMany = expect(200, passed.form("draw").set("draw:size", "16").submit("draw:draw"));
        assertTrue(tooMany.text().contains("抽取人数应为1至15人"), tooMany.text());
        assertEquals("16", tooMany.document().selectFirst("input[name=draw:size]").val(), "the size typed is kept");
        assertEquals(0, panel(applicationId).size(), "nobody drawn");
        PortalClient.Page drawn = expect(200, tooMany.form("draw").set("draw:size", "2").submit("draw:draw"));
        assertTrue(drawn.text().contains("已随机抽取专家组"), drawn.text());
        assertEquals(2, panel(applicationId).size());

        // A decline needs its reason; with one, the seat is replaced by a new draw.
        PortalClient.Page unexplained = expect(200, drawn.form("panel").submit("panel:seats:0:decline"));
        assertTrue(unexplained.text().contains("请填写回避或谢绝的理由"), unexplained.text());
        assertEquals(2, panel(applicationId).size(), "no one declined");
        PortalClient.Page declined = expect(200, unexplained.form("panel")
                .set("panel:seats:0:reason", "出差无法参加").submit("panel:seats:0:decline"));
        assertTrue(declined.text().contains("已登记谢绝并补充抽取"), declined.text());
        assertTrue(declined.text().contains("出差无法参加"), declined.text());
        List<JsonObject> seats = panel(applicationId).stream().map(JsonValue::asJsonObject).toList();
        assertEquals(3, seats.size());
        List<JsonObject> active = seats.stream().filter(s -> s.getString("status").equals("ACTIVE")).toList();
        assertEquals(2, active.size());

        // The experts score, each on his own page: blanks and a score out of range are refused, nothing lost.
        JsonObject first = active.get(0);
        long firstSeat = first.getJsonNumber("id").longValue();
        PortalClient expert = new ExpertSignIn(client, this::newClient).as(first.getJsonNumber("expertId").longValue());
        PortalClient.Page tasks = expect(200, expert.get(ASSIGNMENTS));
        assertTrue(tasks.text().contains(APPLICANT_NAME), tasks.text());
        assertTrue(tasks.body().contains("workspace/expert/score.xhtml?id=" + firstSeat), "a link to score it");
        PortalClient.Page form = expect(200, expert.get(SCORE + "?id=" + firstSeat));
        assertTrue(form.text().contains("单位产品综合能耗"), "indicators by name: " + form.text());
        PortalClient.Page blank = expect(200, form.form("score").submit("score:save"));
        assertTrue(blank.text().contains("评分未保存"), blank.text());
        assertTrue(blank.text().contains("请填写分数"), blank.text());
        assertNoScore(applicationId, firstSeat);

        PortalClient.Form outOfRange = blank.form("score").set("score:criteria:0:value", "150")
                .set("score:criteria:0:comment", "能耗数据翔实");
        for (int i = 1; i < 5; i++) {
            outOfRange.set("score:criteria:" + i + ":value", String.valueOf(80 + i));
        }
        PortalClient.Page refused = expect(200, outOfRange.set("score:overall", "材料完整").submit("score:save"));
        assertTrue(refused.text().contains("分数应在0至100之间"), refused.text());
        assertEquals("150", value(refused, "score:criteria:0:value"), "the typed score is kept");
        assertEquals("能耗数据翔实", value(refused, "score:criteria:0:comment"));
        assertEquals("84", value(refused, "score:criteria:4:value"));
        assertEquals("材料完整", refused.document().selectFirst("textarea[name=score:overall]").text());
        assertNoScore(applicationId, firstSeat);

        PortalClient.Page scored = expect(200, refused.form("score").set("score:criteria:0:value", "90")
                .submit("score:save"));
        assertTrue(scored.text().contains("评分已保存"), scored.text());
        assertTrue(row(scored, APPLICANT_NAME).contains("是"), "marked scored: " + scored.text());
        PortalClient.Page reloaded = expect(200, expert.get(SCORE + "?id=" + firstSeat));
        assertEquals("90", value(reloaded, "score:criteria:0:value"), "saved, and shown again");
        assertEquals("84", value(reloaded, "score:criteria:4:value"));
        assertEquals("能耗数据翔实", value(reloaded, "score:criteria:0:comment"));

        JsonObject second = active.get(1);
        long secondSeat = second.getJsonNumber("id").longValue();
        PortalClient other = new ExpertSignIn(client, this::newClient).as(second.getJsonNumber("expertId").longValue());
        PortalClient.Form secondForm = expect(200, other.get(SCORE + "?id=" + secondSeat)).form("score");
        for (int i = 0; i < 5; i++) {
            secondForm.set("score:criteria:" + i + ":value", "85");
        }
        assertTrue(secondForm.submit("score:save").text().contains("评分已保存"));
        PortalClient.Page aggregate = expect(200, client.get(APPLICATION + "?id=" + applicationId));
        assertTrue(aggregate.text().contains("2 / 2"), "both scores in: " + aggregate.text());

        // The inspection sample: a share out of range is refused; one drawn by count, flagged ones first.
        PortalClient.Page overview = expect(200, client.get(REVIEW + "?batch=" + batchId));
        PortalClient.Page badShare = expect(200, overview.form("sample").set("sample:share", "150")
                .set("sample:count", "").submit("sample:draw"));
        assertTrue(badShare.text().contains("抽查比例应在0至100之间"), badShare.text());
        assertEquals("150", value(badShare, "sample:share"));
        assertEquals(0, inspections(batchId).size(), "nothing drawn");
        PortalClient.Page sampled = expect(200, badShare.form("sample").set("sample:share", "")
                .set("sample:count", "1").submit("sample:draw"));
        assertTrue(sampled.text().contains("已抽取现场核查名单，共1家"), sampled.text());
        assertEquals(1, inspections(batchId).size());
        assertTrue(row(sampled, APPLICANT_NAME).contains("待核查"), sampled.text());

        // Its result: a problem needs its findings; then confirmed.
        PortalClient.Page toInspect = expect(200, client.get(APPLICATION + "?id=" + applicationId));
        PortalClient.Page noResult = expect(200, toInspect.form("inspection").submit("inspection:record"));
        assertTrue(noResult.text().contains("请选择核查结论"), noResult.text());
        PortalClient.Page noFindings = expect(200, noResult.form("inspection")
                .set("inspection:result_input", "PROBLEMS_FOUND").submit("inspection:record"));
        assertTrue(noFindings.text().contains("发现问题时请填写核查发现"), noFindings.text());
        assertTrue(inspections(batchId).getJsonObject(0).isNull("result"), "nothing recorded");
        PortalClient.Page confirmed = expect(200, noFindings.form("inspection")
                .set("inspection:result_input", "CONFIRMED")
                .set("inspection:findings", "现场核实取水量口径无误").submit("inspection:record"));
        assertTrue(confirmed.text().contains("已记录核查结论"), confirmed.text());
        assertEquals("CONFIRMED", inspections(batchId).getJsonObject(0).getString("result"));
        assertTrue(confirmed.text().contains("可列入拟入选名单"), confirmed.text());

        // The proposed list: leaving out needs a reason; then left out, then put in after all.
        PortalClient.Page unjustified = expect(200, confirmed.form("proposal").submit("proposal:exclude"));
        assertTrue(unjustified.text().contains("不列入拟入选名单时请填写理由"), unjustified.text());
        assertEquals(0, proposed(batchId).size());
        PortalClient.Page excluded = expect(200, unjustified.form("proposal")
                .set("proposal:reason", "待复核能耗台账").submit("proposal:exclude"));
        assertTrue(excluded.document().getElementById("proposalState").text().contains("不列入"), excluded.text());
        assertEquals(0, proposed(batchId).size(), "left out");
        PortalClient.Page included = expect(200, excluded.form("proposal").set("proposal:reason", "")
                .submit("proposal:include"));
        assertTrue(included.text().contains("已保存"), included.text());
        assertEquals(1, proposed(batchId).size());
        PortalClient.Page proposedList = expect(200, client.get(REVIEW + "?batch=" + batchId));
        assertTrue(proposedList.document().getElementById("proposed").text().contains(APPLICANT_NAME),
                proposedList.text());
        assertTrue(row(proposedList, APPLICANT_NAME).contains("列入"), proposedList.text());
    }

    @Test
    void theProvinceAddsAnExpertThroughThePoolPageAndAFormWithoutANameIsRefusedWithWhatWasTyped() {
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        String name = "页面专家" + UUID.randomUUID().toString().substring(0, 6);
        PortalClient.Page pool = expect(200, client.get(EXPERTS));
        PortalClient.Page nameless = expect(200, pool.form("expert")
                .set("expert:specialty", "工业固废利用")
                .set("expert:employer", "浙江科技大学")
                .set("expert:city_input", "330800")
                .submit("expert:save"));
        assertTrue(nameless.text().contains("请填写专家姓名"), nameless.text());
        assertEquals("工业固废利用", value(nameless, "expert:specialty"), "what was typed is kept");
        assertTrue(experts().stream().noneMatch(e -> e.asJsonObject().getString("employerName").equals("浙江科技大学")
                && e.asJsonObject().getString("specialty").equals("工业固废利用")), "nobody added");

        PortalClient.Page added = expect(200, nameless.form("expert").set("expert:name", name).submit("expert:save"));
        assertTrue(added.text().contains("已添加专家“" + name + "”"), added.text());
        assertTrue(row(added, name).contains("衢州市"), added.text());
    }

    @Test
    void theDisciplineOfficeReadsTheReviewAndReRunsADrawWithoutAnyFormToEdit() {
        long demoApplication = demoApplication();
        PortalClient supervisor = newClient();
        supervisor.signIn(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);

        PortalClient.Page page = expect(200, supervisor.get(APPLICATION + "?id=" + demoApplication));
        assertTrue(page.text().contains(APPLICANT_NAME), page.text());
        assertTrue(page.body().contains("/api/workspace/applications/" + demoApplication + "/report"), "the report");
        assertTrue(page.document().select("#checked tbody tr").stream().map(r -> r.text())
                .anyMatch(t -> t.contains("主要指标处于同行业领先水平") && t.contains("符合")),
                "the checklist, read only: " + page.text());
        assertTrue(page.text().contains("初审通过"), page.text());
        for (String form : List.of("open", "checklist", "decision", "draw", "inspection", "proposal")) {
            assertNull(page.document().getElementById(form), "no form " + form + " for a reader");
        }
        assertTrue(page.document().select("[name$=:decline]").isEmpty(), "no decline for a reader");
        long batchId = Json.object(expect(200, supervisor.api("GET", API + "applications/" + demoApplication,
                DemoAccounts.SUPERVISOR, null)).body()).getJsonNumber("batchId").longValue();
        PortalClient.Page list = expect(200, supervisor.get(REVIEW + "?batch=" + batchId));
        assertTrue(list.text().contains(APPLICANT_NAME), list.text());
        assertNull(list.document().getElementById("sample"), "no sample form for a reader");
        assertNull(expect(200, supervisor.get(EXPERTS)).document().getElementById("expert"), "no pool form");

        PortalClient.Page draws = expect(200, supervisor.get(DRAWS));
        Matcher id = Pattern.compile("^(\\d+)").matcher(draws.document().select("#draws\\:table tbody tr td").get(0)
                .text());
        assertTrue(id.find(), draws.text());
        PortalClient.Page verified = expect(200, draws.form("draws").submit("draws:table:0:verify"));
        assertTrue(verified.text().contains("第" + id.group(1) + "号抽取记录复算结果与记录一致"), verified.text());

        PortalClient expert = newClient();
        expert.signIn(DemoAccounts.EXPERT, DemoAccounts.PASSWORD);
        assertEquals(403, expert.get(APPLICATION + "?id=" + demoApplication).status(), "not the clerk's page");
    }

    /** The application of the demo's 2025 panel, found as the demo expert finds his assignments. */
    private long demoApplication() {
        return Json.array(expect(200, client.api("GET", API + "review/assignments", DemoAccounts.EXPERT, null)).body())
                .stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonObject("application").getString("creditCode")
                        .equals(DemoAccounts.XIHU_FACTORY_CODE))
                .findFirst().orElseThrow().getJsonObject("application").getJsonNumber("id").longValue();
    }

    // ---- what the portal recorded, read through the API --------------------------------------------------

    private JsonObject preliminary(long applicationId) {
        return Json.object(expect(200, client.api("GET", API + "review/applications/" + applicationId
                + "/preliminary", DemoAccounts.PROVINCE, null)).body());
    }

    private void assertNothingChecked(long applicationId) {
        for (JsonValue item : preliminary(applicationId).getJsonArray("items")) {
            assertTrue(item.asJsonObject().isNull("finding"), "nothing recorded: " + item);
        }
    }

    private JsonArray panel(long applicationId) {
        return Json.array(expect(200, client.api("GET", API + "review/applications/" + applicationId + "/panel",
                DemoAccounts.PROVINCE, null)).body());
    }

    private JsonArray experts() {
        return Json.array(expect(200, client.api("GET", API + "review/experts", DemoAccounts.PROVINCE, null)).body());
    }

    private void assertNoScore(long applicationId, long seat) {
        JsonArray totals = Json.object(expect(200, client.api("GET", API + "review/applications/" + applicationId
                + "/scores", DemoAccounts.PROVINCE, null)).body()).getJsonArray("totals");
        assertTrue(totals.stream().noneMatch(t -> t.asJsonObject().getJsonNumber("assignmentId").longValue() == seat),
                "no score recorded: " + totals);
    }

    private JsonArray inspections(long batchId) {
        return Json.array(expect(200, client.api("GET", API + "review/batches/" + batchId + "/inspections",
                DemoAccounts.PROVINCE, null)).body());
    }

    private JsonArray proposed(long batchId) {
        return Json.array(expect(200, client.api("GET", API + "review/batches/" + batchId + "/proposed",
                DemoAccounts.PROVINCE, null)).body());
    }

    // ---- reading pages ------------------------------------------------------------------------------------

    private static int itemCount(PortalClient.Page page) {
        return (int) page.document().select("input[type=radio]").stream().map(i -> FINDING.matcher(i.attr("name")))
                .filter(Matcher::matches).map(m -> m.group(1)).distinct().count();
    }

    /** The value of the checked radio button of checklist item {@code i}, or null. */
    private static String checked(PortalClient.Page page, int i) {
        var radio = page.document().selectFirst("input[type=radio][name=checklist:items:" + i + ":finding][checked]");
        return radio == null ? null : radio.val();
    }

    private static String value(PortalClient.Page page, String name) {
        var input = page.document().selectFirst("input[name=" + name + "]");
        assertNotNull(input, "no input " + name + ": " + page.body());
        return input.val();
    }

    /** The text of the first table or details row that mentions {@code needle}. */
    private static String row(PortalClient.Page page, String needle) {
        return page.document().select("tr, dl .row").stream().map(r -> r.text()).filter(t -> t.contains(needle))
                .findFirst().orElseThrow(() -> new AssertionError("no row with " + needle + ": " + page.text()));
    }

    private static PortalClient.Page expect(int status, PortalClient.Page page) {
        PortalClient.assertStatus(status, page);
        return page;
    }
}
