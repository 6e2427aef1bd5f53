package cn.gov.zj.jxt.green.interfaces.park;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A park's circular transformation plan (发改办环资〔2021〕1004号) through its pages, right and wrong: the park writes
 * it on workspace/transformation-plans/edit.xhtml (refused without its basics, with a rate over 100 and a project
 * ending before it starts; nothing saved), submits it; the province returns it on
 * workspace/transformation-plans/view.xhtml (refused without comments), the park revises and resubmits it, the
 * province approves it (the button pressed again from the old page decides nothing twice); the park is told, the
 * city reads it, another city cannot, and the public page and open data show its expected outcomes. The demo's two
 * plans are there too: one approved, one returned with comments.
 */
class TransformationPlanPagesIT extends PortalClientTest {

    private static final String PARK = "宁波临港绿色产业园区管理委员会（示例）";
    private static final String BASICS = "园区规划面积25平方公里，以石化新材料和高端装备为主导产业。\n已建成集中供热设施。";

    @Test
    void aParkFilesItsPlanTheProvinceReturnsItAndApprovesTheRevisionAndEachWrongStepIsRefused() {
        client.signIn(DemoAccounts.NINGBO_PARK, DemoAccounts.PASSWORD);
        PortalClient.Page blank = client.get("workspace/transformation-plans/edit.xhtml");
        assertStatus(200, blank);
        assertStatus(404, client.api("GET", "api/workspace/transformation-plans/own", DemoAccounts.NINGBO_PARK, null));

        // Wrong: no basics, a utilisation rate over 100, a project that ends before it starts. Nothing is saved.
        PortalClient.Page wrong = filled(blank.form("plan")).set("plan:basics", " ")
                .set("plan:solidWasteUtilisation", "120").set("plan:projects:0:endYear", "2021")
                .submit("plan:submit");
        assertStatus(200, wrong);
        assertEquals("请填写园区基本情况", wrong.error("plan:basics"), wrong.text());
        assertEquals("应为0至100之间的百分数", wrong.error("plan:solidWasteUtilisation"), wrong.text());
        assertEquals("完成年份不能早于开始年份", cellError(wrong, "plan:projects:0:endYear"), wrong.text());
        assertEquals("园区中水回用工程", wrong.document().getElementById("plan:projects:0:name").val(), "kept");
        assertStatus(404, client.api("GET", "api/workspace/transformation-plans/own", DemoAccounts.NINGBO_PARK, null));

        // Right: submitted at once; the page then shows the plan, no longer a form.
        PortalClient.Page submitted = filled(wrong.form("plan")).set("plan:solidWasteUtilisation", "95.5")
                .set("plan:projects:0:endYear", "2024").submit("plan:submit");
        assertStatus(200, submitted);
        assertTrue(submitted.text().contains(PARK + "的实施方案已提交省级审核。"), submitted.text());
        assertNull(submitted.document().getElementById("plan"), "a submitted plan is not edited");
        JsonObject plan = own();
        long id = plan.getJsonNumber("id").longValue();
        assertEquals("SUBMITTED", plan.getString("status"));
        assertEquals(BASICS, plan.getString("basics"));
        assertEquals(2, plan.getJsonArray("projects").size(), "the blank row is left out");
        assertEquals("95.50", plan.getJsonObject("outcomes").getJsonNumber("solidWasteUtilisation").toString());

        // The province: its list names the plan; a return without comments is refused, with them it is returned.
        PortalClient province = newClient();
        province.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        assertTrue(province.get("workspace/transformation-plans/index.xhtml?status=SUBMITTED").text().contains(PARK));
        PortalClient.Page review = province.get("workspace/transformation-plans/view.xhtml?id=" + id);
        assertStatus(200, review);
        PortalClient.Page noComment = review.form("decision").set("decision:comment", " ").submit("decision:return");
        assertStatus(200, noComment);
        assertEquals("退回修改时请填写审核意见", noComment.error("decision:comment"), noComment.text());
        assertEquals("SUBMITTED", own().getString("status"));
        PortalClient.Page returned = noComment.form("decision").set("decision:comment", "请补充项目资金来源。")
                .submit("decision:return");
        assertStatus(200, returned);
        assertTrue(returned.text().contains("已将" + PARK + "的实施方案退回修改。"), returned.text());
        assertEquals("RETURNED", own().getString("status"));
        assertTrue(inbox().contains("循环化改造实施方案退回修改"), "the park is told");

        // The park sees the comments, revises and submits again.
        PortalClient.Page again = client.get("workspace/transformation-plans/edit.xhtml");
        assertTrue(again.document().getElementById("history").text().contains("请补充项目资金来源。"), again.text());
        PortalClient.Page resubmitted = filled(again.form("plan"))
                .set("plan:measures", "设立专项资金1亿元，由管委会财政局统筹。").submit("plan:submit");
        assertTrue(resubmitted.text().contains(PARK + "的实施方案已提交省级审核。"), resubmitted.text());
        assertEquals("SUBMITTED", own().getString("status"));

        // Approved once; the same button pressed again from the old page decides nothing.
        PortalClient.Page second = province.get("workspace/transformation-plans/view.xhtml?id=" + id);
        PortalClient.Page approved = second.form("decision").submit("decision:approve");
        assertStatus(200, approved);
        assertTrue(approved.text().contains("已审核同意" + PARK + "的实施方案。"), approved.text());
        assertNull(approved.document().getElementById("decision"), "nothing left to decide");
        PortalClient.Page twice = second.form("decision").submit("decision:return");
        assertStatus(200, twice);
        JsonObject done = own();
        assertEquals("APPROVED", done.getString("status"));
        JsonArray history = done.getJsonArray("history");
        assertEquals("SUBMITTED,RETURNED,SUBMITTED,APPROVED", String.join(",",
                history.stream().map(e -> e.asJsonObject().getString("kind")).toList()));
        assertEquals("设立专项资金1亿元，由管委会财政局统筹。", done.getString("measures"));
        assertTrue(inbox().contains("循环化改造实施方案已审核同意"), "the park is told");

        // 宁波's clerk reads it; 杭州's cannot.
        PortalClient.Page ningbo = client.api("GET", "api/workspace/transformation-plans", DemoAccounts.NINGBO, null);
        assertStatus(200, ningbo);
        assertTrue(ningbo.body().contains(PARK), ningbo.body());
        assertStatus(403, client.api("GET", "api/workspace/transformation-plans/" + id, DemoAccounts.HANGZHOU, null));
        assertFalse(client.api("GET", "api/workspace/transformation-plans", DemoAccounts.HANGZHOU, null).body()
                .contains(PARK));

        // The public sees the approved plans' expected outcomes: this one and the demo's, not the returned one.
        PortalClient reader = newClient();
        PortalClient.Page page = reader.get("transformation-plans.xhtml");
        assertStatus(200, page);
        String table = page.document().getElementById("plans").text();
        assertTrue(table.contains(PARK) && table.contains("湖州南太湖绿色智造产业园区管理委员会（示例）"), table);
        assertFalse(table.contains("杭州钱塘绿色化工园区管理委员会（示例）"), "a returned plan is not public");
        assertTrue(table.contains("95.50"), table);
        JsonObject open = Json.object(reader.api("GET", "api/transformation-plans", null, null).body());
        assertTrue(open.getJsonArray("plans").stream().anyMatch(p -> p.asJsonObject().getString("park").equals(PARK)
                && p.asJsonObject().getJsonObject("outcomes").getJsonNumber("energySaved").intValue() == 15000));
    }

