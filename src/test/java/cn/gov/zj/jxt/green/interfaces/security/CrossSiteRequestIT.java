package cn.gov.zj.jxt.green.interfaces.security;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;

/**
 * Cross-site request forgery and URL-level refusals (docs/architecture.md, "Security"). A page of another site makes the browser of
 * a signed-in clerk post to the API: the portal refuses it with 403, records the attempt and changes nothing; the
 * same request from the portal's own pages reaches the service, and programs with HTTP Basic are unaffected. A
 * signed-in caller refused by web.xml's URL constraints is recorded in the audit log like a service's refusal.
 */
class CrossSiteRequestIT extends PortalClientTest {

    private static final String EVIL = "http://evil.example";
    private static final String MISSING = DemoIds.NO_SUCH_ID;

    private String own() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private PortalClient signedIn(String account) {
        PortalClient session = newClient();
        session.signIn(account, DemoAccounts.PASSWORD);
        assertTrue(session.sessionId() != null, account + " did not sign in");
        return session;
    }

    private static PortalClient.Page post(PortalClient session, String path, Map<String, String> headers) {
        return session.call("POST", path, headers, null, null);
    }

    private static void assertCrossSiteRefusal(PortalClient.Page page) {
        assertStatus(403, page);
        assertEquals("error.crossSiteRefused", Json.object(page.body()).getString("error"), page.body());
    }

    @Test
    void aForeignPageCannotPublishNominateOrAcceptWithTheClerksSession() {
        String notice = firstId(client.api("GET", "api/workspace/notices", DemoAccounts.PROVINCE, null), "notices");
        String application = firstId(client.api("GET", "api/workspace/applications", DemoAccounts.APPLICANT, null), null);
        String engagement = firstId(client.api("GET", "api/workspace/engagements", DemoAccounts.INSTITUTION, null),
                null);
        Map<String, String> cases = Map.of(
                "api/workspace/notices/" + notice + "/publish", DemoAccounts.PROVINCE,
                "api/workspace/applications/" + application + "/nominate", DemoAccounts.HANGZHOU,
                "api/workspace/engagements/" + engagement + "/accept", DemoAccounts.INSTITUTION);
        cases.forEach((path, account) -> {
            String record = path.substring(0, path.lastIndexOf('/'));
            String before = client.api("GET", record, account, null).body();
            PortalClient session = signedIn(account);

            assertCrossSiteRefusal(post(session, path, Map.of("Origin", EVIL)));
            assertCrossSiteRefusal(post(session, path, Map.of("Referer", EVIL + "/attack.html")));
            assertCrossSiteRefusal(post(session, path, Map.of("Origin", "null")));
            assertCrossSiteRefusal(post(session, path, Map.of()));
            // A foreign page cannot add X-Requested-With without a CORS preflight the portal never grants.
            assertCrossSiteRefusal(post(session, path, Map.of("Origin", EVIL, "X-Requested-With", "XMLHttpRequest")));
            assertEquals(before, client.api("GET", record, account, null).body(), path + " changed");

            // The portal's own pages (Origin, or Referer alone) and its scripts reach the service: 404 for no record.
            String missing = path.replaceFirst("/\\d+/", "/" + MISSING + "/");
            assertStatus(404, post(session, missing, Map.of("Origin", own())));
            assertStatus(404, post(session, missing, Map.of("Referer", own() + "/workspace/index.xhtml")));
            assertStatus(404, post(session, missing, Map.of("X-Requested-With", "XMLHttpRequest")));
            // Programs with HTTP Basic send no Origin and are unaffected.
            assertStatus(404, client.api("POST", missing, account, null));
        });

        JsonObject audit = Json.object(client.api("GET", "api/admin/audit?action=access.denied&actor="
                + DemoAccounts.INSTITUTION + "&size=20", DemoAccounts.ADMIN, null).body());
        assertTrue(audit.getJsonArray("entries").stream().map(e -> ((JsonObject) e).getString("after", ""))
                .anyMatch(a -> a.contains("cross-site POST") && a.contains("/accept") && a.contains(EVIL)),
                audit.toString());
    }

