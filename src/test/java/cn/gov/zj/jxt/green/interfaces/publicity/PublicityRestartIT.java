package cn.gov.zj.jxt.green.interfaces.publicity;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A publicity period that ends while the portal is stopped is closed once when it starts again, and a further
 * restart closes nothing twice (the deadline row, not the timer, is the truth). Stopping is undeploying, which
 * runs the same start-up as a server restart, as in DeadlineRestartIT. Published on a clock moved back to March
 * 2026, the period ends long before the machine's real time, to which the portal returns when it starts.
 * Then, over HTTP as the public uses it: the JSON, an objection refused after the close, and the rate limit (429).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicityRestartIT {

    private static final String PORTAL = "restartable-portal";

    @Deployment(name = PORTAL, managed = false, testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void aPeriodThatEndedWhileStoppedIsClosedOnceAtStart() {
        PortalClient client = new PortalClient(URI.create("http://127.0.0.1:"
                + (8080 + Integer.getInteger("it.port.offset", 0)) + "/"));
        long id;
        long entry;
        deployer.deploy(PORTAL);
        try {
            assertStatus(200, client.api("POST", "api/test-support/clock", null,
                    "{\"instant\":\"2026-03-02T02:00:00Z\"}"));
            PortalClient.Page batch = client.api("POST", "api/test-support/proposed-batch", null, null);
            assertStatus(200, batch);
            PortalClient.Page published = client.api("POST", "api/workspace/publicity/batches/" + batch.body().strip(),
                    DemoAccounts.PROVINCE, "{\"startDate\":\"2026-03-03\",\"contact\":\"0571-87000000\"}");
            assertStatus(201, published);
            JsonObject view = Json.object(published.body());
            id = view.getJsonNumber("id").longValue();
            entry = view.getJsonArray("entries").getJsonObject(0).getJsonNumber("id").longValue();
            assertEquals("2026-03-17", view.getString("lastDay"), "15 days including March 3");
            assertEquals("2026-03-17T16:00:00Z", view.getString("endsAt"), "24:00 Shanghai of March 17");
            assertEquals("SCHEDULED", view.getString("status"));
            assertEquals(0, closes(client, id));
        } finally {
            deployer.undeploy(PORTAL);
        }

        // Stopped over the whole period; started on the machine's time, months later.
        deployer.deploy(PORTAL);
        try {
            JsonObject view = publicity(client, id);
            assertEquals("CLOSED", view.getString("status"), "closed as the portal started: " + view);
            assertEquals(1, closes(client, id), "closed once");
        } finally {
            deployer.undeploy(PORTAL);
        }

        // Started once more: nothing is closed twice. And the public side over HTTP.
        deployer.deploy(PORTAL);
        try {
            assertEquals("CLOSED", publicity(client, id).getString("status"));
            assertEquals(1, closes(client, id), "still once");
            assertTrue(client.api("GET", "api/publicity", null, null).body().contains("\"id\":" + id));
            Map<String, String> fields = Map.of("entryId", String.valueOf(entry), "name", "王某某",
                    "idNumber", "11010519491231002X", "phone", "13800000000", "facts", "该单位存在违法排污问题。");
            // Five objections pass the limiter and meet the close; the sixth meets the limit first.
            for (int i = 0; i < 5; i++) {
                PortalClient.Page late = client.upload("api/publicity/" + id + "/objections", null, fields,
                        "evidence", "证据.png", "image/png", PNG);
                assertStatus(409, late);
                assertEquals("publicity.objection.closed", Json.object(late.body()).getString("error"));
            }
            PortalClient.Page limited = client.upload("api/publicity/" + id + "/objections", null, fields,
                    "evidence", "证据.png", "image/png", PNG);
            assertStatus(429, limited);
            assertEquals("publicity.objection.tooMany", Json.object(limited.body()).getString("error"));
        } finally {
            deployer.undeploy(PORTAL);
        }
    }

    private static JsonObject publicity(PortalClient client, long id) {
        PortalClient.Page page = client.api("GET", "api/publicity/" + id, null, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    /** The audit log's publicity.close entries for this period. */
    private static long closes(PortalClient client, long id) {
        PortalClient.Page page = client.api("GET", "api/admin/audit?action=publicity.close&entityType=Publicity&size=500",
                DemoAccounts.ADMIN, null);
        assertStatus(200, page);
        return Json.object(page.body()).getJsonArray("entries").stream().map(v -> (JsonObject) v)
                .filter(e -> String.valueOf(id).equals(e.getString("entityId"))).count();
    }

    /** A 1×1 PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
