package cn.gov.zj.jxt.green.interfaces.exclusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.infrastructure.storage.PlainText;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient.Download;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import cn.gov.zj.jxt.green.testing.SampleFiles;
import cn.gov.zj.jxt.green.testing.SampleSheets;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exclusion register through its API and page: clerks record, search, import and withdraw; the eligibility
 * question "what bars this unit since that date" answers from entries in force only; a bad import file is
 * reported row by row and leaves nothing behind; county clerks only read and applicants see nothing.
 */
class ExclusionIT extends PortalClientTest {

    private static final String REGISTER = "api/workspace/exclusions";
    private static final List<String> HEADER = List.of("统一社会信用代码", "单位名称", "情形", "发生日期", "来源", "备注");

    @Test
    void aClerkRecordsAnEntryThatBarsTheUnitUntilItIsWithdrawn() {
        String code = SampleSheets.newCreditCode();
        JsonObject entry = Json.object(expect(201, record(DemoAccounts.PROVINCE, code, "DISHONEST_DEBTOR",
                "2024-05-20")).body());
        long id = entry.getJsonNumber("id").longValue();
        assertEquals("004 §(十七) 6", entry.getString("clause"));
        assertEquals(DemoAccounts.PROVINCE, entry.getString("recordedBy"));

        JsonObject found = search(DemoAccounts.PROVINCE, code, false);
        assertEquals(1, found.getJsonNumber("total").intValue());

        assertEquals(1, inForce(code, "2024-05-20").size(), "an entry on the day the window opens counts");
        assertEquals(0, inForce(code, "2024-05-21").size(), "an entry before the window does not");
        assertEquals(1, inForce(code.toLowerCase(), "2021-01-01").size(), "the code as typed in lower case");

        PortalClient.Page again = record(DemoAccounts.HANGZHOU, code, "DISHONEST_DEBTOR", "2024-05-20");
        expect(409, again);
        assertTrue(Json.object(again.body()).getString("message").contains(code), again.body());
        expect(201, record(DemoAccounts.PROVINCE, code, "ACCIDENT_OR_VIOLATION", "2024-05-20"));

        PortalClient.Page noReason = client.api("POST", REGISTER + "/" + id + "/withdraw", DemoAccounts.PROVINCE,
                "{\"reason\":\"  \"}");
        expect(400, noReason);
        assertEquals("reason", Json.object(noReason.body()).getJsonArray("fields").getJsonObject(0)
                .getString("field"));

        JsonObject withdrawn = Json.object(expect(200, client.api("POST", REGISTER + "/" + id + "/withdraw",
                DemoAccounts.PROVINCE, "{\"reason\":\"法院已撤销失信决定\"}")).body());
        assertTrue(withdrawn.getBoolean("withdrawn"));
        assertEquals("法院已撤销失信决定", withdrawn.getString("withdrawalReason"));
        expect(409, client.api("POST", REGISTER + "/" + id + "/withdraw", DemoAccounts.PROVINCE,
                "{\"reason\":\"再次撤销\"}"));

        List<String> grounds = inForce(code, "2021-01-01").stream()
                .map(v -> v.asJsonObject().getString("ground")).toList();
        assertEquals(List.of("ACCIDENT_OR_VIOLATION"), grounds, "a withdrawn entry no longer bars the unit");
        assertEquals(1, search(DemoAccounts.PROVINCE, code, false).getJsonNumber("total").intValue());
        assertEquals(2, search(DemoAccounts.PROVINCE, code, true).getJsonNumber("total").intValue(),
                "withdrawn entries stay in the register");
        expect(201, record(DemoAccounts.PROVINCE, code, "DISHONEST_DEBTOR", "2024-05-20"));
    }

    @Test
    void aRecordWithABadFieldNamesTheField() {
        PortalClient.Page badCode = record(DemoAccounts.PROVINCE, "91330106MA2GL0001X", "NOT_OPERATING",
                "2024-01-01");
        expect(400, badCode);
        assertEquals("creditCode", Json.object(badCode.body()).getJsonArray("fields").getJsonObject(0)
                .getString("field"));
        PortalClient.Page future = record(DemoAccounts.PROVINCE, SampleSheets.newCreditCode(), "NOT_OPERATING",
                today().plusDays(1).toString());
        expect(400, future);
        assertEquals("occurredOn", Json.object(future.body()).getJsonArray("fields").getJsonObject(0)
                .getString("field"));
    }

