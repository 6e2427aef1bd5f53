package cn.gov.zj.jxt.green.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.testing.ApiEndpoints;
import cn.gov.zj.jxt.green.testing.ApiEndpoints.Endpoint;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;

/**
 * The security regression suite's table: every endpoint of the API, found in the resource classes themselves
 * ({@link ApiEndpoints}), called as every kind of caller — anonymous and each demo account, which between them hold
 * every role, with clerks of the records' own city (杭州市: hangzhou, xihu) and of another (宁波市: ningbo) — and
 * the answer compared with {@link EndpointAccessTable}. A caller the table refuses must be refused (401, 403, 404),
 * a caller it allows must not be, and nothing may answer 5xx. An endpoint the table does not list fails the test
 * by name: a new endpoint gets its expectation when it is written.
 * <p>
 * Reads use real ids of the demo data. Writes leave the data as they found it, because other test classes run on
 * the same database after this one: a refused caller writes with real ids (refused, so nothing changes; if it were
 * not, the test fails anyway), an allowed caller writes to an id no record has or with a body that fails
 * validation. Callers use the session of a sign-in on the login page and send their requests as the portal's own
 * pages would ({@code Origin} of the portal). The counts go to target/security/endpoint-access.txt.
 */
class EndpointAccessIT extends PortalClientTest {

    static final String ANONYMOUS = "anonymous";
    static final List<String> CALLERS = List.of(ANONYMOUS, DemoAccounts.ADMIN, DemoAccounts.SUPERVISOR,
            DemoAccounts.PROVINCE, DemoAccounts.HANGZHOU, DemoAccounts.XIHU, DemoAccounts.NINGBO,
            DemoAccounts.APPLICANT, DemoAccounts.NINGBO_PARK, DemoAccounts.INSTITUTION, DemoAccounts.EXPERT);
    private static final Set<Integer> REFUSALS = Set.of(401, 403, 404);
    private static final Path REPORT = Path.of("target", "security", "endpoint-access.txt");

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSays() throws IOException {
        Map<String, PortalClient> sessions = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            PortalClient session = newClient();
            if (!caller.equals(ANONYMOUS)) {
                session.signIn(caller, DemoAccounts.PASSWORD);
                assertTrue(session.sessionId() != null, caller + " did not sign in");
            }
            sessions.put(caller, session);
        }
        DemoIds ids = new DemoIds(sessions);
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();

        List<Endpoint> endpoints = ApiEndpoints.all();
        List<String> failures = new ArrayList<>();
        StringBuilder matrix = new StringBuilder();
        int tried = 0;
        int refusals = 0;
        int leaks = 0;
        int errors = 0;
        int bodyFirst = 0;
        for (Endpoint endpoint : endpoints) {
            EndpointAccessTable.Access access = EndpointAccessTable.of(endpoint.key());
            if (access == null) {
                failures.add("no expectation in EndpointAccessTable for " + endpoint.key());
            }
            matrix.append(endpoint.key());
            for (String caller : CALLERS) {
                boolean allowed = access != null && access.allows(caller);
                // Reads with real ids by everyone; writes with real ids only by those the table refuses.
                boolean real = !endpoint.writes() || !allowed;
                PortalClient.Page answer = call(sessions.get(caller), endpoint, ids.fill(endpoint.path(), real), origin);
                int status = answer.status();
                tried++;
                matrix.append(' ').append(caller).append('=').append(status);
                String what = endpoint.key() + " as " + caller + " → " + status;
                if (status >= 500) {
                    errors++;
                    failures.add(what + " (server error): " + clip(answer.body()));
                } else if (access == null) {
                    continue;
                } else if (allowed && endpoint.writes() && status == 403
                        && EndpointAccessTable.missingAsForbidden(endpoint.key())) {
                    continue;
                } else if (allowed && (status == 401 || status == 403)) {
                    failures.add(what + ": refused, but the table allows " + caller);
                } else if (!allowed && REFUSALS.contains(status)) {
                    refusals++;
                } else if (!allowed && access.bodyFirst() && status == 400) {
                    bodyFirst++;
                } else if (!allowed) {
                    if (status < 400) {
                        leaks++;
                    }
                    failures.add(what + ": not refused, but the table refuses " + caller + ": " + clip(answer.body()));
                }
                if (!"nosniff".equals(header(answer, "x-content-type-options"))) {
                    failures.add(what + ": no X-Content-Type-Options (SecurityHeadersFilter)");
                }
            }
            matrix.append('\n');
        }
        String counts = String.format("endpoints %d × callers %d: %d calls, %d refusals as expected, %d answered 400 "
                + "for their body before authorization, %d leaks, %d server errors, %d failures", endpoints.size(),
                CALLERS.size(), tried, refusals, bodyFirst, leaks, errors, failures.size());
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, counts + "\n\n" + String.join("\n", failures) + "\n\n" + matrix,
                StandardCharsets.UTF_8);
        System.out.println("EndpointAccessIT: " + counts);
        assertEquals(List.of(), failures, counts);
        assertEquals(0, leaks);
        assertEquals(0, errors);
        assertTrue(endpoints.size() > 100, "the endpoints were not all found: " + endpoints.size());
    }

    private static PortalClient.Page call(PortalClient session, Endpoint endpoint, String path, String origin) {
        // Downloads answer PDF or Word: a read accepts anything, as a browser's link does.
        Map<String, String> headers = Map.of("Origin", origin, "Accept-Language", "en",
                "Accept", endpoint.writes() ? "application/json" : "*/*");
        if (!endpoint.writes() || endpoint.consumes() == null) {
            return session.call(endpoint.method(), "api/" + path, headers, null, null);
        }
        if (endpoint.consumes().startsWith("multipart/")) {
            String boundary = "----endpoint-access";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n--"
                    + boundary + "--\r\n";
            return session.call(endpoint.method(), "api/" + path, headers, "multipart/form-data; boundary=" + boundary,
                    body.getBytes(StandardCharsets.UTF_8));
        }
        return session.call(endpoint.method(), "api/" + path, headers, "application/json",
                EndpointAccessTable.body(endpoint.key()).getBytes(StandardCharsets.UTF_8));
    }

    private static String header(PortalClient.Page page, String name) {
        List<String> values = page.headers().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String clip(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
