package cn.gov.zj.jxt.green.interfaces.institution;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;

/**
 * An institution keeps its affiliated units 关联单位; with them it is one legal person for the per-batch cap of
 * 003 §二(一). Each test uses credit codes of its own.
 */
class InstitutionAffiliateIT extends PortalClientTest {

    private static final String API = "api/workspace/institution/affiliates";
    /** The other demo institution (绍兴低碳认证评价中心). */
    private static final String SHAOXING_INSTITUTION_CODE = "91330603MA2QX00072";

    @Test
    void anInstitutionAddsAnAffiliateWhichJoinsItsGroupAndTheAdditionIsAudited() {
        PortalClient.Page added = add("91330108MA2AF01013", "杭州绿评检测技术有限公司（示例）", "控股子公司");

        assertStatus(201, added);
        JsonObject view = Json.object(added.body());
        long id = view.getJsonNumber("id").longValue();
        assertTrue(added.headers().get("location").get(0).endsWith("/" + API + "/" + id), added.headers().toString());
        assertEquals(DemoAccounts.INSTITUTION, view.getString("addedBy"));

        List<String> listed = codes(client.api("GET", API, DemoAccounts.INSTITUTION, null));
        assertTrue(listed.contains("91330108MA2AF01013"), listed.toString());
        Set<String> group = group(client.api("GET", API + "/group", DemoAccounts.INSTITUTION, null));
        assertTrue(group.containsAll(Set.of(DemoAccounts.BINJIANG_INSTITUTION_CODE, "91330108MA2AF01013")),
                "the group holds the institution's own code and the affiliate's: " + group);

        JsonObject entry = auditEntry("institution.affiliate.add", id);
        assertTrue(entry.getString("after").contains("91330108MA2AF01013"), entry.toString());
        assertEquals(DemoAccounts.INSTITUTION, entry.getString("actor"));
    }

    @Test
    void aUnitBelongsToOneGroupOnly() {
        assertStatus(201, add("91330108MA2AF01026", "杭州绿评咨询有限公司（示例）", null));

        PortalClient.Page again = add(" 91330108ma2af01026 ", "同一单位再次登记", null);
        assertStatus(409, again);
        assertEquals("affiliate.creditCode.listed", Json.object(again.body()).getString("error"));

        PortalClient.Page own = add(DemoAccounts.BINJIANG_INSTITUTION_CODE, "本机构自己", null);
        assertStatus(409, own);
        assertEquals("affiliate.creditCode.own", Json.object(own.body()).getString("error"));

        // A registered institution without affiliates of its own may join the group: its projects then count
        // against the group's cap (003 §二(一)).
        assertStatus(201, add(SHAOXING_INSTITUTION_CODE, "绍兴低碳认证评价中心", null));
    }

    @Test
    void aWrongCreditCodeIsRefusedBesideTheField() {
        PortalClient.Page refused = add("91330108MA2AF01030", "校验位错误的单位", null);

        assertStatus(400, refused);
        JsonObject field = Json.object(refused.body()).getJsonArray("fields").getJsonObject(0);
        assertEquals("creditCode", field.getString("field"));
    }

    @Test
    void provincialReadersSeeEveryInstitutionsAffiliatesButChangeNothing() {
        long id = Json.object(add("91330108MA2AF01039", "杭州绿评能源审计有限公司（示例）", "同一控股股东").body())
                .getJsonNumber("id").longValue();

        for (String reader : List.of(DemoAccounts.PROVINCE, DemoAccounts.SUPERVISOR)) {
            PortalClient.Page all = client.api("GET", API, reader, null);
            assertStatus(200, all);
            assertTrue(codes(all).contains("91330108MA2AF01039"), reader + ": " + all.body());
        }
        PortalClient.Page posted = client.api("POST", API, DemoAccounts.PROVINCE,
                "{\"name\":\"省厅代登记\",\"creditCode\":\"91330108MA2AF0104C\"}");
        assertStatus(403, posted);
        assertStatus(403, client.api("DELETE", API + "/" + id, DemoAccounts.PROVINCE, null));
        assertStatus(403, client.api("GET", API, DemoAccounts.APPLICANT, null));
        assertStatus(403, client.api("GET", API, DemoAccounts.HANGZHOU, null));
        assertTrue(codes(client.api("GET", API, DemoAccounts.INSTITUTION, null)).contains("91330108MA2AF01039"),
                "still there");
    }

