package cn.gov.zj.jxt.green.interfaces.nomination;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The nomination cycle over HTTP as the demo left it: the 2025 batch of seed 003 with its quotas and use open to
 * everyone, its deadline passed and recorded by the timers as the portal started, and the workspace API answering
 * each person by role and region.
 */
class NominationApiIT extends PortalClientTest {

    @Test
    void anyoneReadsEachCitysQuotaAndUseAsJson() {
        PortalClient.Page page = client.api("GET", "api/batches/2025/quotas", null, null);
        assertStatus(200, page);
        JsonObject batch = Json.object(page.body()).getJsonArray("batches").getJsonObject(0);
        assertEquals("2025年省级绿色低碳工业园区和工厂推荐", batch.getString("title"));
        assertEquals(200, batch.getInt("totalQuota"), "seed 003 附件1");
        JsonArray cities = batch.getJsonArray("cities");
        assertEquals(11, cities.size());
        JsonObject hangzhou = city(cities, "杭州市");
        assertEquals(20, hangzhou.getInt("quota"));
        assertEquals(1, hangzhou.getJsonNumber("nominated").longValue());
        assertEquals("SUBMITTED", hangzhou.getString("status"));
        assertEquals(31, city(cities, "宁波市").getInt("quota"));
        assertEquals(0, city(cities, "宁波市").getJsonNumber("nominated").longValue());

        assertEquals(404, client.api("GET", "api/batches/1999/quotas", null, null).status());
    }

    @Test
    void theDemoBatchWasLockedAtStartAndTheCitiesThatMissedItWereTold() {
        JsonArray batches = Json.array(client.api("GET", "api/workspace/batches", DemoAccounts.PROVINCE, null).body());
        JsonObject batch2025 = batches.stream().map(v -> (JsonObject) v)
                .filter(b -> b.getString("title").equals("2025年省级绿色低碳工业园区和工厂推荐")).findFirst().orElseThrow();
        assertFalse(batch2025.isNull("lockedAt"), "June 30, 2025 has long passed");

        JsonObject inbox = Json.object(client.api("GET", "api/workspace/notifications?size=100", DemoAccounts.NINGBO,
                null).body());
        assertTrue(inbox.getJsonArray("notifications").stream().map(v -> ((JsonObject) v).getString("subject"))
                .anyMatch(s -> s.startsWith("【逾期】2025年省级绿色低碳工业园区和工厂推荐")), inbox.toString());
        JsonObject hangzhouInbox = Json.object(client.api("GET", "api/workspace/notifications?size=100",
                DemoAccounts.HANGZHOU, null).body());
        assertFalse(hangzhouInbox.getJsonArray("notifications").stream()
                .map(v -> ((JsonObject) v).getString("subject"))
                .anyMatch(s -> s.startsWith("【逾期】2025年省级绿色低碳工业园区和工厂推荐")), "杭州 submitted in time");
    }

    @Test
    void eachPersonReachesOnlyWhatTheirRoleAndRegionAllow() {
        String batch = "{\"year\":2030,\"level\":\"PROVINCIAL\",\"title\":\"权限测试批次\",\"unitTypes\":[\"FACTORY\"],"
                + "\"submissionDeadline\":\"2030-06-30\",\"cityListDeadline\":\"2030-12-31\",\"quotas\":{}}";
        assertEquals(401, client.api("POST", "api/workspace/batches", null, batch).status());
        assertEquals(403, client.api("POST", "api/workspace/batches", DemoAccounts.APPLICANT, batch).status());
        assertEquals(403, client.api("POST", "api/workspace/batches", DemoAccounts.HANGZHOU, batch).status());

        PortalClient.Page past = client.api("POST", "api/workspace/batches", DemoAccounts.PROVINCE,
                batch.replace("2030-06-30", LocalDate.now(OfficialDay.ZONE).minusDays(1).toString()));
        assertStatus(400, past);
        assertEquals("submissionDeadline", Json.object(past.body()).getJsonArray("fields").getJsonObject(0)
                .getString("field"));

        JsonArray mine = Json.array(client.api("GET", "api/workspace/applications", DemoAccounts.APPLICANT, null).body());
        JsonObject nominated = mine.stream().map(v -> (JsonObject) v).filter(a -> a.getString("status").equals("NOMINATED"))
                .findFirst().orElseThrow();
        long id = nominated.getJsonNumber("id").longValue();
        assertEquals(2, nominated.getJsonArray("reviews").size(), "西湖区, then 杭州市");

        PortalClient.Page rules = client.api("GET", "api/workspace/applications/" + id + "/eligibility",
                DemoAccounts.APPLICANT, null);
        assertStatus(200, rules);
        JsonArray outcomes = Json.array(rules.body());
        assertEquals(12, outcomes.size(), "every rule with its clause");
        assertTrue(outcomes.stream().map(v -> (JsonObject) v).allMatch(o -> !o.getString("clause").isBlank()));
        assertEquals(403, client.api("GET", "api/workspace/applications/" + id, DemoAccounts.NINGBO, null).status(),
                "宁波 does not see 杭州's application");
        assertEquals(200, client.api("GET", "api/workspace/applications/" + id, DemoAccounts.XIHU, null).status());

        JsonObject submission = Json.object(client.api("GET", "api/workspace/batches/" + nominated.getJsonNumber(
                "batchId").longValue() + "/submission", DemoAccounts.HANGZHOU, null).body());
        long submissionId = submission.getJsonNumber("id").longValue();
        PortalClient.Download letter = client.download("api/workspace/submissions/" + submissionId + "/letter.pdf",
                DemoAccounts.HANGZHOU);
        assertEquals(200, letter.status());
        assertTrue(letter.text().startsWith("%PDF-"));
        assertEquals(403, client.download("api/workspace/submissions/" + submissionId + "/letter.pdf",
                DemoAccounts.NINGBO).status());
        PortalClient.assertDocx(client.download("api/workspace/submissions/" + submissionId + "/letter.docx",
                DemoAccounts.PROVINCE));
    }

    private static JsonObject city(JsonArray cities, String name) {
        return cities.stream().map(v -> (JsonObject) v).filter(c -> c.getString("city").equals(name)).findFirst()
                .orElseThrow();
    }
}
