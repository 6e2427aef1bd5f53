package cn.gov.zj.jxt.green.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.testing.ApiEndpoints;
import cn.gov.zj.jxt.green.testing.ApiEndpoints.Endpoint;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;

/**
 * The security regression suite's malformed requests (docs/architecture.md, security tests). Every endpoint that
 * takes a body ({@link ApiEndpoints}: JSON, form or multipart) is sent {@link MalformedBodies} as a caller
 * {@link EndpointAccessTable} allows, in that caller's session from the portal's own pages: never a 5xx, only 400, 404, 413, 415 or 422, never a class,
 * package or stack trace in the answer, and for 400 a field-level message in the caller's language (zh-CN and en
 * in turn). Bodies the JSON reader refuses go to real records of the demo data, which are read back unchanged;
 * bodies that parse ({@code null}, empty) go to an id no record has. {@link HostileUploadsCheck} sends the hostile
 * upload set to every upload endpoint. The counts go to target/security/malformed-bodies.txt.
 */
class MalformedBodiesIT extends PortalClientTest {

    static final Set<Integer> CLEAR_REFUSALS = Set.of(400, 404, 413, 415, 422);
    private static final Pattern LEAK = Pattern.compile(
            "cn\\.gov|java\\.|jakarta\\.|javax\\.|org\\.jboss|Exception|RESTEasy|RESTEASY|yasson|\\sat [\\w$.]+\\(");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Path REPORT = Path.of("target", "security", "malformed-bodies.txt");

    private final Map<String, PortalClient> sessions = new HashMap<>();