    @Test
    void aBadFileIsReportedRowByRowAndNothingOfItIsRecorded() {
        String good = SampleSheets.newCreditCode();
        String other = SampleSheets.newCreditCode();
        byte[] file = SampleSheets.csv(PlainText.GB18030, false, List.of(HEADER,
                List.of(good, "杭州良好公司", "1", "2024/3/5", "国家企业信用信息公示系统", ""),
                List.of("91330106MA2GL0001X", "", "9", "2024-02-30", "信用中国", ""),
                List.of(other, "杭州重复公司", "失信被执行人", "2024-06-01", "西湖区人民法院", ""),
                List.of(other, "杭州重复公司", "6", "2024-06-01", "西湖区人民法院", "")));
        PortalClient.Page report = client.upload(REGISTER + "/import", DemoAccounts.HANGZHOU, Map.of(), "file",
                "排除情形.csv", "text/csv", file);
        expect(422, report);
        JsonObject body = Json.object(report.body());
        assertFalse(body.getBoolean("imported"));
        JsonArray rows = body.getJsonArray("rejectedRows");
        assertEquals(2, rows.size(), report.body());
        assertEquals(3, rows.getJsonObject(0).getInt("row"));
        List<String> problems = rows.getJsonObject(0).getJsonArray("problems").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("校验位"), problems.toString());
        assertTrue(problems.get(2).contains("“9”"), problems.toString());
        assertEquals(5, rows.getJsonObject(1).getInt("row"));
        assertTrue(rows.getJsonObject(1).getJsonArray("problems").getString(0).contains("第 4 行"),
                report.body());

