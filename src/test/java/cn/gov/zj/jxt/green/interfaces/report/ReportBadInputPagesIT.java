package cn.gov.zj.jxt.green.interfaces.report;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import jakarta.json.JsonObject;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A named report is not concluded without the finding that explains the conclusion (004 §(二十三)): the handler
 * is told so beside the field, the conclusion she chose is still chosen, and the case is still verified, not
 * concluded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportBadInputPagesIT {

    private static final String REPORTS = "api/workspace/reports/";

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aReportIsNotConcludedWithoutTheFinding() throws Exception {
        long id = verifiedReport();
        PortalClient hangzhou = client();
        hangzhou.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        PortalClient.Page view = hangzhou.get("workspace/reports/view.xhtml?id=" + id);
        assertStatus(200, view);
        String conclusion = view.document().select("input[name=conclude:conclusion]").first().val();

        PortalClient.Page refused = view.form("conclude")
                .set("conclude:conclusion", conclusion)
                .set("conclude:finding", "")
                .submit("conclude:conclude");

        assertStatus(200, refused);
        assertEquals("请填写办理结论说明", refused.error("conclude:finding"), refused.text());
        assertEquals(conclusion, refused.document().select("input[name=conclude:conclusion][checked]").val(),
                "the conclusion chosen is kept");
        assertFalse(refused.text().contains("已办结"), refused.text());
        assertEquals("VERIFIED", report(id).getString("status"), "not concluded");
    }

    /** A named report on a listed unit of 杭州, taken and verified by 杭州's clerk. */
    private long verifiedReport() throws URISyntaxException {
        PortalClient setup = client();
        JsonObject unit = Json.object(setup.api("POST",
                "api/test-support/named-reports/listed-unit?city=330100&name=" + enc("杭州结论测试厂"), null, null)
                .body());
        PortalClient.Page filed = setup.api("POST", "api/test-support/named-reports?unit="
                + unit.getJsonNumber("unitId").longValue() + "&name=" + enc("举报人丁") + "&idNumber=33010619900101123X"
                + "&phone=13957100002&email=" + enc("ding@mail.example"), null, null);
        assertStatus(200, filed);
        long id = Json.object(filed.body()).getJsonNumber("id").longValue();
        assertStatus(200, setup.api("POST", REPORTS + id + "/take", DemoAccounts.HANGZHOU, null));
        assertStatus(200, setup.api("POST", REPORTS + id + "/verification", DemoAccounts.HANGZHOU,
                "{\"text\":\"经现场核查，举报所称超标排放属实\"}"));
        assertEquals("VERIFIED", report(id).getString("status"));
        return id;
    }

    private JsonObject report(long id) throws URISyntaxException {
        PortalClient.Page page = client().api("GET", REPORTS + id, DemoAccounts.HANGZHOU, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    private PortalClient client() throws URISyntaxException {
        return new PortalClient(base.toURI());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