    @Test
    void anInstitutionRemovesItsAffiliateAndTheRemovalIsAudited() {
        long id = Json.object(add("91330108MA2AF0105F", "杭州绿评培训有限公司（示例）", null).body())
                .getJsonNumber("id").longValue();

        assertStatus(204, client.api("DELETE", API + "/" + id, DemoAccounts.INSTITUTION, null));

        assertFalse(codes(client.api("GET", API, DemoAccounts.INSTITUTION, null)).contains("91330108MA2AF0105F"));
        assertFalse(group(client.api("GET", API + "/group", DemoAccounts.INSTITUTION, null))
                .contains("91330108MA2AF0105F"));
        JsonObject entry = auditEntry("institution.affiliate.remove", id);
        assertTrue(entry.getString("before").contains("91330108MA2AF0105F"), entry.toString());
        assertStatus(404, client.api("DELETE", API + "/" + id, DemoAccounts.INSTITUTION, null));
    }

    @Test
    void theInstitutionKeepsItsAffiliatesOnItsPage() {
        client.signIn(DemoAccounts.INSTITUTION, DemoAccounts.PASSWORD);
        PortalClient.Page workspace = client.get("workspace/index.xhtml");
        assertTrue(workspace.document().select("a[href*=/workspace/institution/affiliates.xhtml]").size() > 0,
                "menu entry: " + workspace.text());

        PortalClient.Page saved = client.get("workspace/institution/affiliates.xhtml").form("affiliate")
                .set("affiliate:name", "杭州绿评环境科技有限公司（示例）")
                .set("affiliate:creditCode", "91330108ma2af0106j")
                .set("affiliate:relation", "同一法定代表人")
                .submit("affiliate:save");

        assertStatus(200, saved);
        assertTrue(saved.text().contains("已登记关联单位“杭州绿评环境科技有限公司（示例）”"), saved.text());
        assertTrue(saved.document().select("#affiliates\\:table").text().contains("91330108MA2AF0106J"),
                "listed, upper-case: " + saved.text());

        PortalClient.Page refused = client.get("workspace/institution/affiliates.xhtml").form("affiliate")
                .set("affiliate:name", "")
                .set("affiliate:creditCode", "91330108MA2AF0107M")
                .submit("affiliate:save");
        assertTrue(refused.document().select(".field:has(#affiliate\\:name) .ui-message").text()
                .contains("请填写关联单位名称"), refused.text());
        assertEquals("91330108MA2AF0107M", refused.document().getElementById("affiliate:creditCode").val(),
                "what was typed is kept");
    }

    private PortalClient.Page add(String creditCode, String name, String relation) {
        String json = "{\"name\":\"" + name + "\",\"creditCode\":\"" + creditCode + "\""
                + (relation == null ? "" : ",\"relation\":\"" + relation + "\"") + "}";
        return client.api("POST", API, DemoAccounts.INSTITUTION, json);
    }

    private static List<String> codes(PortalClient.Page page) {
        return Json.object(page.body()).getJsonArray("affiliates").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("creditCode")).toList();
    }

    private static Set<String> group(PortalClient.Page page) {
        return Json.object(page.body()).getJsonArray("creditCodes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).collect(Collectors.toSet());
    }

    private JsonObject auditEntry(String action, long id) {
        return Json.object(client.api("GET", "api/admin/audit?action=" + action + "&entityType=InstitutionAffiliate"
                + "&size=200", DemoAccounts.ADMIN, null).body())
                .getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("entityId").equals(String.valueOf(id)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + " entry for " + id));
    }
}
