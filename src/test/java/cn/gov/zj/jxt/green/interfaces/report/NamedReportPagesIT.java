package cn.gov.zj.jxt.green.interfaces.report;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import jakarta.json.JsonObject;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A named report as the clerks' pages and API show it (004 §(二十三)): a clerk of another city finds nothing of it
 * in her list, page or API (403 for the case); the handling city's clerk sees the case without the reporter until,
 * having taken it, she asks to see him; that reading is in the audit log, naming her and the case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NamedReportPagesIT {

    private static final String REPORTER = "举报人丙";
    private static final String ID_NUMBER = "33010619900101123X";
    private static final String PHONE = "13957100001";
    private static final String EMAIL = "bing@mail.example";

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void anotherCitysClerkSeesNothingAndTheHandlerSeesTheReporterOnlyWhenSheAsksAndOnRecord() throws Exception {
        PortalClient setup = client();
        JsonObject unit = Json.object(setup.api("POST",
                "api/test-support/named-reports/listed-unit?city=330100&name=" + enc("杭州页面测试厂"), null, null).body());
        String unitName = unit.getString("name");
        PortalClient.Page filed = setup.api("POST", "api/test-support/named-reports?unit="
                + unit.getJsonNumber("unitId").longValue() + "&name=" + enc(REPORTER) + "&idNumber=" + ID_NUMBER
                + "&phone=" + PHONE + "&email=" + enc(EMAIL), null, null);
        assertStatus(200, filed);
        long id = Json.object(filed.body()).getJsonNumber("id").longValue();
        String code = Json.object(filed.body()).getString("code");
        List<String> secrets = List.of(REPORTER, ID_NUMBER, PHONE, EMAIL);

        // 宁波's clerk: not in her list, the case page refused, the API refuses the case, its identity and evidence.
        PortalClient ningbo = client();
        ningbo.signIn(DemoAccounts.NINGBO, DemoAccounts.PASSWORD);
        PortalClient.Page list = ningbo.get("workspace/reports/index.xhtml");
        assertStatus(200, list);
        assertFalse(list.body().contains(unitName), "another city's case is not listed");
        assertNoSecret(list.body(), secrets);
        PortalClient.Page page = ningbo.get("workspace/reports/view.xhtml?id=" + id);
        assertStatus(403, page);
        assertFalse(page.body().contains(unitName));
        assertNoSecret(page.body(), secrets);
        PortalClient.Page api = ningbo.api("GET", "api/workspace/reports?size=500", DemoAccounts.NINGBO, null);
        assertStatus(200, api);
        assertFalse(api.body().contains("\"id\":" + id + ","), api.body());
        assertNoSecret(api.body(), secrets);
        for (String path : List.of("", "/identity", "/evidence/1")) {
            PortalClient.Page refused = ningbo.api("GET", "api/workspace/reports/" + id + path, DemoAccounts.NINGBO,
                    null);
            assertStatus(403, refused);
            assertNoSecret(refused.body(), secrets);
        }
        assertStatus(403, ningbo.api("POST", "api/workspace/reports/" + id + "/take", DemoAccounts.NINGBO, null));

        // 杭州's clerk: the case is listed and opens, with no reporter; having taken it, she asks and sees him.
        PortalClient hangzhou = client();
        hangzhou.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        PortalClient.Page own = hangzhou.get("workspace/reports/index.xhtml");
        assertTrue(own.body().contains(unitName), "the city's own case is listed");
        assertNoSecret(own.body(), secrets);
        PortalClient.Page view = hangzhou.get("workspace/reports/view.xhtml?id=" + id);
        assertStatus(200, view);
        assertTrue(view.text().contains(unitName));
        assertNoSecret(view.body(), secrets);
        assertStatus(403, hangzhou.api("GET", "api/workspace/reports/" + id + "/identity", DemoAccounts.HANGZHOU,
                null));
        PortalClient.Page taken = view.form("take").submit("take:take");
        assertStatus(200, taken);
        assertNoSecret(taken.body(), secrets);
        PortalClient.Page shown = taken.form("identity").submit("identity:reveal");
        assertStatus(200, shown);
        assertEquals(REPORTER, shown.document().getElementById("reporterName").text());
        assertEquals(ID_NUMBER, shown.document().getElementById("reporterIdNumber").text());
        assertEquals(PHONE, shown.document().getElementById("reporterPhone").text());
        JsonObject identity = Json.object(hangzhou.api("GET", "api/workspace/reports/" + id + "/identity",
                DemoAccounts.HANGZHOU, null).body());
        assertEquals(EMAIL, identity.getString("email"));

        // Both readings are on record, naming the clerk and the case; the public receipt still says only the status.
        PortalClient.Page log = client().api("GET", "api/admin/audit?action=report.identity.view&entityType="
                + "NamedReport&size=500", DemoAccounts.ADMIN, null);
        assertStatus(200, log);
        long readings = Json.object(log.body()).getJsonArray("entries").stream().map(v -> (JsonObject) v)
                .filter(e -> String.valueOf(id).equals(e.getString("entityId", null))
                        && DemoAccounts.HANGZHOU.equals(e.getString("actor", null)))
                .count();
        assertEquals(2, readings, log.body());
        PortalClient.Page receipt = client().get("reports/receipt.xhtml?code=" + code);
        assertEquals("办理中", receipt.document().getElementById("status").text());
        assertNoSecret(receipt.body(), secrets);
        assertFalse(receipt.body().contains(DemoAccounts.HANGZHOU), "not the handler either");
        PortalClient.Page open = client().api("GET", "api/reports/receipts/" + code, null, null);
        assertStatus(200, open);
        assertEquals("IN_HANDLING", Json.object(open.body()).getString("status"));
        assertNoSecret(open.body(), secrets);
        assertStatus(404, client().api("GET", "api/reports/receipts/AAAAAAAAAAAAAAAA", null, null));
    }

    private static void assertNoSecret(String body, List<String> secrets) {
        for (String secret : secrets) {
            assertFalse(body.contains(secret), "the page shows " + secret);
        }
    }

    private PortalClient client() throws URISyntaxException {
        return new PortalClient(base.toURI());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
