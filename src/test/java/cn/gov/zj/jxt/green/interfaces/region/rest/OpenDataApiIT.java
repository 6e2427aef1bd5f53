package cn.gov.zj.jxt.green.interfaces.region.rest;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;

/** The open API: health and the province's regions as the migration seeded them. */
class OpenDataApiIT extends PortalClientTest {

    @Test
    void healthIsUpWhileTheDatabaseAnswers() {
        PortalClient.Page health = client.api("GET", "api/health", null, null);
        assertStatus(200, health);
        JsonObject body = Json.object(health.body());
        assertEquals("UP", body.getString("status"));
        assertEquals("UP", body.getString("database"));
        assertTrue(body.getString("time").endsWith("+08:00"), "time is given in Asia/Shanghai: " + body);
    }

    @Test
    void listsTheProvinceItsElevenCitiesInDocumentOrderAndNinetyCounties() {
        JsonArray all = Json.array(client.api("GET", "api/regions", null, null).body());
        assertEquals(1 + 11 + 90, all.size());

        JsonArray cities = Json.array(client.api("GET", "api/regions?level=CITY", null, null).body());
        List<String> names = cities.getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList();
        assertEquals(List.of("杭州市", "宁波市", "温州市", "湖州市", "嘉兴市", "绍兴市", "金华市", "衢州市", "舟山市", "台州市", "丽水市"),
                names);

        JsonArray counties = Json.array(client.api("GET", "api/regions?level=COUNTY", null, null).body());
        assertEquals(90, counties.size());
        assertTrue(counties.getValuesAs(JsonObject.class).stream()
                .allMatch(c -> c.getString("code").startsWith(c.getString("parent").substring(0, 4))),
                "every county's code starts with its city's");
    }

    @Test
    void showsARegionWithItsCounties() {
        PortalClient.Page page = client.api("GET", "api/regions/330100", null, null);
        assertStatus(200, page);
        JsonObject hangzhou = Json.object(page.body());
        assertEquals("Hangzhou", hangzhou.getJsonObject("region").getString("nameEn"));
        List<String> counties = hangzhou.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("name")).toList();
        assertEquals(13, counties.size());
        assertTrue(counties.containsAll(List.of("西湖区", "临平区", "钱塘区", "建德市")), counties.toString());
        assertEquals(JsonValue.NULL, Json.object(client.api("GET", "api/regions/330000", null, null).body())
                .getJsonObject("region").get("parent"));
    }

    @Test
    void anUnknownRegionIsNotFound() {
        assertStatus(404, client.api("GET", "api/regions/999999", null, null));
    }

    @Test
    void theWorkspaceApiWantsCredentials() {
        PortalClient.Page page = client.api("GET", "api/workspace/organisations", null, null);
        assertStatus(401, page);
        assertTrue(page.headers().get("www-authenticate").get(0).startsWith("Basic"));
        assertStatus(401, client.api("GET", "api/admin/audit/verification", "admin", "wrong-password", null));
    }
}