    @Test
    void aForeignFormCannotRecordAnExclusionWithTheClerksSession() {
        String register = "api/workspace/exclusions";
        long before = Json.object(client.api("GET", register, DemoAccounts.HANGZHOU, null).body())
                .getJsonNumber("total").longValue();
        String boundary = "----cross-site";
        String form = field(boundary, "creditCode", DemoAccounts.XIHU_FACTORY_CODE)
                + field(boundary, "organisationName", "CSRF")
                + field(boundary, "ground", "1")
                + field(boundary, "occurredOn", "2026-01-05")
                + "--" + boundary + "--\r\n";
        PortalClient session = signedIn(DemoAccounts.HANGZHOU);
        assertCrossSiteRefusal(session.call("POST", register, Map.of("Origin", EVIL),
                "multipart/form-data; boundary=" + boundary, form.getBytes(StandardCharsets.UTF_8)));
        assertEquals(before, Json.object(client.api("GET", register, DemoAccounts.HANGZHOU, null).body())
                .getJsonNumber("total").longValue(), "an exclusion was recorded");

        // From the portal's own page the same session reaches the service, which checks the form: 400, not 403.
        String empty = field(boundary, "note", "x") + "--" + boundary + "--\r\n";
        assertStatus(400, session.call("POST", register, Map.of("Origin", own()),
                "multipart/form-data; boundary=" + boundary, empty.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSignedInCallerRefusedByAUrlConstraintIsAudited() {
        PortalClient.Page refused = client.api("GET", "api/admin/audit", DemoAccounts.PROVINCE, null);
        assertStatus(403, refused);
        JsonObject body = Json.object(refused.body());
        assertEquals("error.accessDenied", body.getString("error"));
        assertTrue(refused.headers().get("content-type").get(0).startsWith("application/json"));

        PortalClient session = signedIn(DemoAccounts.HANGZHOU);
        PortalClient.Page page = session.get("admin/audit/index.xhtml");
        assertStatus(403, page);
        assertTrue(page.document().getElementById("errorMessage") != null, page.body());

        JsonObject audit = Json.object(client.api("GET", "api/admin/audit?action=access.denied&size=50",
                DemoAccounts.ADMIN, null).body());
        assertTrue(audit.getJsonArray("entries").stream().map(e -> (JsonObject) e)
                .anyMatch(e -> e.getString("actor").equals(DemoAccounts.PROVINCE)
                        && e.getString("after", "").contains("url GET /api/admin/audit")), audit.toString());
        assertTrue(audit.getJsonArray("entries").stream().map(e -> (JsonObject) e)
                .anyMatch(e -> e.getString("actor").equals(DemoAccounts.HANGZHOU)
                        && e.getString("after", "").contains("url GET /admin/audit/index.xhtml")), audit.toString());

        // Anonymous callers are not written (the log does not grow at an unknown caller's will), nor is the error
        // page's own address, asked for directly.
        long total = Json.object(client.api("GET", "api/admin/audit?action=access.denied&size=1",
                DemoAccounts.ADMIN, null).body()).getJsonNumber("total").longValue();
        assertEquals(401, client.api("GET", "api/admin/audit", null, null).status());
        assertStatus(404, newClient().get("errors/refused"));
        assertEquals(total, Json.object(client.api("GET", "api/admin/audit?action=access.denied&size=1",
                DemoAccounts.ADMIN, null).body()).getJsonNumber("total").longValue());
    }

    private static String field(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String firstId(PortalClient.Page list, String field) {
        assertStatus(200, list);
        var items = field == null ? Json.array(list.body()) : Json.object(list.body()).getJsonArray(field);
        return items.getJsonObject(0).get("id").toString();
    }
}
