package cn.gov.zj.jxt.green.interfaces.dynamic;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.PortalClient;
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
 * A unit that misses April 15 becomes a removal candidate exactly once, also when the portal was stopped at
 * midnight: the year's deadlines are set on a clock moved back to April 2026, the portal is stopped (undeployed)
 * and started again on the machine's time, months after 24:00 of April 15, and the start-up sweep does the cut-off.
 * Started once more, and the effect run again by hand, it stays one candidacy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DynamicManagementRestartIT {

    private static final String PORTAL = "restartable-portal";

    @Deployment(name = PORTAL, managed = false, testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void aUnitThatMissedApril15WhileStoppedBecomesACandidateOnceAtStart() {
        PortalClient client = new PortalClient(URI.create("http://127.0.0.1:"
                + (8080 + Integer.getInteger("it.port.offset", 0)) + "/"));
        String unit;
        deployer.deploy(PORTAL);
        try {
            // Listed in 2025, so the 2026 form is its to file.
            assertStatus(200, client.api("POST", "api/test-support/clock", null,
                    "{\"instant\":\"2025-06-02T02:00:00Z\"}"));
            PortalClient.Page listed = client.api("POST", "api/test-support/dynamic/listed/2025", null, null);
            assertStatus(200, listed);
            unit = listed.body().strip();
            assertStatus(200, client.api("POST", "api/test-support/clock", null,
                    "{\"instant\":\"2026-04-10T02:00:00Z\"}"));
            assertStatus(200, client.api("POST", "api/test-support/dynamic/years/2026", null, null));
            assertEquals("0", candidacies(client, unit), "April 10: not yet");
        } finally {
            deployer.undeploy(PORTAL);
        }

        // Stopped over 24:00 of April 15; started on the machine's time, months later.
        deployer.deploy(PORTAL);
        try {
            assertEquals("1", candidacies(client, unit), "a candidate as the portal started");
        } finally {
            deployer.undeploy(PORTAL);
        }

        // Started once more, and the cut-off's effect run again: still one.
        deployer.deploy(PORTAL);
        try {
            assertEquals("1", candidacies(client, unit));
            PortalClient.Page again = client.api("POST", "api/test-support/dynamic/missed/2026", null, null);
            assertStatus(200, again);
            assertEquals("0", again.body().strip(), "nobody became a candidate twice");
            assertEquals("1", candidacies(client, unit));
        } finally {
            deployer.undeploy(PORTAL);
        }
    }

    private static String candidacies(PortalClient client, String unit) {
        PortalClient.Page page = client.api("GET", "api/test-support/dynamic/units/" + unit + "/no-form/2026", null,
                null);
        assertStatus(200, page);
        return page.body().strip();
    }
}
