package cn.gov.zj.jxt.green.interfaces.organisation.web;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;

/**
 * Region scope holds in the services, whatever the URL says: a 杭州 city clerk who edits the id in the address
 * bar to a 宁波 record gets 403, and the attempt is in the audit log.
 */
class RegionScopeIT extends PortalClientTest {

    @Test
    void aHangzhouClerkGets403AndAnAuditEntryForANingboRecordByEditingTheUrl() {
        long ningboPark = idOf(DemoAccounts.NINGBO_PARK_CODE);
        long hangzhouFactory = idOf(DemoAccounts.XIHU_FACTORY_CODE);
        long deniedBefore = deniedCount(DemoAccounts.HANGZHOU);
        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);

        PortalClient.Page own = client.get("workspace/organisations/view.xhtml?id=" + hangzhouFactory);
        assertStatus(200, own);
        assertTrue(own.text().contains("杭州绿源精密制造有限公司"), own.text());

        PortalClient.Page other = client.get("workspace/organisations/view.xhtml?id=" + ningboPark);
        assertStatus(403, other);
        assertTrue(other.text().contains("无权访问"), other.text());
        assertTrue(!other.text().contains("宁波临港"), "nothing of the record leaks into the page");

        assertEquals(deniedBefore + 1, deniedCount(DemoAccounts.HANGZHOU), "the page's refusal is audited");

        PortalClient.Page edit = client.get("workspace/organisations/edit.xhtml?id=" + ningboPark);
        assertStatus(403, edit);
        assertEquals(deniedBefore + 2, deniedCount(DemoAccounts.HANGZHOU));
        assertStatus(404, client.get("workspace/organisations/view.xhtml?id=999999"));
        assertStatus(404, client.get("workspace/organisations/view.xhtml"));

