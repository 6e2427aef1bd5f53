package cn.gov.zj.jxt.green.interfaces.nomination;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A deadline that falls due while the portal is stopped is done once when it starts again. The portal is stopped
 * and started by undeploying and deploying it, which runs the same start-up as a server restart: the deadline
 * timers' catch-up sweep, then every pending deadline's timer set again. The batch is opened on a clock moved back
 * to March 2026, so that when the portal starts again on the machine's real time its June 30 lock lies in the past.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeadlineRestartIT {

    private static final String PORTAL = "restartable-portal";

    @Deployment(name = PORTAL, managed = false, testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void aLockThatFellDueWhileStoppedIsDoneOnceAtStart() {
        // The portal's context root is "/" (jboss-web.xml); the test server's ports may be shifted.
        PortalClient client = new PortalClient(URI.create("http://127.0.0.1:"
                + (8080 + Integer.getInteger("it.port.offset", 0)) + "/"));
        long id;
        deployer.deploy(PORTAL);
        try {
            assertStatus(200, client.api("POST", "api/test-support/clock", null,
                    "{\"instant\":\"2026-03-02T02:00:00Z\"}"));
            String title = "停机补偿测试（" + UUID.randomUUID().toString().substring(0, 8) + "）";
            PortalClient.Page opened = client.api("POST", "api/workspace/batches", DemoAccounts.PROVINCE,
                    "{\"year\":2026,\"level\":\"PROVINCIAL\",\"title\":\"" + title + "\",\"unitTypes\":[\"FACTORY\"],"
                            + "\"submissionDeadline\":\"2026-06-30\",\"cityListDeadline\":\"2026-12-31\","
                            + "\"reminderDays\":7,\"quotas\":{\"330100\":3,\"330200\":2}}");
            assertStatus(201, opened);
            id = Json.object(opened.body()).getJsonNumber("id").longValue();
            assertTrue(batch(client, id).isNull("lockedAt"), "open on March 2");
            assertEquals(0, events(client, id, "330200", "REMINDED"));
        } finally {
            deployer.undeploy(PORTAL);
        }

        // Stopped over June 30; started again on the machine's time, after it.
        deployer.deploy(PORTAL);
        try {
            JsonObject batch = batch(client, id);
            assertFalse(batch.isNull("lockedAt"), "locked as the portal started: " + batch);
            assertEquals(1, events(client, id, "330200", "LOCKED"), "宁波 told once that it missed the deadline");
            assertEquals(0, events(client, id, "330200", "REMINDED"),
                    "not reminded of a deadline that had already passed when the portal started");
            assertEquals(0, events(client, id, "330300", "LOCKED"), "温州 had no quota, so nothing to miss");
        } finally {
            deployer.undeploy(PORTAL);
        }

        // Started once more: nothing is done twice.
        deployer.deploy(PORTAL);
        try {
            assertEquals(1, events(client, id, "330200", "LOCKED"));
            assertEquals(1, events(client, id, "330100", "LOCKED"));
            assertEquals(0, events(client, id, "330100", "REMINDED"));
            assertEquals(0, events(client, id, "330200", "REMINDED"));
        } finally {
            deployer.undeploy(PORTAL);
        }
    }

    private static JsonObject batch(PortalClient client, long id) {
        PortalClient.Page page = client.api("GET", "api/workspace/batches/" + id, DemoAccounts.PROVINCE, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    private static long events(PortalClient client, long batchId, String city, String kind) {
        PortalClient.Page page = client.api("GET", "api/workspace/batches/" + batchId + "/submission?city=" + city,
                DemoAccounts.PROVINCE, null);
        assertStatus(200, page);
        return Json.object(page.body()).getJsonArray("events").stream().map(v -> (JsonObject) v)
                .filter(e -> kind.equals(e.getString("event"))).count();
    }
}
