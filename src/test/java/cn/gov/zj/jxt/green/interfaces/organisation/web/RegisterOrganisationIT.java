package cn.gov.zj.jxt.green.interfaces.organisation.web;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;

/** Registering an organisation: a wrong credit code is refused with a clear message and nothing is lost. */
class RegisterOrganisationIT extends PortalClientTest {

    /** 91330212MA2NB00081 with a wrong check character. */
    private static final String WRONG_CHECK = "91330212MA2NB00082";
    private static final String VALID = "91330109MA2XU0009J";

    @Test
    void aWrongCheckCharacterIsRefusedBesideTheFieldAndTheFormKeepsEverything() {
        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        PortalClient.Page refused = filledForm("萧山示例节能装备有限公司", WRONG_CHECK.toLowerCase()).submit("organisation:save");

        assertStatus(200, refused);
        assertTrue(refused.uri().contains("/workspace/organisations/edit.xhtml"), refused.uri());
        String message = refused.document().select(".field:has(#organisation\\:creditCode) .ui-message").text();
        assertTrue(message.contains("校验位（第18位）与前17位不符"), "message beside the field: " + refused.text());
        assertEquals(WRONG_CHECK.toLowerCase(), refused.document().getElementById("organisation:creditCode").val(),
                "what was typed is kept");
        assertEquals("萧山示例节能装备有限公司", refused.document().getElementById("organisation:name").val());
        assertEquals("0571-82000009", refused.document().getElementById("organisation:contactPhone").val());
        assertEquals(0, count("萧山示例节能装备有限公司"), "nothing stored");
    }

    @Test
    void aValidCodeIsStoredNormalisedAndAudited() {
        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        PortalClient.Page saved = filledForm("萧山示例绿色包装有限公司", " " + VALID.toLowerCase() + " ")
                .submit("organisation:save");

        assertStatus(200, saved);
        assertTrue(saved.uri().contains("/workspace/organisations/view.xhtml?id="), saved.uri() + " " + saved.text());
        assertTrue(saved.text().contains(VALID), "stored upper-case and trimmed: " + saved.text());
        assertEquals(1, count("萧山示例绿色包装有限公司"));

        JsonObject entry = Json.object(client.api("GET", "api/admin/audit?action=organisation.register&actor="
                + DemoAccounts.HANGZHOU + "&size=1", DemoAccounts.ADMIN, null).body())
                .getJsonArray("entries").getJsonObject(0);
        assertTrue(entry.getString("after").contains(VALID), entry.toString());
        assertEquals("330100", entry.getString("region"));
    }

    @Test
    void theApiAnswers201WithTheLocationOfTheNewOrganisation() {
        PortalClient.Page created = client.api("POST", "api/workspace/organisations", DemoAccounts.PROVINCE,
                "{\"type\":\"PARK\",\"name\":\"接口示例园区管理委员会\",\"creditCode\":\"12330212MB1NB0011D\","
                        + "\"region\":\"330212\",\"address\":\"宁波市鄞州区\",\"legalRepresentative\":\"张三\","
                        + "\"contactName\":\"李四\",\"contactPhone\":\"0574-82000011\"}");
        assertStatus(201, created);
        long id = Json.object(created.body()).getJsonNumber("id").longValue();
        assertTrue(created.headers().get("location").get(0).endsWith("/api/workspace/organisations/" + id),
                created.headers().toString());
    }

    @Test
    void theApiAnswers400WithTheFieldsMessage() {
        PortalClient.Page refused = client.api("POST", "api/workspace/organisations", DemoAccounts.PROVINCE,
                "{\"type\":\"ENTERPRISE\",\"name\":\"接口示例有限公司\",\"creditCode\":\"9133010912345\","
                        + "\"region\":\"330109\",\"address\":\"杭州市萧山区\",\"legalRepresentative\":\"张三\","
                        + "\"contactName\":\"李四\",\"contactPhone\":\"0571-82000010\"}");
        assertStatus(400, refused);
        JsonObject body = Json.object(refused.body());
        assertEquals("error.invalidInput", body.getString("error"));
        JsonObject field = body.getJsonArray("fields").getJsonObject(0);
        assertEquals("creditCode", field.getString("field"));
        assertEquals("统一社会信用代码应为18位", field.getString("message"));
        assertEquals(0, count("接口示例有限公司"));
    }

    private PortalClient.Form filledForm(String name, String creditCode) {
        return client.get("workspace/organisations/edit.xhtml").form("organisation")
                .set("organisation:type_input", "ENTERPRISE")
                .set("organisation:name", name)
                .set("organisation:creditCode", creditCode)
                .set("organisation:region_input", "330109")
                .set("organisation:address", "杭州市萧山区北干街道金城路1号")
                .set("organisation:legalRepresentative", "许文")
                .set("organisation:contactName", "宋佳")
                .set("organisation:contactPhone", "0571-82000009");
    }

    private int count(String name) {
        return Json.object(client.api("GET", "api/workspace/organisations?q=" + java.net.URLEncoder.encode(name,
                java.nio.charset.StandardCharsets.UTF_8), DemoAccounts.ADMIN, null).body()).getInt("total");
    }
}