        JsonObject denial = lastDenial(DemoAccounts.HANGZHOU);
        assertEquals("Organisation", denial.getString("entityType"));
        assertEquals(String.valueOf(ningboPark), denial.getString("entityId"));
        assertEquals("CITY_CLERK", denial.getString("role"));
        assertEquals("330100", denial.getString("region"));
        assertNotNull(denial.getString("clientAddress"));
        assertTrue(denial.getString("after").contains("organisation."), denial.toString());
    }

    @Test
    void theApiRefusesTheSameReadAndChange() {
        long ningboPark = idOf(DemoAccounts.NINGBO_PARK_CODE);
        long deniedBefore = deniedCount(DemoAccounts.HANGZHOU);

        assertStatus(403, client.api("GET", "api/workspace/organisations/" + ningboPark, DemoAccounts.HANGZHOU, null));
        PortalClient.Page change = client.api("PUT", "api/workspace/organisations/" + ningboPark,
                DemoAccounts.HANGZHOU, "{\"type\":\"PARK\",\"name\":\"改名\",\"creditCode\":\""
                        + DemoAccounts.NINGBO_PARK_CODE + "\",\"region\":\"330106\",\"address\":\"x\","
                        + "\"legalRepresentative\":\"x\",\"contactName\":\"x\",\"contactPhone\":\"0571-1234567\"}");
        assertStatus(403, change);
        assertEquals(deniedBefore + 2, deniedCount(DemoAccounts.HANGZHOU));

        JsonObject unchanged = Json.object(
                client.api("GET", "api/workspace/organisations/" + ningboPark, DemoAccounts.ADMIN, null).body());
        assertTrue(unchanged.getString("name").startsWith("宁波临港"), unchanged.toString());
        assertEquals("330206", unchanged.getString("region"));
    }

    @Test
    void theServiceRefusesRegisteringInOrMovingToAnotherCity() {
        long deniedBefore = deniedCount(DemoAccounts.HANGZHOU);
        PortalClient.Page register = client.api("POST", "api/workspace/organisations", DemoAccounts.HANGZHOU,
                organisationJson(null, "北仑示例材料有限公司", "91330206MA2BL0010W", "330206"));
        assertStatus(403, register);
        assertEquals(0, Json.object(client.api("GET", "api/workspace/organisations?q=91330206MA2BL0010W",
                DemoAccounts.ADMIN, null).body()).getInt("total"));

        long hangzhouFactory = idOf(DemoAccounts.XIHU_FACTORY_CODE);
        JsonObject factory = Json.object(client.api("GET", "api/workspace/organisations/" + hangzhouFactory,
                DemoAccounts.HANGZHOU, null).body());
        PortalClient.Page move = client.api("PUT", "api/workspace/organisations/" + hangzhouFactory,
                DemoAccounts.HANGZHOU, organisationJson(factory.getJsonNumber("version").longValue(),
                        factory.getString("name"), factory.getString("creditCode"), "330206"));
        assertStatus(403, move);
        assertEquals("330106", Json.object(client.api("GET", "api/workspace/organisations/" + hangzhouFactory,
                DemoAccounts.ADMIN, null).body()).getString("region"), "not moved");
        assertEquals(deniedBefore + 2, deniedCount(DemoAccounts.HANGZHOU));
    }

    @Test
    void aClerkCannotOverwriteAChangeMadeAfterSheOpenedTheRecord() {
        long institution = idOf(DemoAccounts.BINJIANG_INSTITUTION_CODE);
        JsonObject opened = Json.object(client.api("GET", "api/workspace/organisations/" + institution,
                DemoAccounts.HANGZHOU, null).body());
        long version = opened.getJsonNumber("version").longValue();

        PortalClient.Page first = client.api("PUT", "api/workspace/organisations/" + institution,
                DemoAccounts.PROVINCE, sameKind(opened, organisationJson(version, opened.getString("name"),
                        opened.getString("creditCode"), "330108").replace("0571-1234567", "0571-87000099")));
        assertStatus(200, first);
        PortalClient.Page stale = client.api("PUT", "api/workspace/organisations/" + institution,
                DemoAccounts.HANGZHOU, sameKind(opened, organisationJson(version, opened.getString("name"),
                        opened.getString("creditCode"), "330108")));
        assertStatus(409, stale);
        assertTrue(Json.object(stale.body()).getString("message").contains("已被他人修改"), stale.body());
        assertEquals("0571-87000099", Json.object(client.api("GET", "api/workspace/organisations/" + institution,
                DemoAccounts.ADMIN, null).body()).getString("contactPhone"));
    }

    @Test
    void aCityClerkListsHerCityOnlyAndACountyClerkHisCounty() {
        List<String> hangzhou = regionNames(DemoAccounts.HANGZHOU);
        assertTrue(!hangzhou.isEmpty() && hangzhou.stream().allMatch(n -> n.startsWith("杭州市")), hangzhou.toString());
        List<String> xihu = regionNames(DemoAccounts.XIHU);
        assertTrue(!xihu.isEmpty() && xihu.stream().allMatch(n -> n.equals("杭州市西湖区")), xihu.toString());
        List<String> province = regionNames(DemoAccounts.PROVINCE);
        assertTrue(province.stream().anyMatch(n -> n.startsWith("宁波市")) && province.size() > hangzhou.size());

        long binjiangInstitution = idOf(DemoAccounts.BINJIANG_INSTITUTION_CODE);
        assertStatus(403, client.api("GET", "api/workspace/organisations/" + binjiangInstitution,
                DemoAccounts.XIHU, null));
        assertStatus(200, client.api("GET", "api/workspace/organisations/" + binjiangInstitution,
                DemoAccounts.HANGZHOU, null));
    }

    @Test
    void anApplicantSeesItsOwnOrganisationOnly() {
        long own = idOf(DemoAccounts.XIHU_FACTORY_CODE);
        long other = idOf(DemoAccounts.NINGBO_PARK_CODE);
        assertStatus(200, client.api("GET", "api/workspace/organisations/" + own, DemoAccounts.APPLICANT, null));
        assertStatus(403, client.api("GET", "api/workspace/organisations/" + other, DemoAccounts.APPLICANT, null));
        assertEquals(List.of("杭州市西湖区"), regionNames(DemoAccounts.APPLICANT));
    }

    @Test
    void anExpertHasNoOrganisationListAndNoRegistrationForm() {
        assertStatus(403, client.api("GET", "api/workspace/organisations", DemoAccounts.EXPERT, null));
        client.signIn(DemoAccounts.EXPERT, DemoAccounts.PASSWORD);
        assertStatus(403, client.get("workspace/organisations/edit.xhtml"));
    }

    /** The demo institution stays an institution: other tests engage it. */
    private static String sameKind(JsonObject opened, String json) {
        return json.replace("\"type\":\"ENTERPRISE\"", "\"type\":\"" + opened.getString("type") + "\"");
    }

    private static String organisationJson(Long version, String name, String creditCode, String region) {
        return "{" + (version == null ? "" : "\"version\":" + version + ",") + "\"type\":\"ENTERPRISE\",\"name\":\""
                + name + "\",\"creditCode\":\"" + creditCode + "\",\"region\":\"" + region
                + "\",\"address\":\"示例地址\",\"legalRepresentative\":\"示例\",\"contactName\":\"示例\","
                + "\"contactPhone\":\"0571-1234567\"}";
    }

    private long idOf(String creditCode) {
        JsonObject page = Json.object(client.api("GET", "api/workspace/organisations?q=" + creditCode,
                DemoAccounts.ADMIN, null).body());
        assertEquals(1, page.getInt("total"), page.toString());
        return page.getJsonArray("organisations").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private List<String> regionNames(String user) {
        PortalClient.Page page = client.api("GET", "api/workspace/organisations?size=500", user, null);
        assertStatus(200, page);
        return Json.object(page.body()).getJsonArray("organisations").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("regionName")).toList();
    }

    private JsonObject lastDenial(String actor) {
        JsonObject page = Json.object(client.api("GET", "api/admin/audit?action=access.denied&actor=" + actor
                + "&size=1", DemoAccounts.ADMIN, null).body());
        assertTrue(page.getInt("total") > 0, "no denial recorded for " + actor);
        return page.getJsonArray("entries").getJsonObject(0);
    }

    private long deniedCount(String actor) {
        return Json.object(client.api("GET", "api/admin/audit?action=access.denied&actor=" + actor + "&size=1",
                DemoAccounts.ADMIN, null).body()).getJsonNumber("total").longValue();
    }
}
