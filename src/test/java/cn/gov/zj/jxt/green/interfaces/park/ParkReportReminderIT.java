package cn.gov.zj.jxt.green.interfaces.park;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.SampleFiles;
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
 * The year-end reminder of the parks' yearly green low-carbon development reports (浙经信绿色〔2022〕64号 §三(一)4) as a
 * row of the deadline table. On a clock moved back to November 2025 four parks exist: a provincial green park without
 * a 2025 report, one that has published it, a park on a municipal list only and a provincial park listed only in
 * 2026. On December 2 the 2025 reminder has rung: the first park is told once, the other three not at all. The portal
 * is then stopped (undeployed) and started again twice on the machine's time, long after 2025 ended, and the due
 * deadlines swept by hand as well: still one reminder, the row done once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParkReportReminderIT {

    private static final String PORTAL = "restartable-portal";

    @Deployment(name = PORTAL, managed = false, testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void oneReminderToEachProvincialParkWithoutTheYearsReportExactlyOnceAcrossRestarts() {
        PortalClient client = new PortalClient(URI.create("http://127.0.0.1:"
                + (8080 + Integer.getInteger("it.port.offset", 0)) + "/"));
        long unreported;
        long published;
        long municipal;
        long listedLater;
        deployer.deploy(PORTAL);
        try {
            assertStatus(200, client.api("POST", "api/test-support/clock", null,
                    "{\"instant\":\"2025-11-20T02:00:00Z\"}"));
            unreported = park(client, "PROVINCIAL", 2023).getJsonNumber("id").longValue();
            JsonObject publishing = park(client, "PROVINCIAL", 2024);
            published = publishing.getJsonNumber("id").longValue();
            assertStatus(200, client.upload("api/workspace/park-reports/2025", publishing.getString("username"),
                    Map.of(), "file", "2025年度绿色低碳发展报告.pdf", "application/pdf", SampleFiles.pdf("2025")));
            municipal = park(client, "MUNICIPAL", 2024).getJsonNumber("id").longValue();
            listedLater = park(client, "PROVINCIAL", 2026).getJsonNumber("id").longValue();
            assertStatus(200, client.api("POST", "api/test-support/park-reports/years/2025", null, null));
            JsonObject before = told(client, unreported);
            assertEquals("[\"park.report.reminder\"]", before.getJsonArray("deadlines").toString(),
                    "one row for 2025: " + before);
            assertEquals(0, before.getInt("reminders"), "November 20: not yet");

            // December 2: the timer rings (the clock moved sets the timers again); the sweep is its net.
            assertStatus(200, client.api("POST", "api/test-support/clock", null,
                    "{\"instant\":\"2025-12-02T02:00:00Z\"}"));
            assertStatus(200, client.api("POST", "api/test-support/progress/sweep", null, null));
            JsonObject reminded = told(client, unreported);
            assertEquals(1, reminded.getInt("reminders"), reminded.toString());
            assertEquals("[\"park.report.reminder:done\"]", reminded.getJsonArray("deadlines").toString());
            assertEquals(0, told(client, published).getInt("reminders"), "the 2025 report is published");
            assertEquals(0, told(client, municipal).getInt("reminders"), "not a provincial green park");
            assertEquals(0, told(client, listedLater).getInt("reminders"), "listed only for 2026");
        } finally {
            deployer.undeploy(PORTAL);
        }

        for (int start = 0; start < 2; start++) {
            deployer.deploy(PORTAL);
            try {
                assertStatus(200, client.api("POST", "api/test-support/progress/sweep", null, null));
                JsonObject again = told(client, unreported);
                assertEquals(1, again.getInt("reminders"), "start " + (start + 2) + ": " + again);
                assertEquals("[\"park.report.reminder:done\"]", again.getJsonArray("deadlines").toString());
                assertEquals(0, told(client, published).getInt("reminders"));
            } finally {
                deployer.undeploy(PORTAL);
            }
        }
    }

    private static JsonObject park(PortalClient client, String level, int year) {
        PortalClient.Page page = client.api("POST", "api/test-support/park-reports/parks?city=330500&level=" + level
                + "&year=" + year + "&name=%E6%8F%90%E9%86%92%E6%B5%8B%E8%AF%95%E5%9B%AD%E5%8C%BA", null, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    private static JsonObject told(PortalClient client, long park) {
        PortalClient.Page page = client.api("GET", "api/test-support/park-reports/parks/" + park + "/2025", null,
                null);
        assertStatus(200, page);
        return Json.object(page.body());
    }
}
