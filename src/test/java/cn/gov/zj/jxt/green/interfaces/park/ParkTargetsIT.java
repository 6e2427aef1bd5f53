package cn.gov.zj.jxt.green.interfaces.park;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import cn.gov.zj.jxt.green.testing.SampleFiles;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The park programme of 浙经信绿色〔2022〕64号: the demo's 2022 targets as open data (JSON and CSV) with what the
 * registry lists per city, the public page with its charts, the province's form and API that set a year's targets,
 * and a park's yearly report uploaded and shown on its unit page, right and wrong. Each test that sets targets uses a
 * year of its own.
 */
class ParkTargetsIT extends PortalClientTest {

    /** The annex of seed 000 as printed: 杭州2 宁波2 温州2 湖州3 嘉兴1 绍兴1 金华2 衢州1 舟山1 台州2 丽水1 = 18. */
    private static final Map<String, Integer> ANNEX_2022 = annex();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void the2022OpenDataHasTheElevenCityTargetsOfTheAnnexAndWhatTheRegistryLists() {
        PortalClient.Page page = client.api("GET", "api/park-targets/2022", null, null);
        assertStatus(200, page);
        JsonObject body = Json.object(page.body());

        assertEquals(2022, body.getInt("year"));
        assertEquals("浙经信绿色〔2022〕64号", body.getString("basis"));
        JsonArray cities = body.getJsonArray("cities");
        assertEquals(11, cities.size());
        Map<String, Integer> targets = new LinkedHashMap<>();
        long achievedSum = 0;
        for (JsonObject city : cities.getValuesAs(JsonObject.class)) {
            String code = city.getString("cityCode");
            targets.put(code, city.getInt("target"));
            long listed = provincialParks(code, 2022);
            assertEquals(listed, city.getJsonNumber("achieved").longValue(), code + " achieved as the registry lists");
            assertEquals(Math.max(0, city.getInt("target") - listed), city.getJsonNumber("remaining").longValue());
            achievedSum += listed;
        }
        assertEquals(ANNEX_2022, targets);
        assertEquals(18, body.getJsonObject("totals").getInt("target"));
        assertEquals(achievedSum, body.getJsonObject("totals").getJsonNumber("achieved").longValue());
        assertEquals(provincialParks(null, 2022), achievedSum, "every city's parks, none twice");
        assertTrue(achievedSum > 0, "the demo registry lists parks for 2022");

        JsonObject province = body.getJsonObject("province");
        assertEquals(50, province.getInt("goal"));
        assertEquals(2025, province.getInt("goalYear"));
        JsonObject first = province.getJsonArray("path").getJsonObject(0);
        assertEquals(2022, first.getInt("year"));
        assertEquals(18, first.getInt("target"));
        assertEquals(achievedSum, first.getJsonNumber("achieved").longValue());
    }

    @Test
    void theSameFiguresComeAsCsvByAcceptOrFormat() {
        for (String address : List.of("api/park-targets/2022", "api/park-targets/2022?format=csv")) {
            HttpResponse<String> response = get(address, address.contains("format") ? "*/*" : "text/csv");
            assertEquals(200, response.statusCode(), address);
            assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/csv"), address);
            List<String> lines = response.body().strip().lines().toList();
            assertEquals(13, lines.size(), "a header, eleven cities and the total: " + response.body());
            assertTrue(lines.get(0).contains("设区市"), lines.get(0));
            assertTrue(lines.get(4).startsWith("330500,湖州市,3,"), lines.get(4));
            assertTrue(lines.get(12).startsWith(",合计,18,"), lines.get(12));
        }
        assertEquals(200, get("api/park-targets/2022", "application/json").statusCode());
        assertTrue(get("api/park-targets/2022", "application/json").body().startsWith("{"));
    }

    @Test
    void aYearWithoutTargetsOrNotAYearIsRefused() {
        assertStatus(404, client.api("GET", "api/park-targets/2099", null, null));
        assertStatus(400, client.api("GET", "api/park-targets/twenty", null, null));
        assertStatus(400, client.api("GET", "api/park-targets/2022?format=xml", null, null));
        assertStatus(404, client.get("park-targets.xhtml?year=2099"));
    }

    @Test
    void thePublicPageChartsTheTargetsFromTheTablesWithoutASession() {
        PortalClient.Page page = client.get("park-targets.xhtml?year=2022");
        assertStatus(200, page);
        assertTrue(page.headers().getOrDefault("set-cookie", List.of()).stream()
                .noneMatch(c -> c.startsWith("JSESSIONID")), "read without a session");

        Document document = page.document();
        assertEquals(11, document.select("#cities tbody tr").size());
        assertEquals("18", document.getElementById("totalTarget").text());
        long achieved = provincialParks(null, 2022);
        assertEquals(String.valueOf(achieved), document.getElementById("totalAchieved").text());
        Element huzhou = document.select("#cities tbody tr").get(3);
        assertEquals("湖州市", huzhou.selectFirst("th").text());
        assertEquals("3", huzhou.select("td").get(0).text());
        assertEquals(2, document.select("svg[role=img]").size(), "the city chart and the path to 50");
        assertEquals(24, document.select("svg").get(0).select("rect.park-target, rect.park-achieved").size(),
                "a target bar and an achieved bar per city, and the legend's two");
        assertTrue(document.select("#path tbody tr").size() >= 4, "2022 to 2025");
        assertFalse(document.select("a#csv").attr("href").isEmpty());
    }

