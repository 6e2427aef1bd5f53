package cn.gov.zj.jxt.green.interfaces.park;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import jakarta.json.JsonObject;
import java.net.URI;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A park's yearly progress report deadlines (发改办环资〔2021〕1004号 §三(三)) as rows of the deadline table: the plan
 * is approved on a clock moved back to November 2025, which opens the 2025 report; on December 2 the park has been
 * reminded once. The portal is then stopped (undeployed) and started again on the machine's time, long after 24:00
 * of December 31, 2025: the start-up sweep marks the unfiled report overdue, tells the park, and opens 2026. Started
 * once more, nothing is done twice: one reminder, one overdue mark, one overdue notice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgressReportRestartIT {

    private static final String PORTAL = "restartable-portal";

    @Deployment(name = PORTAL, managed = false, testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void oneReminderBeforeDecember31AndOneOverdueMarkAfterItAlsoAcrossRestarts() {
        PortalClient client = new PortalClient(URI.create("http://127.0.0.1:"
                + (8080 + Integer.getInteger("it.port.offset", 0)) + "/"));
        long plan;
        deployer.deploy(PORTAL);
        try {
            assertStatus(200, client.api("POST", "api/test-support/clock", null,
                    "{\"instant\":\"2025-11-20T02:00:00Z\"}"));
            PortalClient.Page park = client.api("POST", "api/test-support/progress/parks?city=330500&name="
                    + "%E9%87%8D%E5%90%AF%E6%B5%8B%E8%AF%95%E5%9B%AD%E5%8C%BA", null, null);
            assertStatus(200, park);
            plan = Json.object(park.body()).getJsonNumber("planId").longValue();
            JsonObject opened = report(client, plan, 2025);
            assertEquals("[\"park.progress.reminder\",\"park.progress.due\"]",
                    opened.getJsonArray("deadlines").toString(), "the approval opened 2025: two rows");
            assertEquals(0, opened.getInt("reminders"), "November 20: not yet");

            // December 2: the reminder's timer rings (the clock moved sets the timers again); the sweep is its net.
            assertStatus(200, client.api("POST", "api/test-support/clock", null,
                    "{\"instant\":\"2025-12-02T02:00:00Z\"}"));
            assertStatus(200, client.api("POST", "api/test-support/progress/sweep", null, null));
            JsonObject reminded = report(client, plan, 2025);
            assertEquals(1, reminded.getInt("reminders"), reminded.toString());
            assertFalse(reminded.getBoolean("overdue"), "not before 24:00 of December 31");
            assertEquals(0, reminded.getInt("overdueMarks"));
        } finally {
            deployer.undeploy(PORTAL);
        }

        // Stopped over 24:00 of December 31; started on the machine's time, months later.
        deployer.deploy(PORTAL);
        try {
            JsonObject overdue = report(client, plan, 2025);
            assertTrue(overdue.getBoolean("overdue"), "marked as the portal started: " + overdue);
            assertEquals(1, overdue.getInt("overdueMarks"));
            assertEquals(1, overdue.getInt("overdueNotices"), "the park told once");
            assertEquals(1, overdue.getInt("reminders"), "not reminded again");
            assertEquals("[\"park.progress.reminder:done\",\"park.progress.due:done\"]",
                    overdue.getJsonArray("deadlines").toString());
            assertStatus(200, client.api("GET", "api/test-support/progress/plans/" + plan + "/2026", null, null));
        } finally {
            deployer.undeploy(PORTAL);
        }

        // Started once more, and the due deadlines swept again by hand: still once each.
        deployer.deploy(PORTAL);
        try {
            assertStatus(200, client.api("POST", "api/test-support/progress/sweep", null, null));
            JsonObject again = report(client, plan, 2025);
            assertEquals(1, again.getInt("overdueMarks"), again.toString());
            assertEquals(1, again.getInt("overdueNotices"));
            assertEquals(1, again.getInt("reminders"));
            assertFalse(again.getBoolean("filed"));
        } finally {
            deployer.undeploy(PORTAL);
        }
    }

    private static JsonObject report(PortalClient client, long plan, int year) {
        PortalClient.Page page = client.api("GET", "api/test-support/progress/plans/" + plan + "/" + year, null, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }
}
