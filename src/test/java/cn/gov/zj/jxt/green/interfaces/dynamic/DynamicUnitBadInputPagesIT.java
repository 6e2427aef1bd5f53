package cn.gov.zj.jxt.green.interfaces.dynamic;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.PortalClient;
import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A listed unit's yearly dynamic management form 动态管理表 (004 §(十七)) is not filed with remarks longer than the
 * form allows: the unit is told so beside the field, its text is still there and the form is still to be filed. The
 * form is open from January 1 to April 15; the clock is moved to March 1 of a year the demo unit has not filed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DynamicUnitBadInputPagesIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private PortalClient client;

    @BeforeEach
    void inTheFormsWindow() throws URISyntaxException {
        client = new PortalClient(base.toURI());
        // The demo files its forms for the current year only; the year before is open to file in March.
        assertStatus(200, client.api("POST", "api/test-support/clock", null,
                "{\"instant\":\"2025-03-01T02:00:00Z\"}"));
    }

    @AfterEach
    void resetClock() {
        client.api("DELETE", "api/test-support/clock", null, null);
    }

    @Test
    void theFormIsNotFiledWithRemarksOfMoreThan1000Characters() {
        client.signIn(DemoAccounts.APPLICANT, DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get("workspace/dynamic/unit.xhtml");
        assertStatus(200, page);
        assertNotNull(page.document().getElementById("form"), "the form to file: " + page.text());
        String remarks = "年内完成屋顶光伏二期。".repeat(100);

        PortalClient.Page refused = page.form("form").set("form:remarks", remarks).submit("form:file");

        assertStatus(200, refused);
        assertEquals("说明不超过1000字", refused.error("form:remarks"), refused.text());
        assertEquals(remarks, refused.document().getElementById("form:remarks").text(), "the remarks are kept");
        assertFalse(refused.text().contains("年度动态管理表已提交"), refused.text());
        PortalClient.Page again = client.get("workspace/dynamic/unit.xhtml");
        assertNull(again.document().getElementById("filed"), "nothing filed: " + again.text());
        assertNotNull(again.document().getElementById("form"), "still to be filed");
    }
}