    @Test
    void everyEndpointThatTakesABodyRefusesMalformedOnesClearly() throws IOException {
        DemoIds ids = new DemoIds(sessions());
        List<Endpoint> endpoints = ApiEndpoints.all().stream().filter(e -> e.consumes() != null).toList();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        StringBuilder lines = new StringBuilder();
        int tried = 0;
        int readBacks = 0;
        for (Endpoint endpoint : endpoints) {
            String caller = allowedCaller(endpoint, failures);
            String real = ids.fill(endpoint.path(), true);
            String record = recordPath(endpoint, caller, ids);
            String before = record == null ? null : readBack(caller, record);
            if (before == null) {
                record = null;
            }
            lines.append(endpoint.key()).append(" [").append(endpoint.consumes()).append("] as ").append(caller);
            for (MalformedBodies body : MalformedBodies.of(endpoint)) {
                String language = tried % 2 == 0 ? "zh-CN" : "en";
                String path = body.reachesService() ? ids.fill(endpoint.path(), false) : real;
                PortalClient.Page answer = call(caller, endpoint.method(), path, language, body.contentType(),
                        body.body());
                tried++;
                statuses.merge(answer.status(), 1, Integer::sum);
                lines.append(' ').append(answer.status());
                String problem = problem(answer, language);
                if (problem != null) {
                    failures.add(endpoint.key() + " with " + body.name() + " (" + language + ") → " + answer.status()
                            + ": " + problem + ": " + clip(answer.body()));
                }
            }
            lines.append('\n');
            if (record != null) {
                readBacks++;
                String after = readBack(caller, record);
                if (!before.equals(after)) {
                    failures.add(endpoint.key() + ": malformed bodies changed " + record);
                }
            }
        }
        long errors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        String counts = String.format("endpoints with a body %d, malformed bodies tried %d, statuses %s, %d 5xx, "
                + "%d records read back unchanged, %d failures", endpoints.size(), tried, statuses, errors,
                readBacks - failures.stream().filter(f -> f.contains(": malformed bodies changed ")).count(),
                failures.size());
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, counts + "\n\n" + String.join("\n", failures) + "\n\n" + lines,
                StandardCharsets.UTF_8);
        System.out.println("MalformedBodiesIT: " + counts);
        assertEquals(List.of(), failures, counts);
        assertEquals(0, errors);
        assertTrue(endpoints.size() > 40, "the endpoints with a body were not all found: " + endpoints.size());
    }

    @Test
    void theHostileUploadSetIsRefusedByEveryUploadEndpointAndNothingIsStored() throws IOException {
        new HostileUploadsCheck(client, this::call, new DemoIds(sessions())).run();
    }

    /** What is wrong with the answer to a malformed request, or null. */
    static String problem(PortalClient.Page answer, String language) {
        if (!CLEAR_REFUSALS.contains(answer.status())) {
            return "not a clear refusal";
        }
        if (leaks(answer.body())) {
            return "internals shown";
        }
        if (answer.status() != 400) {
            return null;
        }
        JsonObject error;
        try {
            error = Json.object(answer.body());
        } catch (RuntimeException e) {
            return "not a JSON error body";
        }
        List<String> messages = error.isNull("fields") ? List.of() : error.getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("message", "")).toList();
        if (messages.isEmpty() && error.getString("error", "").startsWith("upload.")) {
            // A refused file: the message says what is wrong with it (the file is the form's only file field).
            messages = List.of(error.getString("message", ""));
        }
        if (messages.isEmpty()) {
            return "no field-level message";
        }
        for (String message : messages) {
            boolean chinese = HAN.matcher(message).find();
            if (message.isBlank() || chinese != language.startsWith("zh")) {
                return "field message not in " + language;
            }
        }
        return null;
    }

    /** The record as JSON, or null when its address answers something else (a document made afresh each time). */
    private String readBack(String caller, String record) {
        PortalClient.Page page = call(caller, "GET", record, "en", null, null);
        List<String> type = page.headers().getOrDefault("content-type", List.of());
        return page.status() == 200 && !type.isEmpty() && type.get(0).startsWith("application/json") ? page.body()
                : null;
    }

    static boolean leaks(String body) {
        return LEAK.matcher(body).find();
    }

    /**
     * A call in the caller's session, signed in once on the login page, from the portal's own pages (its
     * {@code Origin}), or anonymous. A session, not HTTP Basic: Basic hashes the password on every request, which
     * would make the suite's several hundred calls last minutes; both pass the cross-site check here.
     */
    PortalClient.Page call(String caller, String method, String path, String language, String type, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("Accept-Language", language);
        headers.put("Origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort());
        return session(caller).call(method, "api/" + path, headers, type, body);
    }

    private PortalClient session(String caller) {
        return sessions.computeIfAbsent(caller, account -> {
            PortalClient session = newClient();
            if (!account.equals(EndpointAccessIT.ANONYMOUS)) {
                session.signIn(account, DemoAccounts.PASSWORD);
                assertTrue(session.sessionId() != null, account + " did not sign in");
            }
            return session;
        });
    }

    /** Sessions by caller, for the calls and for the lists {@link DemoIds} reads. */
    private Map<String, PortalClient> sessions() {
        Map<String, PortalClient> ofIds = new LinkedHashMap<>();
        for (String account : List.of(EndpointAccessIT.ANONYMOUS, DemoAccounts.PROVINCE, DemoAccounts.APPLICANT,
                DemoAccounts.EXPERT, DemoAccounts.INSTITUTION, DemoAccounts.HANGZHOU)) {
            ofIds.put(account, session(account));
        }
        return ofIds;
    }

    /** The account whose records the ids are, if the table allows it, else the first caller it allows. */
    private static String allowedCaller(Endpoint endpoint, List<String> failures) {
        EndpointAccessTable.Access access = EndpointAccessTable.of(endpoint.key());
        if (access == null) {
            failures.add("no expectation in EndpointAccessTable for " + endpoint.key());
            return DemoAccounts.ADMIN;
        }
        String holder = DemoIds.holder(endpoint.path());
        return holder != null && access.allows(holder) ? holder
                : EndpointAccessIT.CALLERS.stream().filter(access::allows).findFirst().orElseThrow();
    }

    /** The record a write with a real id concerns, if the caller may read it: the path up to its first id. */
    private static String recordPath(Endpoint endpoint, String caller, DemoIds ids) {
        int end = endpoint.path().indexOf('}');
        if (end < 0) {
            return null;
        }
        String template = endpoint.path().substring(0, end + 1);
        EndpointAccessTable.Access read = EndpointAccessTable.of("GET " + template);
        return read == null || !read.allows(caller) ? null : ids.fill(template, true);
    }

    private static String clip(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
