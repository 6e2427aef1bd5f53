package cn.gov.zj.jxt.green.interfaces.dynamic;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The dynamic management pages on the demo's year, as each person sees them: the unit its filed form, the city the
 * forms, the pending change and its units, the province the removal announcement; the announcement is public; and
 * each page is refused to the roles it is not for.
 */
class DynamicPagesIT extends PortalClientTest {

    @Test
    void theUnitTheCityAndTheProvinceSeeTheDemoYearAndThePublicDownloadsTheAnnouncement() {
        client.signIn(DemoAccounts.APPLICANT, DemoAccounts.PASSWORD);
        PortalClient.Page unit = client.get("workspace/dynamic/unit.xhtml");
        assertStatus(200, unit);
        assertTrue(unit.text().contains("本年度动态管理表已填报"), unit.text());
        assertTrue(unit.text().contains("生产经营范围变更"), "its declared change");

        PortalClient city = newClient();
        city.signIn(DemoAccounts.NINGBO, DemoAccounts.PASSWORD);
        PortalClient.Page ningbo = city.get("workspace/dynamic/city.xhtml");
        assertStatus(200, ningbo);
        assertTrue(ningbo.text().contains("宁波临港绿色低碳产业园区管理委员会（示例）"), "the park's pending name change");
        assertTrue(ningbo.text().contains("拒不按时填报动态管理表"), "甬江's removal on the missed form");

        PortalClient province = newClient();
        province.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page removals = province.get("workspace/dynamic/removals.xhtml");
        assertStatus(200, removals);
        assertTrue(removals.text().contains("绿色制造名单动态管理调整的公告"), removals.text());

        JsonArray announcements = Json.array(client.api("GET", "api/removal-announcements", null, null).body());
        // The demo's yearly announcement, and any that other tests of the same run have issued since.
        assertFalse(announcements.isEmpty(), "the demo's yearly announcement");
        JsonObject announcement = announcements.getJsonObject(0);
        assertTrue(announcement.getString("number").startsWith("浙经信绿色〔"), announcement.toString());
        PortalClient.Download pdf = newClient().download(announcement.getString("pdf").substring(1), null);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type"));
        assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF"));
    }

    @Test
    void eachPageIsRefusedToTheRolesItIsNotFor() {
        client.signIn(DemoAccounts.APPLICANT, DemoAccounts.PASSWORD);
        assertTrue(client.get("workspace/dynamic/removals.xhtml").text().contains("无权访问"));
        PortalClient city = newClient();
        city.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        assertTrue(city.get("workspace/dynamic/unit.xhtml").text().contains("无权访问"));
        assertTrue(city.get("workspace/dynamic/removals.xhtml").text().contains("无权访问"));
        PortalClient province = newClient();
        province.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        assertTrue(province.get("workspace/dynamic/city.xhtml").text().contains("无权访问"));
    }
}
