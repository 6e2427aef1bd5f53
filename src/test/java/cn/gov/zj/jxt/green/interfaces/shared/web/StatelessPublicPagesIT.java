package cn.gov.zj.jxt.green.interfaces.shared.web;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import cn.gov.zj.jxt.green.testing.SharedDeployment;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.dmr.ModelNode;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Reading the public portal costs the server no session: no public GET (pages in both languages, the API, feeds,
 * downloads) sets a session cookie, the public forms' posts that refuse their input make none either, and after
 * thousands of public requests from several threads the server still holds none. Every response carries the
 * security headers; links in the API and feeds point to the configured public address whatever Host was sent; a
 * signed-in clerk still works, and the language chosen is kept by its cookie across signing out.
 *
 * <p>It counts every session the portal holds, so it runs on a deployment of its own, which no earlier test has
 * signed in to.
 */
@SharedDeployment.Fresh
class StatelessPublicPagesIT extends PortalClientTest {

    private static final int LOAD_REQUESTS = 2_000;
    private static final int LOAD_THREADS = 8;

    @ArquillianResource
    ManagementClient management;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void noPublicReadSetsASessionCookieAndEveryResponseCarriesTheSecurityHeaders() {
        List<String> paths = publicPaths();
        for (String path : paths) {
            for (String language : List.of("", "lang=en")) {
                String address = language.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + language;
                HttpResponse<byte[]> response = get(address);
                int expected = path.startsWith("no-such-page") ? 404 : 200;
                assertEquals(expected, response.statusCode(), address);
                assertNoSessionCookie(address, response);
                assertSecurityHeaders(address, response);
            }
        }
        assertEquals(0, activeSessions(), "no session after reading " + paths.size() + " public addresses twice");
    }

    @Test
    void refusalsBeforeThePortalsFiltersCarryTheSecurityHeadersToo() {
        // The sign-in mechanism answers these before any servlet filter runs.
        for (String path : List.of("api/workspace/notifications", "workspace/index.xhtml")) {
            HttpResponse<byte[]> response = get(path);
            assertTrue(response.statusCode() == 401 || response.statusCode() == 302, path + " " + response.statusCode());
            Map.of("x-frame-options", "DENY", "x-content-type-options", "nosniff",
                    "referrer-policy", "strict-origin-when-cross-origin").forEach((name, value) ->
                    assertEquals(List.of(value), response.headers().allValues(name), path + ": " + name));
        }
    }

