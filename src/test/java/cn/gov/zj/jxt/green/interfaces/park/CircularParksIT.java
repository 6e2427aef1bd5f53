package cn.gov.zj.jxt.green.interfaces.park;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The province's list of parks for circular transformation (发改办环资〔2021〕1004号 §三(二)) on its own public page,
 * circular-parks.xhtml, without a session: the demo's approved 湖州南太湖 plan with its expected outcomes, not the
 * returned 杭州钱塘 one; the same list as open data in JSON and CSV, and a format it does not know refused.
 */
class CircularParksIT extends PortalClientTest {

    private static final String NANTAIHU = "湖州南太湖绿色智造产业园区管理委员会（示例）";
    private static final String QIANTANG = "杭州钱塘绿色化工园区管理委员会（示例）";

    @Test
    void theListShowsEachApprovedParkWithItsExpectedOutcomesAndIsOpenData() {
        PortalClient.Page page = client.get("circular-parks.xhtml");
        assertStatus(200, page);
        assertTrue(page.headers().getOrDefault("set-cookie", java.util.List.of()).stream()
                .noneMatch(c -> c.startsWith("JSESSIONID")), "stateless: " + page.headers());
        Element row = page.document().select("#list\\:parks tbody tr").stream()
                .filter(r -> r.text().contains(NANTAIHU)).findFirst()
                .orElseThrow(() -> new AssertionError(page.text()));
        assertTrue(row.text().contains("湖州市") && row.text().contains("未验收"), row.text());
        String outcomes = Json.object(client.api("GET", "api/transformation-plans", null, null).body())
                .getJsonArray("plans").stream().map(jakarta.json.JsonObject.class::cast)
                .filter(p -> p.getString("park").equals(NANTAIHU)).findFirst().orElseThrow()
                .getJsonObject("outcomes").getJsonNumber("energySaved").bigDecimalValue().toPlainString();
        assertTrue(row.text().contains(outcomes), outcomes + " in " + row.text());
        assertFalse(page.text().contains(QIANTANG), "a returned plan is not on the list");
        assertTrue(page.document().getElementById("count").text().matches("清单内园区共\\d+家。"), page.text());

        PortalClient.Download csv = client.download("api/transformation-plans?format=csv&lang=zh", null);
        assertEquals(200, csv.status());
        assertTrue(csv.header("content-type").startsWith("text/csv"), csv.header("content-type"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("地区代码") && text.contains(NANTAIHU) && text.contains(outcomes), text);
        assertFalse(text.contains(QIANTANG), text);
        assertStatus(400, client.api("GET", "api/transformation-plans?format=xml", null, null));
        PortalClient.Page english = client.call("GET", "api/transformation-plans", Map.of("Accept", "text/csv",
                "Accept-Language", "en"), null, null);
        assertStatus(200, english);
        assertTrue(english.body().contains("Region code") && english.body().contains(NANTAIHU), english.body());
    }
}