        assertEquals(0, search(DemoAccounts.HANGZHOU, good, true).getJsonNumber("total").intValue(),
                "the good row of a refused file is not recorded either");
    }

    @Test
    void aGoodFileIsRecordedWholeAndCannotBeImportedTwice() {
        List<String> codes = List.of(SampleSheets.newCreditCode(), SampleSheets.newCreditCode(),
                SampleSheets.newCreditCode());
        byte[] file = SampleSheets.xlsx(List.of(
                List.of("统一社会信用代码", "单位名称", "情形", "发生日期", "来源", "备注"),
                List.of(codes.get(0), "宁波甲公司", 2, LocalDate.of(2023, 9, 1), "信用中国", "环境行政处罚"),
                List.of(codes.get(1), "宁波乙公司", "被动态调整出名单", "2024/1/15", "省经信厅", ""),
                List.of(codes.get(2), "宁波丙公司", 5, LocalDate.of(2022, 12, 31), "省节能监察中心", "")));
        PortalClient.Page imported = client.upload(REGISTER + "/import", DemoAccounts.PROVINCE, Map.of(), "file",
                "排除情形.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
        expect(200, imported);
        assertEquals(3, Json.object(imported.body()).getInt("rows"));

        JsonObject first = search(DemoAccounts.PROVINCE, codes.get(0), false).getJsonArray("entries")
                .getJsonObject(0);
        assertEquals("ACCIDENT_OR_VIOLATION", first.getString("ground"));
        assertEquals("2023-09-01", first.getString("occurredOn"), "the Excel date cell");
        assertEquals("环境行政处罚", first.getString("note"));
        assertEquals(1, inForce(codes.get(1), "2024-01-15").size());
        assertEquals(0, inForce(codes.get(2), "2023-01-01").size(), "older than the window asked for");

        PortalClient.Page twice = client.upload(REGISTER + "/import", DemoAccounts.PROVINCE, Map.of(), "file",
                "排除情形.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
        expect(422, twice);
        JsonArray rows = Json.object(twice.body()).getJsonArray("rejectedRows");
        assertEquals(3, rows.size(), "every row is already in the register");
        assertTrue(rows.getJsonObject(0).getJsonArray("problems").getString(0).contains("登记簿中已有"));
        assertEquals(1, search(DemoAccounts.PROVINCE, codes.get(0), true).getJsonNumber("total").intValue());
    }

    @Test
    void evidenceIsCheckedStoredAndHandedBackAsUploaded() {
        String code = SampleSheets.newCreditCode();
        byte[] scan = SampleFiles.pdf("judgment");
        PortalClient.Page recorded = client.upload(REGISTER, DemoAccounts.HANGZHOU, Map.of("creditCode", code,
                "organisationName", "杭州证据公司", "ground", "6", "occurredOn", "2024-02-01", "source", "杭州市中级人民法院"),
                "evidence", "判决书.pdf", "application/pdf", scan);
        expect(201, recorded);
        long id = Json.object(recorded.body()).getJsonNumber("id").longValue();
        Download evidence = client.download(REGISTER + "/" + id + "/evidence", DemoAccounts.XIHU);
        assertEquals(200, evidence.status());
        assertArrayEquals(scan, evidence.body());
        assertTrue(evidence.header("content-disposition").startsWith("attachment"));

        String refusedCode = SampleSheets.newCreditCode();
        PortalClient.Page program = client.upload(REGISTER, DemoAccounts.HANGZHOU, Map.of("creditCode", refusedCode,
                "organisationName", "杭州程序公司", "ground", "6", "occurredOn", "2024-02-01", "source", "法院"),
                "evidence", "判决书.pdf", "application/pdf", SampleFiles.executable());
        expect(400, program);
        assertEquals(0, search(DemoAccounts.HANGZHOU, refusedCode, true).getJsonNumber("total").intValue());
    }

    @Test
    void countyClerksReadApplicantsSeeNothingAndCitiesWithdrawOnlyTheirOwn() {
        String code = SampleSheets.newCreditCode();
        long provinceEntry = Json.object(expect(201, record(DemoAccounts.PROVINCE, code, "NOT_OPERATING",
                "2024-04-01")).body()).getJsonNumber("id").longValue();
        long cityEntry = Json.object(expect(201, record(DemoAccounts.HANGZHOU, code, "INSPECTION_FINDING",
                "2024-04-02")).body()).getJsonNumber("id").longValue();

        assertEquals(2, search(DemoAccounts.XIHU, code, false).getJsonNumber("total").intValue());
        assertEquals(2, search(DemoAccounts.SUPERVISOR, code, false).getJsonNumber("total").intValue());
        expect(403, record(DemoAccounts.XIHU, SampleSheets.newCreditCode(), "NOT_OPERATING", "2024-01-01"));
        expect(403, record(DemoAccounts.ADMIN, SampleSheets.newCreditCode(), "NOT_OPERATING", "2024-01-01"));
        expect(403, client.upload(REGISTER + "/import", DemoAccounts.XIHU, Map.of(), "file", "a.csv",
                "text/csv", SampleSheets.csv(StandardCharsets.UTF_8, true, List.of(HEADER))));
        expect(403, client.api("GET", REGISTER + "?q=" + code, DemoAccounts.APPLICANT, null));
        expect(403, client.api("GET", REGISTER + "/in-force?creditCode=" + code + "&since=2021-01-01",
                DemoAccounts.INSTITUTION, null));
        expect(401, client.api("GET", REGISTER, null, null));

        expect(403, client.api("POST", REGISTER + "/" + provinceEntry + "/withdraw", DemoAccounts.NINGBO,
                "{\"reason\":\"不是本市记录\"}"));
        expect(403, client.api("POST", REGISTER + "/" + cityEntry + "/withdraw", DemoAccounts.NINGBO,
                "{\"reason\":\"另一市的记录\"}"));
        expect(200, client.api("POST", REGISTER + "/" + cityEntry + "/withdraw", DemoAccounts.HANGZHOU,
                "{\"reason\":\"登记错误\"}"));
    }

    @Test
    void theTemplateAndThePageAreThereForClerks() {
        Download template = client.download(REGISTER + "/template.csv", DemoAccounts.HANGZHOU);
        assertEquals(200, template.status());
        assertEquals((byte) 0xEF, template.body()[0], "a byte-order mark for Excel");
        assertTrue(template.text().startsWith("\uFEFF统一社会信用代码,单位名称,情形,发生日期,来源,备注\r\n"),
                template.text());

        String code = SampleSheets.newCreditCode();
        expect(201, record(DemoAccounts.HANGZHOU, code, "REMOVED_FROM_LIST", today().toString()));

        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get("workspace/exclusions/index.xhtml");
        expect(200, page);
        assertTrue(page.text().contains("排除情形登记"), "the title");
        assertTrue(page.body().contains("id=\"import:file\""), "a city clerk may import");

        PortalClient.Page found = expect(200, page.form("register").set("register:text", code)
                .submit("register:search"));
        assertTrue(found.text().contains(code) && found.text().contains("被动态调整出绿色制造名单"), found.text());
        PortalClient.Page asked = expect(200, found.form("register").submit("register:table:0:withdraw"));
        PortalClient.Page withdrawn = expect(200, asked.form("withdraw").set("withdraw:reason", "页面撤销测试")
                .submit("withdraw:confirm"));
        assertTrue(withdrawn.text().contains("已撤销“测试单位”的登记"), withdrawn.text());
        assertEquals(0, search(DemoAccounts.HANGZHOU, code, false).getJsonNumber("total").intValue(),
                "withdrawn through the page");
        assertTrue(client.get("workspace/index.xhtml").body().contains("workspace/exclusions/index.xhtml"),
                "in the menu");

        PortalClient county = newClient();
        county.signIn(DemoAccounts.XIHU, DemoAccounts.PASSWORD);
        PortalClient.Page read = county.get("workspace/exclusions/index.xhtml");
        expect(200, read);
        assertFalse(read.body().contains("id=\"import:file\""), "a county clerk only reads");
    }

    private PortalClient.Page record(String user, String code, String ground, String occurredOn) {
        return client.api("POST", REGISTER, user, "{\"creditCode\":\"" + code + "\",\"organisationName\":\"测试单位"
                + "\",\"ground\":\"" + ground + "\",\"occurredOn\":\"" + occurredOn
                + "\",\"source\":\"信用中国\",\"note\":null}");
    }

    private JsonObject search(String user, String text, boolean withdrawn) {
        return Json.object(expect(200, client.api("GET", REGISTER + "?q=" + text + "&withdrawn=" + withdrawn,
                user, null)).body());
    }

    private JsonArray inForce(String code, String since) {
        return Json.array(expect(200, client.api("GET", REGISTER + "/in-force?creditCode=" + code + "&since="
                + since, DemoAccounts.SUPERVISOR, null)).body());
    }

    /** The page after checking its status, so that a call and its check read as one. */
    private static PortalClient.Page expect(int status, PortalClient.Page page) {
        PortalClient.assertStatus(status, page);
        return page;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