    @Test
    void thePublicFormsPostWithoutASession() {
        // The notices search (a PrimeFaces button on a stateless view) filters the table.
        JsonObject numbered = Json.object(client.api("GET", "api/notices?size=50", null, null).body())
                .getJsonArray("notices").getValuesAs(JsonObject.class).stream()
                .filter(n -> !n.isNull("number")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo publishes numbered notices"));
        PortalClient.Page searched = client.get("notices.xhtml").form("notices")
                .set("notices:text", numbered.getString("number")).submit("notices:search");
        assertStatus(200, searched);
        assertTrue(searched.document().getElementById("notices:table").text().contains(numbered.getString("title")),
                numbered + " found: " + searched.text());
        // A refused named report keeps what was typed, and still makes no session.
        PortalClient.Page refused = client.get("reports.xhtml").form("report")
                .set("report:name", "举报人乙").set("report:facts", "事实")
                .submit("report:submit");
        assertStatus(200, refused);
        assertEquals("举报人乙", refused.document().getElementById("report:name").val());
        // The registry pages by links that keep the filters of its address.
        PortalClient.Page units = client.get("units.xhtml?city=330100&status=ALL");
        assertStatus(200, units);
        assertEquals("330100", units.document().select("#filters select[name=city] option[selected]").val());
        String city = units.document().selectFirst("#units tbody tr td:eq(5)").text();
        String fifty = units.document().select(".page-sizes a").stream().filter(a -> a.text().equals("50"))
                .findFirst().orElseThrow().attr("href");
        assertTrue(fifty.contains("city=330100") && fifty.contains("status=ALL") && fifty.contains("rows=50"), fifty);
        PortalClient.Page paged = client.get(fifty.substring(1));
        assertStatus(200, paged);
        List<String> cities = paged.document().select("#units tbody tr").stream()
                .map(r -> r.select("td").get(5).text()).toList();
        assertTrue(cities.size() > 0 && cities.stream().allMatch(city::equals), city + " only: " + cities);
        assertNull(client.sessionId(), "no session cookie: " + client.lastSetCookie());
        assertEquals(0, activeSessions());
    }

    @Test
    void manyPublicRequestsFromSeveralThreadsLeaveNoSession() throws InterruptedException {
        List<String> paths = publicPaths();
        ExecutorService threads = Executors.newFixedThreadPool(LOAD_THREADS);
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        for (int t = 0; t < LOAD_THREADS; t++) {
            threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < LOAD_REQUESTS; i = next.getAndIncrement()) {
                    String path = paths.get(i % paths.size());
                    String address = i % 2 == 0 ? path : path + (path.contains("?") ? "&" : "?") + "lang=en";
                    HttpResponse<byte[]> response = get(address);
                    if (response.statusCode() >= 500 || response.headers().allValues("set-cookie").stream()
                            .anyMatch(c -> c.startsWith("JSESSIONID"))) {
                        failures.add(address + " → " + response.statusCode() + " " + response.headers().map());
                    }
                }
            });
        }
        threads.shutdown();
        assertTrue(threads.awaitTermination(5, TimeUnit.MINUTES), "the load run ended");
        assertTrue(failures.isEmpty(), failures.size() + " failures, e.g. " + failures.peek());
        assertEquals(LOAD_REQUESTS + LOAD_THREADS, next.get(), "every request was made");
        assertEquals(0, activeSessions(), "no session after " + LOAD_REQUESTS + " public requests");
    }

    @Test
    void linksInFeedsAndTheApiPointToThePublicAddressWhateverHostWasSent() throws IOException {
        String publicUrl = "http://localhost:" + base.getPort();
        String feed = rawGet("feeds/notices.atom", "evil.example");
        assertFalse(feed.contains("evil.example"), feed);
        assertTrue(feed.contains("href=\"" + publicUrl + "/notices.xhtml\""), feed);
        String units = rawGet("feeds/units.atom", "evil.example");
        assertFalse(units.contains("evil.example"), units);
        String api = rawGet("api/notices", "evil.example");
        assertFalse(api.contains("evil.example"), api);
        assertTrue(api.contains(publicUrl + "/api/notices/"), api);
        assertTrue(api.contains(publicUrl + "/notice.xhtml?id="), api);
    }

    @Test
    void aSignedInClerkWorksAndTheLanguageChosenIsKeptByItsCookie() {
        PortalClient.Page workspace = client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        assertStatus(200, workspace);
        assertNotNull(client.sessionId(), "signing in makes the session");
        assertNotNull(workspace.document().getElementById("who"));
        assertEquals("zh-CN", workspace.document().selectFirst("html").attr("lang"));

        PortalClient.Page english = client.get("workspace/index.xhtml?lang=en");
        assertEquals("en", english.document().selectFirst("html").attr("lang"));
        String cookie = english.headers().get("set-cookie").stream().filter(c -> c.startsWith("lang="))
                .findFirst().orElseThrow(() -> new AssertionError("no lang cookie: " + english.headers()));
        String flags = cookie.toLowerCase(Locale.ROOT);
        assertTrue(cookie.startsWith("lang=en;") && flags.contains("path=/") && flags.contains("samesite=lax")
                && flags.contains("max-age="), cookie);
        assertEquals("en", client.get("workspace/index.xhtml").document().selectFirst("html").attr("lang"),
                "the next page, without lang, stays English");

        client.signOut();
        assertEquals(0, activeSessions(), "signing out ends the session");
        PortalClient.Page home = client.get("");
        assertEquals("en", home.document().selectFirst("html").attr("lang"), "the cookie outlives the session");
        assertEquals("zh-CN", client.get("?lang=zh-CN").document().selectFirst("html").attr("lang"));
        assertEquals("zh-CN", client.get("notices.xhtml").document().selectFirst("html").attr("lang"));
        assertEquals(0, activeSessions());
    }

    /** Every public page, its records, the API, feeds and downloads, as the demo data has them. */
    private List<String> publicPaths() {
        JsonObject notice = Json.object(client.api("GET", "api/notices?size=50", null, null).body())
                .getJsonArray("notices").stream().map(JsonObject.class::cast)
                .filter(n -> !n.getJsonObject("links").isNull("pdf")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo data has a published notice with its document"));
        String noticeId = String.valueOf(notice.getJsonNumber("id").longValue());
        JsonObject period = Json.array(client.api("GET", "api/publicity", null, null).body()).getJsonObject(0);
        String periodId = String.valueOf(period.getJsonNumber("id").longValue());
        String code = Json.object(client.api("GET", "api/units?size=1", null, null).body()).getJsonArray("units")
                .getJsonObject(0).getString("creditCode");
        List<String> paths = new ArrayList<>(List.of("", "index.xhtml", "notices.xhtml", "notice.xhtml?id=" + noticeId,
                "publicity.xhtml", "publicity/view.xhtml?id=" + periodId, "publicity/object.xhtml?id=" + periodId,
                "publicity/receipt.xhtml", "units.xhtml", "units.xhtml?city=330100&level=PROVINCIAL",
                "units/view.xhtml?code=" + code, "lists.xhtml", "open-data.xhtml", "reports.xhtml",
                "reports/receipt.xhtml", "reports/institutions.xhtml", "login.xhtml", "no-such-page.xhtml",
                "api/notices", "api/notices/" + noticeId, "api/units", "api/units/" + code, "api/publicity",
                "api/publicity/" + periodId, "api/regions?level=CITY", "feeds/notices.atom", "feeds/units.atom",
                "api/units?format=csv&city=330100", "api/notices/" + noticeId + "/document.pdf",
                "park-targets.xhtml", "park-targets.xhtml?year=2022", "api/park-targets", "api/park-targets/2022",
                "api/park-targets/2022?format=csv"));
        // circular transformation plans (seed 001)
        paths.addAll(List.of("transformation-plans.xhtml", "api/transformation-plans", "circular-parks.xhtml",
                "api/transformation-plans?format=csv"));
        // national low-carbon industrial park pilots (seed 002)
        paths.addAll(List.of("pilots.xhtml", "api/pilots"));
        paths.add("jakarta.faces.resource/css/portal.css.xhtml");
        return paths;
    }

    private HttpResponse<byte[]> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).timeout(Duration.ofSeconds(60))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | java.net.URISyntaxException e) {
            throw new AssertionError(path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void assertNoSessionCookie(String address, HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("set-cookie");
        assertTrue(cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")), address + " set " + cookies);
    }

    private static void assertSecurityHeaders(String address, HttpResponse<?> response) {
        Map<String, String> expected = Map.of("x-frame-options", "DENY", "x-content-type-options", "nosniff",
                "referrer-policy", "strict-origin-when-cross-origin");
        expected.forEach((name, value) -> assertEquals(List.of(value), response.headers().allValues(name),
                address + ": " + name));
        List<String> policy = response.headers().allValues("content-security-policy");
        assertEquals(1, policy.size(), address + ": one policy " + policy);
        assertTrue(policy.get(0).contains("frame-ancestors 'none'") || policy.get(0).contains("sandbox"),
                address + ": " + policy);
        assertTrue(response.headers().firstValue("permissions-policy").orElse("").contains("camera=()"), address);
        assertTrue(response.headers().firstValue("strict-transport-security").isEmpty(),
                address + ": no HSTS over plain HTTP");
    }

    /** A GET with the Host header given, which java.net.http does not let one set. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /" + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            String text = response.toString(StandardCharsets.UTF_8);
            assertTrue(text.startsWith("HTTP/1.1 200"), text);
            return text;
        }
    }

    /** The portal deployment's active-sessions metric, read through the management API. */
    private int activeSessions() {
        try {
            ModelNode children = Operations.createOperation("read-children-names", new ModelNode().setEmptyList());
            children.get("child-type").set("deployment");
            ModelNode names = management.getControllerClient().execute(children);
            assertTrue(Operations.isSuccessfulOutcome(names), names.toString());
            String deployment = Operations.readResult(names).get(0).asString();
            ModelNode address = Operations.createAddress("deployment", deployment, "subsystem", "undertow");
            ModelNode result = management.getControllerClient().execute(
                    Operations.createReadAttributeOperation(address, "active-sessions"));
            assertTrue(Operations.isSuccessfulOutcome(result), result.toString());
            return Operations.readResult(result).asInt();
        } catch (IOException e) {
            throw new AssertionError("management API: " + e, e);
        }
    }
}