    @Test
    void theDemoHasOneApprovedPlanAndOneReturnedWithCommentsAndOnlyAParkFilesOne() {
        PortalClient.Page list = client.api("GET", "api/workspace/transformation-plans", DemoAccounts.PROVINCE, null);
        assertStatus(200, list);
        JsonArray plans = Json.array(list.body());
        assertTrue(plans.stream().anyMatch(p -> p.asJsonObject().getString("park")
                .equals("湖州南太湖绿色智造产业园区管理委员会（示例）")
                && p.asJsonObject().getString("status").equals("APPROVED")), list.body());
        long returned = plans.stream().map(p -> p.asJsonObject())
                .filter(p -> p.getString("park").equals("杭州钱塘绿色化工园区管理委员会（示例）")
                        && p.getString("status").equals("RETURNED"))
                .mapToLong(p -> p.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        JsonObject plan = Json.object(client.api("GET", "api/workspace/transformation-plans/" + returned,
                DemoAccounts.PROVINCE, null).body());
        JsonObject last = plan.getJsonArray("history").getJsonObject(plan.getJsonArray("history").size() - 1);
        assertEquals("RETURNED", last.getString("kind"));
        assertFalse(last.getString("comment").isBlank());

        client.signIn(DemoAccounts.APPLICANT, DemoAccounts.PASSWORD);
        PortalClient.Page factory = client.get("workspace/transformation-plans/edit.xhtml");
        assertStatus(200, factory);
        assertTrue(factory.document().getElementById("parksOnly") != null, factory.text());
        assertNull(factory.document().getElementById("plan"), "no form for a factory");

        // A clerk files no plan: the page is refused, not shown empty.
        PortalClient clerk = newClient();
        clerk.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        assertStatus(403, clerk.get("workspace/transformation-plans/edit.xhtml"));
    }

    /** The plan form filled as intended: textareas are not read back from the page, so they are typed each time. */
    private static PortalClient.Form filled(PortalClient.Form form) {
        return form.set("plan:basics", BASICS).set("plan:mainTasks", "推进中水回用和余热利用。")
                .set("plan:measures", "管委会成立工作专班。")
                .set("plan:projects:0:name", "园区中水回用工程").set("plan:projects:0:content", "建设日处理1万吨中水回用设施")
                .set("plan:projects:0:investment", "6800").set("plan:projects:0:startYear", "2022")
                .set("plan:projects:1:name", "余热回收利用").set("plan:projects:1:content", "建设余热锅炉4台")
                .set("plan:projects:1:investment", "5200.5").set("plan:projects:1:startYear", "2023")
                .set("plan:projects:1:endYear", "2025")
                .set("plan:energySaved", "15000").set("plan:waterSaved", "900000").set("plan:co2Reduced", "39000")
                .set("plan:solidWasteReduced", "12000").set("plan:wastewaterReduced", "500000")
                .set("plan:airPollutantsReduced", "210").set("plan:energyPerGdp", "0.45")
                .set("plan:waterPerGdp", "6.2").set("plan:solidWasteUtilisation", "95.5");
    }

    private JsonObject own() {
        PortalClient.Page page = client.api("GET", "api/workspace/transformation-plans/own", DemoAccounts.NINGBO_PARK,
                null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    private String inbox() {
        PortalClient.Page page = client.api("GET", "api/workspace/notifications", DemoAccounts.NINGBO_PARK, null);
        assertStatus(200, page);
        return page.body();
    }

    private static String cellError(PortalClient.Page page, String id) {
        Element input = page.document().getElementById(id);
        assertTrue(input != null, "no #" + id + " on " + page.uri());
        return input.closest("td").select(".ui-message-error").text().strip();
    }
}