    @Test
    void theProvinceSetsAYearsTargetsThroughTheFormAndThePublicSeesThemAtOnce() {
        JsonObject before = Json.object(client.api("GET", "api/park-targets", null, null).body());
        assertTrue(before.getJsonArray("years").getValuesAs(JsonObject.class).stream()
                .noneMatch(y -> y.getInt("year") == 2031));
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get("workspace/park-targets/edit.xhtml");
        assertStatus(200, page);

        PortalClient.Page saved = page.form("targets")
                .set("targets:year", "2031")
                .set("targets:basis", "浙经信绿色〔2031〕1号（测试）")
                .set("targets:rows:0:target", "4")
                .set("targets:rows:4:target", "1")
                .submit("targets:save");

        assertStatus(200, saved);
        assertTrue(saved.text().contains("已保存2031年建设目标，合计5个。"), saved.text());
        assertTrue(saved.uri().contains("year=2031"), saved.uri());
        JsonObject after = Json.object(client.api("GET", "api/park-targets/2031", null, null).body());
        assertEquals(5, after.getJsonObject("totals").getInt("target"));
        assertEquals(4, after.getJsonArray("cities").getJsonObject(0).getInt("target"));
        assertTrue(Json.object(client.api("GET", "api/park-targets", null, null).body()).getJsonArray("years")
                .getValuesAs(JsonObject.class).stream().anyMatch(y -> y.getInt("year") == 2031),
                "the cached list of years was dropped when the targets were set");

        PortalClient.Page revised = saved.form("targets").set("targets:rows:0:target", "").submit("targets:save");
        assertStatus(200, revised);
        assertTrue(revised.text().contains("已保存2031年建设目标，合计1个。"), revised.text());
        assertEquals(1, Json.object(client.api("GET", "api/park-targets/2031", null, null).body())
                .getJsonObject("totals").getInt("target"));
    }

    @Test
    void theFormRefusesATargetOutOfRangeOrNoBasisAndKeepsWhatWasTyped() {
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get("workspace/park-targets/edit.xhtml");

        PortalClient.Page refused = page.form("targets")
                .set("targets:year", "2032")
                .set("targets:basis", "")
                .set("targets:rows:2:target", "51")
                .submit("targets:save");

        assertStatus(200, refused);
        assertEquals("请填写依据文件文号", refused.error("targets:basis"), refused.text());
        assertTrue(refused.text().contains("每市建设目标应为0至50之间的整数"), refused.text());
        assertEquals("51", refused.document().getElementById("targets:rows:2:target").val(), "what was typed is kept");
        assertStatus(404, client.api("GET", "api/park-targets/2032", null, null));

        PortalClient.Page taken = refused.form("targets")
                .set("targets:year", "2022")
                .set("targets:basis", "重复")
                .set("targets:rows:2:target", "1")
                .submit("targets:save");
        assertTrue(taken.text().contains("2022年的建设目标已经下达，请打开该年度修改。"), taken.text());
        assertEquals(18, Json.object(client.api("GET", "api/park-targets/2022", null, null).body())
                .getJsonObject("totals").getInt("target"), "the 2022 targets are unchanged");
    }

    @Test
    void theWorkspaceApiSetsTargetsForTheProvinceOnly() {
        String json = "{\"basis\":\"浙经信绿色〔2033〕1号（测试）\",\"targets\":{\"330100\":2,\"331100\":1}}";
        assertStatus(403, client.api("PUT", "api/workspace/park-targets/2033", DemoAccounts.HANGZHOU, json));
        assertStatus(403, client.api("PUT", "api/workspace/park-targets/2033", DemoAccounts.NINGBO_PARK, json));
        PortalClient.Page unknown = client.api("PUT", "api/workspace/park-targets/2033", DemoAccounts.PROVINCE,
                "{\"basis\":\"b\",\"targets\":{\"330106\":1}}");
        assertStatus(400, unknown);
        assertTrue(unknown.body().contains("targets"), unknown.body());

        PortalClient.Page created = client.api("PUT", "api/workspace/park-targets/2033", DemoAccounts.PROVINCE, json);
        assertStatus(200, created);
        long version = Json.object(created.body()).getJsonNumber("version").longValue();
        assertEquals(3, Json.object(created.body()).getInt("total"));

        PortalClient.Page stale = client.api("PUT", "api/workspace/park-targets/2033", DemoAccounts.PROVINCE,
                "{\"basis\":\"b\",\"targets\":{\"330100\":1},\"version\":" + (version + 7) + "}");
        assertStatus(409, stale);
        PortalClient.Page revised = client.api("PUT", "api/workspace/park-targets/2033", DemoAccounts.PROVINCE,
                "{\"basis\":\"b\",\"targets\":{\"330100\":1},\"version\":" + version + "}");
        assertStatus(200, revised);
        assertEquals(1, Json.object(client.api("GET", "api/park-targets/2033", null, null).body())
                .getJsonObject("totals").getInt("target"));
        JsonObject audit = Json.object(client.api("GET", "api/admin/audit?entityType=ParkTargets", DemoAccounts.ADMIN,
                null).body());
        assertTrue(audit.toString().contains("park.targets.revise"), audit.toString());
    }

