package cn.gov.zj.jxt.green.interfaces.review;

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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The review over HTTP as the demo left it: the 2025 杭州 factory passed 初审 and had its panel drawn, with the demo
 * expert on it. The expert reads his own assignment and no one else's; the discipline office reads every draw and
 * re-runs it from its record.
 */
class ReviewApiIT extends PortalClientTest {

    @Test
    void anExpertReadsOnlyHisOwnAssignment() {
        PortalClient.Page mine = client.api("GET", "api/workspace/review/assignments", DemoAccounts.EXPERT, null);
        assertStatus(200, mine);
        // Other tests may seat the demo expert on their panels too; the demo panel is the 杭州 factory's.
        JsonObject own = Json.array(mine.body()).stream().map(v -> (JsonObject) v)
                .filter(a -> a.getJsonObject("application").getString("creditCode")
                        .equals(DemoAccounts.XIHU_FACTORY_CODE))
                .findFirst().orElseThrow(() -> new AssertionError(mine.body()));
        long ownId = own.getJsonNumber("id").longValue();
        long applicationId = own.getJsonObject("application").getJsonNumber("id").longValue();
        assertStatus(200, client.api("GET", "api/workspace/review/assignments/" + ownId, DemoAccounts.EXPERT, null));
        PortalClient.Download report = client.download("api/workspace/review/assignments/" + ownId + "/report",
                DemoAccounts.EXPERT);
        assertEquals(200, report.status());
        assertTrue(report.text().startsWith("%PDF-"));

        // The rest of the panel, as the province sees it: four other experts' seats.
        JsonArray panel = Json.array(client.api("GET", "api/workspace/review/applications/" + applicationId + "/panel",
                DemoAccounts.PROVINCE, null).body());
        assertEquals(5, panel.size());
        List<Long> others = panel.stream().map(v -> ((JsonObject) v).getJsonNumber("id").longValue())
                .filter(id -> id != ownId).toList();
        assertEquals(4, others.size());
        for (long other : others) {
            assertEquals(403, client.api("GET", "api/workspace/review/assignments/" + other, DemoAccounts.EXPERT, null)
                    .status(), "another expert's assignment");
            assertEquals(403, client.download("api/workspace/review/assignments/" + other + "/report",
                    DemoAccounts.EXPERT).status());
        }
        assertEquals(403, client.api("GET", "api/workspace/review/assignments/" + others.get(0) + "/score",
                DemoAccounts.EXPERT, null).status());

        // The refusal is in the audit log, which the supervisor reads.
        JsonObject denials = Json.object(client.api("GET", "api/admin/audit?action=access.denied&actor=expert&size=50",
                DemoAccounts.SUPERVISOR, null).body());
        assertTrue(denials.getJsonArray("entries").stream().map(v -> (JsonObject) v)
                .anyMatch(e -> e.getString("entityType", "").equals("Assignment")
                        && e.getString("entityId", "").equals(String.valueOf(others.get(0)))), denials.toString());

        // Experts and the public have no business with the clerk's side.
        assertEquals(403, client.api("GET", "api/workspace/review/draws", DemoAccounts.EXPERT, null).status());
        assertEquals(401, client.api("GET", "api/workspace/review/assignments", null, null).status());
        assertEquals(403, client.api("GET", "api/workspace/review/assignments", DemoAccounts.APPLICANT, null)
                .status());
    }

    @Test
    void theSupervisorReadsEveryDrawAndReRunsItFromItsRecord() {
        PortalClient.Page page = client.api("GET", "api/workspace/review/draws", DemoAccounts.SUPERVISOR, null);
        assertStatus(200, page);
        JsonObject demo = Json.array(page.body()).stream().map(v -> (JsonObject) v)
                .filter(d -> d.getString("kind").equals("PANEL") && d.getString("applicantCode", "")
                        .equals(DemoAccounts.XIHU_FACTORY_CODE))
                .findFirst().orElseThrow();
        long id = demo.getJsonNumber("id").longValue();
        assertEquals(8, demo.getJsonArray("candidates").size(), "the demo pool, all in the record");
        assertEquals(5, demo.getJsonArray("chosen").size());
        List<String> reasons = demo.getJsonArray("candidates").stream().map(v -> (JsonObject) v)
                .filter(c -> !c.isNull("exclusion")).map(c -> c.getString("exclusion")).sorted().toList();
        assertEquals(List.of("SAME_CITY", "SAME_CITY", "TIED_TO_APPLICANT"), reasons);
        assertFalse(demo.getString("seed").isBlank());

        JsonObject verification = Json.object(client.api("GET", "api/workspace/review/draws/" + id + "/verification",
                DemoAccounts.SUPERVISOR, null).body());
        assertTrue(verification.getBoolean("reproduces"));
        assertEquals(demo.getJsonArray("chosen"), verification.getJsonArray("replayedChosen"));

        // Read-only: the supervisor draws nothing and records nothing.
        long applicationId = demo.getJsonNumber("applicationId").longValue();
        assertEquals(403, client.api("POST", "api/workspace/review/applications/" + applicationId + "/draws",
                DemoAccounts.SUPERVISOR, "{}").status());
        assertEquals(403, client.api("POST", "api/workspace/review/applications/" + applicationId + "/proposal",
                DemoAccounts.SUPERVISOR, "{\"include\":false,\"reason\":\"x\"}").status());
        assertEquals(200, client.api("GET", "api/workspace/review/draws/" + id, DemoAccounts.PROVINCE, null).status());
    }

    @Test
    void thePagesShowTheReviewToEachRole() {
        long batch = Json.array(client.api("GET", "api/workspace/review/draws", DemoAccounts.PROVINCE, null).body())
                .stream().map(v -> (JsonObject) v)
                .filter(d -> d.getString("applicantCode", "").equals(DemoAccounts.XIHU_FACTORY_CODE))
                .findFirst().orElseThrow().getJsonNumber("batchId").longValue();
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page overview = client.get("workspace/review/index.xhtml?batch=" + batch);
        assertStatus(200, overview);
        assertTrue(overview.text().contains("杭州绿源精密制造有限公司（示例）"), overview.text());
        PortalClient.Page experts = client.get("workspace/review/experts.xhtml");
        assertStatus(200, experts);
        assertTrue(experts.text().contains("许卫东"));
        PortalClient.Page draws = client.get("workspace/review/draws.xhtml");
        assertStatus(200, draws);
        assertTrue(draws.text().contains("与申报单位有利害关系"), "exclusions are shown with their reason");

        PortalClient expert = newClient();
        expert.signIn(DemoAccounts.EXPERT, DemoAccounts.PASSWORD);
        PortalClient.Page mine = expert.get("workspace/expert/index.xhtml");
        assertStatus(200, mine);
        assertTrue(mine.text().contains("杭州绿源精密制造有限公司（示例）"));
        assertFalse(expert.get("workspace/review/draws.xhtml").text().contains("随机种子"),
                "the draw register is not the expert's");
    }
}
