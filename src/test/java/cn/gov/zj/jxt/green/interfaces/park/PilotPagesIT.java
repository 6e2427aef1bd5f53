package cn.gov.zj.jxt.green.interfaces.park;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import cn.gov.zj.jxt.green.testing.SampleFiles;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * National low-carbon industrial park pilots (工信部联节〔2013〕408号) through their pages, right and wrong: the
 * province opens a call on workspace/pilots/index.xhtml (refused without a title and with a past due date); two
 * parks apply on workspace/pilots/apply.xhtml (refused with a condition unticked, a section blank, more waste used
 * than made, and with an executable sent as the PDF; nothing saved); the province checks eligibility on
 * workspace/pilots/call.xhtml (a refusal without its reason is refused), shortlists, is refused the letter with one
 * park, issues it with two — the DOCX says what the letter must — and records the ministries' approval on
 * workspace/pilots/application.xhtml (refused without a stage), after which the park files its plan; the public
 * page lists the call and the recommended parks. The park is told each decision; 宁波's city clerk reads the
 * call with 宁波's park only and its application without a button, and is refused 杭州's.
 */
class PilotPagesIT extends PortalClientTest {

    private static final String NINGBO_PARK = "宁波临港绿色产业园区管理委员会（示例）";
    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

    @Test
    void aCallIsOpenedTwoParksApplyTheProvinceShortlistsThemAndIssuesTheJointLetter() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String title = year + "年国家低碳工业园区试点申报（页面测试" + suffix + "）";
        PortalClient province = newClient();
        province.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);

        // Open the call: refused without a title, refused with a due date in the past, then opened.
        PortalClient.Page index = province.get("workspace/pilots/index.xhtml");
        assertStatus(200, index);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        PortalClient.Page noTitle = index.form("call").set("call:title", " ")
                .set("call:recommendationDue_input", LocalDate.parse(today).plusDays(30).toString())
                .submit("call:open");
        assertStatus(200, noTitle);
        assertEquals("请填写通知名称", noTitle.error("call:title"), noTitle.text());
        PortalClient.Page past = noTitle.form("call").set("call:title", title)
                .set("call:recommendationDue_input", today).submit("call:open");
        assertEquals("推荐截止日期应在今天之后", past.error("call:recommendationDue"), past.text());
        assertFalse(calls().contains(title), "nothing opened");
        PortalClient.Page opened = past.form("call").set("call:title", title)
                .set("call:recommendationDue_input", LocalDate.parse(today).plusDays(30).toString())
                .submit("call:open");
        assertStatus(200, opened);
        assertTrue(opened.text().contains("已发布“" + title + "”。"), opened.text());
        long callId = id(opened.uri());

        // A second park with its own account, registered by the province and given an account by the administrator.
        String otherPark = "杭州钱塘低碳示范园区管理委员会（" + suffix + "）";
        String otherUser = parkAccount(otherPark, suffix);

        // 宁波's park: refused with a condition unticked, a section blank and more waste used than made.
        client.signIn(DemoAccounts.NINGBO_PARK, DemoAccounts.PASSWORD);
        PortalClient.Page blank = client.get("workspace/pilots/apply.xhtml?call=" + callId);
        assertStatus(200, blank);
        PortalClient.Page wrong = filled(blank.form("pilot"), false).set("pilot:basics", " ")
                .set("pilot:years:0:solidWasteUsed", "400").submit("pilot:submit", "pilot:file", null, null, null);
        assertStatus(200, wrong);
        assertEquals("须确认符合该项申报条件", wrong.error("pilot:catalogued"), wrong.text());
        assertEquals("请填写此项内容", wrong.error("pilot:basics"), wrong.text());
        assertEquals("综合利用量不能超过产生量", cellError(wrong, "pilot:years:0:solidWasteUsed"), wrong.text());
        // An executable sent as the PDF is refused by the upload inspection.
        PortalClient.Page executable = filled(wrong.form("pilot"), true).submit("pilot:submit", "pilot:file",
                "申报材料.pdf", "application/pdf", SampleFiles.executable());
        assertStatus(200, executable);
        assertTrue(executable.text().contains("不是文档，不能上传"), executable.text());
        assertFalse(callJson(callId).toString().contains(NINGBO_PARK), "nothing saved");
        // Right.
        PortalClient.Page applied = filled(executable.form("pilot"), true).submit("pilot:submit", "pilot:file",
                "申报材料.pdf", "application/pdf", SampleFiles.pdf("Low-carbon park pilot application"));
        assertStatus(200, applied);
        assertTrue(applied.text().contains(NINGBO_PARK + "已提交“" + title + "”的申报。"), applied.text());
        long ningboApplication = id(applied.uri());
        assertEquals("2022", applied.document().select("#years tbody tr th").first().text(), applied.text());

        PortalClient other = newClient();
        other.signIn(otherUser, "Pilot2026secret");
        PortalClient.Page otherApplied = filled(other.get("workspace/pilots/apply.xhtml?call=" + callId).form("pilot"),
                true).submit("pilot:submit", "pilot:file", "材料.pdf", "application/pdf", SampleFiles.pdf("Other park"));
        assertTrue(otherApplied.text().contains(otherPark + "已提交"), otherApplied.text());
        long otherApplication = id(otherApplied.uri());

        // The province: a refusal without its reason is refused; both parks are found eligible.
        PortalClient.Page call = province.get("workspace/pilots/call.xhtml?id=" + callId);
        assertStatus(200, call);
        int ningbo = row(call, NINGBO_PARK);
        int second = row(call, otherPark);
        PortalClient.Page noReason = call.form("shortlist").submit("shortlist:rows:" + ningbo + ":refuse");
        assertTrue(noReason.text().contains("不符合申报条件时请说明理由"), noReason.text());
        assertEquals("SUBMITTED", status(callId, NINGBO_PARK));
        PortalClient.Page confirmed = noReason.form("shortlist").submit("shortlist:rows:" + ningbo + ":confirm");
        assertTrue(confirmed.text().contains("已确认" + NINGBO_PARK + "符合申报条件。"), confirmed.text());
        confirmed = confirmed.form("shortlist").submit("shortlist:rows:" + second + ":confirm");

        // One park shortlisted: the letter is refused; with two it is issued and the shortlist is final.
        PortalClient.Page one = confirmed.form("shortlist").submit("shortlist:rows:" + ningbo + ":recommend");
        assertTrue(one.text().contains("已将" + NINGBO_PARK + "列入推荐名单。"), one.text());
        PortalClient.Page tooFew = one.form("shortlist").submit("shortlist:issueLetter");
        assertTrue(tooFew.text().contains("推荐名单现有1家园区；联合推荐函应推荐2至3家。"), tooFew.text());
        assertNull(callJson(callId).get("letterNumber").getValueType() == jakarta.json.JsonValue.ValueType.NULL
                ? null : "issued", "no letter");
        PortalClient.Page two = tooFew.form("shortlist").submit("shortlist:rows:" + second + ":recommend");
        PortalClient.Page issued = two.form("shortlist").submit("shortlist:issueLetter");
        assertStatus(200, issued);
        String number = callJson(callId).getString("letterNumber");
        assertTrue(number.matches("浙经信绿色〔" + year + "〕\\d+号"), number);
        assertTrue(issued.text().contains("联合推荐函已印发，文号" + number + "。"), issued.text());
        assertNull(issued.document().getElementById("shortlist:issueLetter"), "the shortlist is final");
        PortalClient.Page stale = two.form("shortlist").submit("shortlist:rows:" + ningbo + ":withdraw");
        assertTrue(stale.text().contains("的联合推荐函已印发，推荐名单不能再变动。"), stale.text());
        assertEquals("RECOMMENDED", status(callId, NINGBO_PARK));

        // The letter says what it must: a joint file of both agencies to both ministries, the two parks annexed.
        String letter = docxText(province.download("api/workspace/pilot-calls/" + callId + "/letter.docx",
                DemoAccounts.PROVINCE).body());
        for (String expected : List.of("浙江省经济和信息化厅", "浙江省发展和改革委员会", number,
                "关于推荐" + year + "年国家低碳工业园区试点的函", "工业和信息化部、国家发展和改革委员会",
                "工信部联节〔2013〕408号", "共收到2家园区的申报材料", "现推荐2家园区", year + "年国家低碳工业园区试点推荐名单",
                NINGBO_PARK, otherPark, "经济技术开发区", "2022年 0.8500")) {
            assertTrue(letter.contains(expected), expected + " not in: " + letter);
        }
        PortalClient.Download pdf = province.download("api/workspace/pilot-calls/" + callId + "/letter.pdf",
                DemoAccounts.PROVINCE);
        assertEquals(200, pdf.status());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        assertEquals(403, client.download("api/workspace/pilot-calls/" + callId + "/letter.pdf",
                DemoAccounts.NINGBO_PARK).status(), "the letter is the agencies'");

        // Later stages: refused without a stage; then the ministries' approval; then the park files its plan.
        PortalClient.Page application = province.get("workspace/pilots/application.xhtml?id=" + ningboApplication);
        PortalClient.Page noStage = application.form("stage").set("stage:note", "批复").submit("stage:record");
        assertEquals("请选择事项", noStage.error("stage:kind"), noStage.text());
        PortalClient.Page approved = noStage.form("stage").set("stage:kind", "APPROVED_AS_PILOT")
                .set("stage:note", "工信部、发展改革委联合批复").submit("stage:record");
        assertTrue(approved.text().contains("已记录" + NINGBO_PARK + "的办理事项。"), approved.text());
        assertEquals("国家试点", approved.document().getElementById("status").text());
        PortalClient.Page plan = client.get("workspace/pilots/application.xhtml?id=" + ningboApplication).form("plan")
                .submit("plan:upload", "plan:file", "试点实施方案.pdf", "application/pdf", SampleFiles.pdf("Plan"));
        assertTrue(plan.text().contains("已上传" + NINGBO_PARK + "的试点实施方案。"), plan.text());
        assertTrue(plan.document().getElementById("history").text().contains("确定为国家低碳工业园区试点"));

        // The park was told each decision in its workspace: eligible, recommended with the letter's number, approved.
        String inbox = client.api("GET", "api/workspace/notifications?size=50", DemoAccounts.NINGBO_PARK, null).body();
        for (String told : List.of("低碳工业园区试点申报：符合申报条件", "贵园区参加“" + title + "”的申报材料经省经信厅、省发展改革委核查",
                "低碳工业园区试点申报：已推荐", "已联合行文（" + number + "），将贵园区推荐为“" + title + "”",
                "低碳工业园区试点：确定为国家低碳工业园区试点", "说明：工信部、发展改革委联合批复")) {
            assertTrue(inbox.contains(told), told + " not in " + inbox);
        }

        // 宁波's clerk reads the call with 宁波's park only, and its application, changing nothing; not 杭州's.
        PortalClient city = newClient();
        city.signIn(DemoAccounts.NINGBO, DemoAccounts.PASSWORD);
        PortalClient.Page cityCall = city.get("workspace/pilots/call.xhtml?id=" + callId);
        assertStatus(200, cityCall);
        String cityRows = cityCall.document().select("#applications tbody").text();
        assertTrue(cityRows.contains(NINGBO_PARK) && !cityRows.contains(otherPark), cityRows);
        assertTrue(cityCall.document().select("#shortlist button, #shortlist input[type=submit]").isEmpty(),
                "no button for the city: " + cityCall.document().select("#shortlist").html());
        assertTrue(cityCall.document().select("#letter a").isEmpty(), "the letter's files are the agencies'");
        PortalClient.Page cityApplication = city.get("workspace/pilots/application.xhtml?id=" + ningboApplication);
        assertStatus(200, cityApplication);
        assertTrue(cityApplication.text().contains(NINGBO_PARK), cityApplication.text());
        assertNull(cityApplication.document().getElementById("stage"), "the stages are the province's");
        assertNull(cityApplication.document().getElementById("plan"), "the plan is the park's");
        assertStatus(403, city.get("workspace/pilots/application.xhtml?id=" + otherApplication));
        assertStatus(403, city.api("GET", "api/workspace/pilot-applications/" + otherApplication + "/files/1",
                DemoAccounts.NINGBO, null));

        // The public page and its open data.
        PortalClient reader = newClient();
        PortalClient.Page page = reader.get("pilots.xhtml");
        assertStatus(200, page);
        assertTrue(page.document().getElementById("calls").text().contains(title), page.text());
        String pilots = page.document().getElementById("pilots").text();
        assertTrue(pilots.contains(NINGBO_PARK) && pilots.contains(otherPark), pilots);
        JsonArray open = Json.object(reader.api("GET", "api/pilots", null, null).body()).getJsonArray("pilots");
        assertTrue(open.stream().map(JsonObject.class::cast).anyMatch(p -> p.getString("park").equals(NINGBO_PARK)
                && p.getString("status").equals("PLAN_FILED") && p.getString("letterNumber").equals(number)));
    }

    @Test
    void theDemoCallHasThreeApplicationsAndTwoRecommendedInItsLetter() {
        PortalClient.Page list = client.api("GET", "api/workspace/pilot-calls", DemoAccounts.PROVINCE, null);
        assertStatus(200, list);
        JsonObject demo = Json.array(list.body()).stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("title").equals("2025年国家低碳工业园区试点申报（示例）")).findFirst().orElseThrow();
        assertEquals(3, demo.getJsonArray("applications").size());
        assertEquals(2, demo.getJsonNumber("recommended").intValue());
        assertNotNull(demo.getString("letterNumber"));
        assertTrue(demo.getString("letterNumber").startsWith("浙经信绿色〔2025〕"));
        List<String> recommended = demo.getJsonArray("applications").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("status").equals("RECOMMENDED")).map(a -> a.getString("park")).toList();
        assertEquals(2, recommended.size(), recommended.toString());
        assertTrue(recommended.contains("湖州南太湖绿色智造产业园区管理委员会（示例）"), recommended.toString());

        // A factory applies to no pilot: the page says why; a city clerk reads the call with her city's parks only,
        // a county clerk not at all.
        client.signIn(DemoAccounts.APPLICANT, DemoAccounts.PASSWORD);
        assertNotNull(client.get("workspace/pilots/index.xhtml").document().getElementById("parksOnly"));
        PortalClient.Page huzhouLess = client.api("GET", "api/workspace/pilot-calls/"
                + demo.getJsonNumber("id").longValue(), DemoAccounts.HANGZHOU, null);
        assertStatus(200, huzhouLess);
        assertFalse(huzhouLess.body().contains("湖州南太湖"), huzhouLess.body());
        assertStatus(403, client.api("GET", "api/workspace/pilot-calls/" + demo.getJsonNumber("id").longValue(),
                DemoAccounts.XIHU, null));
    }

    /** The apply form filled as intended (the conditions ticked or not); textareas are typed each time. */
    private static PortalClient.Form filled(PortalClient.Form form, boolean conditions) {
        if (conditions) {
            form.set("pilot:catalogued", "on").set("pilot:workingBase", "on").set("pilot:clearGoals", "on");
        }
        form.set("pilot:zoneKind", "ECONOMIC_DEVELOPMENT_ZONE")
                .set("pilot:basics", "园区列入开发区目录，规划面积40平方公里，以石化新材料为主导产业。")
                .set("pilot:technology", "建有低碳技术研发公共平台。").set("pilot:resourceUse", "近三年能耗强度逐年下降。")
                .set("pilot:wasteUse", "工业固废综合利用率93%。").set("pilot:management", "设低碳发展办公室。")
                .set("pilot:goals", "单位工业增加值二氧化碳排放下降20%。");
        for (int i = 0; i < 3; i++) {
            String row = "pilot:years:" + i + ":";
            form.set(row + "year", String.valueOf(2022 + i)).set(row + "addedValue", "20000")
                    .set(row + "energyUse", "8000").set(row + "waterUse", "90000").set(row + "co2Emitted", "17000")
                    .set(row + "solidWaste", "300").set(row + "solidWasteUsed", "280");
        }
        return form;
    }

    /** A park registered by the province, with an applicant account the administrator creates; its username. */
    private String parkAccount(String name, String suffix) {
        String first17 = "12330114MB" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        PortalClient.Page created = client.api("POST", "api/workspace/organisations", DemoAccounts.PROVINCE,
                "{\"type\":\"PARK\",\"name\":\"" + name + "\",\"creditCode\":\"" + first17
                        + CreditCode.checkCharacter(first17) + "\",\"region\":\"330114\",\"address\":\"杭州市钱塘区\","
                        + "\"legalRepresentative\":\"张三\",\"contactName\":\"李四\",\"contactPhone\":\"0571-82000011\"}");
        assertStatus(201, created);
        long organisation = Json.object(created.body()).getJsonNumber("id").longValue();
        PortalClient admin = newClient();
        admin.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        String username = "pilot-park-" + suffix;
        PortalClient.Page saved = admin.get("admin/accounts/edit.xhtml").form("account")
                .set("account:username", username).set("account:displayName", "园区联系人")
                .set("account:role_input", "APPLICANT").set("account:organisation_input", String.valueOf(organisation))
                .set("account:enabled_input", "on").set("account:password", "Pilot2026secret")
                .submit("account:save");
        assertTrue(saved.status() == 200 && saved.document().select(".ui-message-error").isEmpty(), saved.text());
        return username;
    }

    private String calls() {
        return client.api("GET", "api/workspace/pilot-calls", DemoAccounts.PROVINCE, null).body();
    }

    private JsonObject callJson(long id) {
        PortalClient.Page page = client.api("GET", "api/workspace/pilot-calls/" + id, DemoAccounts.PROVINCE, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    private String status(long callId, String park) {
        return callJson(callId).getJsonArray("applications").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("park").equals(park)).findFirst().orElseThrow().getString("status");
    }

    private static int row(PortalClient.Page page, String park) {
        List<Element> rows = page.document().select("#applications tbody tr");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).text().contains(park)) {
                return i;
            }
        }
        throw new AssertionError(park + " not listed: " + page.text());
    }

    private static long id(String uri) {
        Matcher m = ID.matcher(uri);
        assertTrue(m.find(), uri);
        return Long.parseLong(m.group(1));
    }

    private static String cellError(PortalClient.Page page, String id) {
        Element input = page.document().getElementById(id);
        assertTrue(input != null, "no #" + id + " on " + page.uri());
        return input.closest("td").select(".ui-message-error").text().strip();
    }

    /** The text of a DOCX's main part, its runs joined as they read. */
    private static String docxText(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return xml.replaceAll("<w:p[ >].*?(?=<)", "\n").replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