    @Test
    void aListedParkPublishesItsYearlyReportOnItsPublicUnitPage() {
        client.signIn(DemoAccounts.NINGBO_PARK, DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get("workspace/park-reports/index.xhtml");
        assertStatus(200, page);
        byte[] pdf = SampleFiles.pdf("green low-carbon development report 2025");

        PortalClient.Page uploaded = page.form("upload").set("upload:year", "2025")
                .submit("upload:submit", "upload:file", "2025年度绿色低碳发展报告.pdf", "application/pdf", pdf);

        assertStatus(200, uploaded);
        assertTrue(uploaded.text().contains("已公开2025年度报告“2025年度绿色低碳发展报告.pdf”。"), uploaded.text());
        PortalClient.Page unit = newClient().get("units/view.xhtml?code=" + DemoAccounts.NINGBO_PARK_CODE);
        assertStatus(200, unit);
        Element link = unit.document().selectFirst("#parkReports a");
        assertTrue(link != null && link.text().contains("2025"), unit.text());
        PortalClient.Download file = client.download(link.attr("href").substring(link.attr("href").indexOf("api/")),
                null);
        assertEquals(200, file.status());
        assertEquals("application/pdf", file.header("content-type"));
        assertTrue(java.util.Arrays.equals(pdf, file.body()), "the file as uploaded");
        assertTrue(Json.array(client.api("GET", "api/park-reports/" + DemoAccounts.NINGBO_PARK_CODE, null, null)
                .body()).toString().contains("2025年度绿色低碳发展报告.pdf"));
    }

    @Test
    void aReportIsRefusedWithoutAFileForAYearOutsideTheProgrammeOrWhenItIsNoPdf() {
        client.signIn(DemoAccounts.NINGBO_PARK, DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get("workspace/park-reports/index.xhtml");

        PortalClient.Page noFile = page.form("upload").set("upload:year", "2024")
                .submit("upload:submit", "upload:file", null, null, null);
        assertEquals("请选择要上传的报告文件", noFile.error("upload:file"), noFile.text());
        PortalClient.Page tooEarly = noFile.form("upload").set("upload:year", "2019")
                .submit("upload:submit", "upload:file", "2019.pdf", "application/pdf", SampleFiles.pdf("2019"));
        assertEquals("报告年度应为2022年至今年之间", tooEarly.error("upload:year"), tooEarly.text());
        assertEquals("2019", tooEarly.document().getElementById("upload:year").val(), "the year typed is kept");
        PortalClient.Page program = tooEarly.form("upload").set("upload:year", "2024")
                .submit("upload:submit", "upload:file", "2024.pdf", "application/pdf", SampleFiles.executable());
        assertTrue(program.document().getElementById("messages").text().contains("可执行程序"), program.text());

        String published = client.api("GET", "api/park-reports/" + DemoAccounts.NINGBO_PARK_CODE, null, null).body();
        assertFalse(published.contains("\"year\":2024") || published.contains("\"year\":2019"), published);
        assertStatus(404, client.api("GET", "api/park-reports/" + DemoAccounts.NINGBO_PARK_CODE + "/2024.pdf",
                null, null));
        assertStatus(403, client.upload("api/workspace/park-reports/2025", DemoAccounts.APPLICANT, Map.of(), "file",
                "r.pdf", "application/pdf", SampleFiles.pdf("factory")));
    }

    /** Provincial parks the registry lists now for {@code year}, in one city or all, as its open data counts them. */
    private long provincialParks(String city, int year) {
        String query = "api/units?type=PARK&level=PROVINCIAL&status=LISTED&size=1&year=" + year
                + (city == null ? "" : "&city=" + city);
        PortalClient.Page page = client.api("GET", query, null, null);
        assertStatus(200, page);
        return Json.object(page.body()).getJsonNumber("total").longValue();
    }

    private HttpResponse<String> get(String address, String accept) {
        try {
            return http.send(HttpRequest.newBuilder(base.toURI().resolve(address)).header("Accept", accept)
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString(
                            StandardCharsets.UTF_8));
        } catch (IOException | URISyntaxException e) {
            throw new AssertionError(address + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Map<String, Integer> annex() {
        Map<String, Integer> annex = new LinkedHashMap<>();
        annex.put("330100", 2);
        annex.put("330200", 2);
        annex.put("330300", 2);
        annex.put("330400", 1);
        annex.put("330500", 3);
        annex.put("330600", 1);
        annex.put("330700", 2);
        annex.put("330800", 1);
        annex.put("330900", 1);
        annex.put("331000", 2);
        annex.put("331100", 1);
        return annex;
    }
}
