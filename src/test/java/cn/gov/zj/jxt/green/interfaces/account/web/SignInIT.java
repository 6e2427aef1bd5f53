package cn.gov.zj.jxt.green.interfaces.account.web;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.FromAddress;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;

/** Sign-in, the role menus, sign-out and the session's cookie, through the pages as a browser uses them. */
class SignInIT extends PortalClientTest {

    @Test
    void theSessionCookieIsHttpOnlySecureAndSameSite() {
        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        String cookie = client.lastSetCookie();
        assertNotNull(cookie, "signing in starts the session (reading the public pages makes none)");
        String flags = cookie.toLowerCase();
        assertTrue(flags.contains("httponly"), cookie);
        assertTrue(flags.contains("secure"), cookie);
        assertTrue(flags.contains("samesite=lax"), cookie);
    }

    @Test
    void signingInChangesTheSessionIdAndShowsTheRolesMenu() {
        client.get("login.xhtml");
        String before = client.sessionId();
        PortalClient.Page workspace = client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        assertStatus(200, workspace);
        assertTrue(workspace.uri().endsWith("/workspace/index.xhtml"), workspace.uri());
        assertNotEquals(before, client.sessionId(), "a new session id after sign-in (no fixation)");
        // A city clerk reads its parks' plans, progress and pilot applications.
        assertEquals(List.of("工作台首页", "单位管理", "申报审核", "园区循环化改造方案", "循环化改造进展汇总", "低碳工业园区试点",
                "本市推荐", "培育库与市级名单", "动态管理与复核", "实名举报处理", "排除情形登记", "修改密码"),
                menu(workspace));
        assertTrue(workspace.text().contains("市级经信部门"), workspace.text());
        assertTrue(workspace.text().contains("杭州市"), workspace.text());
    }

    @Test
    void eachRoleGetsItsOwnMenu() {
        List<String> batches = List.of("工作台首页", "单位管理", "通知公告管理", "发文登记簿", "公文模板", "推荐批次");
        List<String> review = List.of("省级综合评审", "专家库", "专家抽取记录");
        // The park targets are set by the province; the discipline office reads the transformation plans, their
        // progress and the pilots only.
        List<String> deciding = join(batches, "园区建设目标", "园区循环化改造方案", "循环化改造进展汇总", "低碳工业园区试点");
        deciding.addAll(review);
        List<String> reading = join(batches, "园区循环化改造方案", "循环化改造进展汇总", "低碳工业园区试点");
        reading.addAll(review);
        // Objections carry personal data: the publicity page is the clerks' and the discipline office's only.
        assertEquals(join(deciding, "名单移出", "排除情形登记", "账户管理", "审计日志", "修改密码"),
                menu(newClient().signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD)));
        assertEquals(join(reading, "公示与联合发文", "名单移出", "实名举报处理", "排除情形登记", "账户管理", "审计日志", "修改密码"),
                menu(newClient().signIn(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD)));
        assertEquals(join(deciding, "公示与联合发文", "名单移出", "实名举报处理", "排除情形登记", "修改密码"),
                menu(newClient().signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD)));
        assertEquals(List.of("工作台首页", "本单位信息", "我的申报", "循环化改造实施方案", "循环化改造年度进展", "低碳工业园区试点",
                "动态管理表",
                "修改密码"),
                menu(newClient().signIn(DemoAccounts.APPLICANT, DemoAccounts.PASSWORD)));
        assertEquals(List.of("工作台首页", "我的评审任务", "修改密码"),
                menu(newClient().signIn(DemoAccounts.EXPERT, DemoAccounts.PASSWORD)));
    }

    private static List<String> join(List<String> first, String... rest) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(rest));
        return all;
    }

    @Test
    void aProtectedPageSendsToSignInAndBack() {
        PortalClient.Page login = client.get("workspace/organisations/index.xhtml");
        assertTrue(login.uri().contains("/login.xhtml?return="), login.uri());
        PortalClient.Page back = login.form("login")
                .set("login:username", DemoAccounts.PROVINCE)
                .set("login:password", DemoAccounts.PASSWORD)
                .submit("login:submit");
        assertStatus(200, back);
        assertTrue(back.uri().endsWith("/workspace/organisations/index.xhtml"), back.uri());
    }

    @Test
    void aWrongPasswordIsRefusedOnThePageAndAudited() {
        long failuresBefore = failures();
        PortalClient.Page page = client.signIn(DemoAccounts.NINGBO, "not-the-password1");
        assertStatus(200, page);
        assertTrue(page.uri().contains("/login.xhtml"), page.uri());
        assertTrue(page.text().contains("用户名或密码不正确"), page.text());
        assertEquals(DemoAccounts.NINGBO, page.document().getElementById("login:username").val(),
                "the user name stays filled in");
        assertEquals(failuresBefore + 1, failures());
    }

    @Test
    void signingOutEndsTheSessionSoItsCookieIsWorthless() {
        client.signIn(DemoAccounts.XIHU, DemoAccounts.PASSWORD);
        String signedInSession = client.sessionId();
        PortalClient.Page home = client.signOut();
        assertStatus(200, home);
        assertFalse(home.text().contains(DemoAccounts.XIHU + " ·"), "signed out: " + home.text());

        client.useSessionId(signedInSession);
        PortalClient.Page replay = client.get("workspace/index.xhtml");
        assertTrue(replay.uri().contains("/login.xhtml"), "the old session no longer signs anyone in: " + replay.uri());
        assertTrue(replay.document().select("#who").isEmpty(), "nothing of the old session is left");
    }

    @Test
    void aCityClerkCannotOpenAdministration() {
        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        assertStatus(403, client.get("admin/accounts/index.xhtml"));
        assertStatus(403, client.get("admin/audit/index.xhtml"));
    }

    @Test
    void theHomePageServesThePublicWithNavigationAndNoMenu() {
        PortalClient.Page home = client.get("");
        assertStatus(200, home);
        List<String> nav = home.document().select("nav.public-nav a").eachText();
        assertEquals(List.of("通知公告", "公示", "名单查询", "实名举报", "园区建设目标", "循环化改造", "低碳园区试点", "开放数据"),
                nav);
        assertTrue(home.document().select("#workspaceMenu").isEmpty());
        assertNotNull(home.document().getElementById("latestNotices"));
        assertNotNull(home.document().getElementById("openPublicity"));
    }

    @Test
    void thePortalSpeaksEnglishOnRequest() {
        String link = client.get("").document().getElementById("english").attr("href");
        assertTrue(link.endsWith("?lang=en"), link);
        PortalClient.Page english = client.get(link);
        assertStatus(200, english);
        assertEquals(List.of("Notices", "Publicity", "Lists", "Named reports", "Park targets",
                "Circular transformation", "Low-carbon park pilots", "Open data"),
                english.document().select("nav.public-nav a").eachText());
        assertEquals("en", english.document().selectFirst("html").attr("lang"));
    }

    @Test
    void everyPublicPageRenders() {
        for (String page : List.of("", "notices.xhtml", "publicity.xhtml", "lists.xhtml", "reports.xhtml",
                "reports/receipt.xhtml", "reports/institutions.xhtml",
                "open-data.xhtml", "login.xhtml")) {
            PortalClient.Page rendered = client.get(page);
            assertStatus(200, rendered);
            assertEquals(1, rendered.document().select("main h1").size(), page);
        }
        assertStatus(404, client.get("no-such-page.xhtml"));
    }

    @Test
    void everyWorkspacePageRendersForTheRolesThatMayOpenIt() {
        client.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        for (String page : List.of("workspace/index.xhtml", "workspace/organisations/index.xhtml",
                "workspace/organisations/edit.xhtml", "workspace/documents/register.xhtml", "workspace/password.xhtml",
                "admin/accounts/index.xhtml",
                "admin/accounts/edit.xhtml",
                "admin/audit/index.xhtml")) {
            PortalClient.Page rendered = client.get(page);
            assertStatus(200, rendered);
            assertTrue(rendered.document().select("tbody td, form .field, dl.details .row").size() > 0, page + " has content");
        }
        PortalClient.Page audit = client.get("admin/audit/index.xhtml");
        assertTrue(audit.document().select("#audit\\:table tbody tr").size() > 1, "the audit table lists entries");

        PortalClient supervisor = newClient();
        supervisor.signIn(DemoAccounts.SUPERVISOR, DemoAccounts.PASSWORD);
        PortalClient.Page accounts = supervisor.get("admin/accounts/index.xhtml");
        assertStatus(200, accounts);
        assertTrue(accounts.document().select("#accounts\\:new").isEmpty(), "supervisors read, never create");
        assertStatus(403, supervisor.get("admin/accounts/edit.xhtml"));
    }

    @Test
    void aFormWithAnExpiredOrForgedViewStateComesBackWithAMessageAndNoStackTrace() {
        PortalClient.Page expired = client.get("login.xhtml").form("login")
                .set("jakarta.faces.ViewState", "forged-view-state")
                .set("login:username", DemoAccounts.ADMIN)
                .set("login:password", DemoAccounts.PASSWORD)
                .submit("login:submit");
        assertStatus(200, expired);
        assertTrue(expired.uri().endsWith("/login.xhtml"), expired.uri());
        assertTrue(expired.text().contains("页面停留时间过长，已经过期"), expired.text());
        for (String leak : List.of("Exception", "at org.", "at jakarta.", "at java.", "Caused by")) {
            assertFalse(expired.text().contains(leak), "no stack trace shown: " + leak + " in " + expired.text());
        }
        assertTrue(client.get("workspace/index.xhtml").uri().contains("/login.xhtml"), "and nobody signed in");
    }

    @Test
    void wrongPasswordsFromOneAddressShutOnlyThatAddressNeverTheOwnerElsewhere() {
        FromAddress outsider = new FromAddress(base, "127.0.0.2");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, outsider.get(NOTIFICATIONS, DemoAccounts.ADMIN, "wrong-guess-" + i).status());
        }
        assertEquals(401, outsider.get(NOTIFICATIONS, DemoAccounts.ADMIN, DemoAccounts.PASSWORD).status(),
                "from the guessing address even the right password is refused for a while");
        assertEquals(200, new FromAddress(base, "127.0.0.3").get(NOTIFICATIONS, DemoAccounts.ADMIN,
                DemoAccounts.PASSWORD).status(), "admin on another machine signs in");
        assertStatus(200, client.api("GET", NOTIFICATIONS, DemoAccounts.ADMIN, null));
        assertTrue(newClient().signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).uri()
                .endsWith("/workspace/index.xhtml"), "and on the login page");
        assertEquals(401, outsider.get(NOTIFICATIONS, DemoAccounts.ADMIN, DemoAccounts.PASSWORD).status(),
                "the owner's sign-in elsewhere does not open the outsider's address");
    }

    /**
     * Unknown name, wrong password, a shut name and address, a disabled account: the same status, headers of
     * authentication and body, and the same time within a tolerance far below the gap a skipped hash makes
     * (a lock that skipped it answered in a tenth of the time). Each sample comes from an address of its own
     * (only the shut one repeats its address), rounds interleave the kinds, and the first rounds warm up.
     *
     * <p>Each kind is compared with the wrong password of the same round, so that a stretch of other work on the
     * machine weighs on both, and by the median of those differences, which a burst in a few rounds does not move.
     * The tests beside this one on a two-core machine still make a measurement drift now and then: up to three
     * measurements are made, and the kinds must agree in one. A real difference (a skipped hash, a query more)
     * shows in every measurement, so three in a row fail.
     */
    @Test
    void everyFailureAnswersAlikeInTheSameTime() {
        String enabled = newExpertAccount("Timing2025check", true);
        String disabled = newExpertAccount("Timing2025check", false);
        FromAddress shutOut = new FromAddress(base, "127.0.9.1");
        for (int i = 0; i < 5; i++) {
            shutOut.get(NOTIFICATIONS, enabled, "wrong-guess-" + i);
        }
        Random shuffle = new Random(20251205);
        List<String> outcomes = new ArrayList<>();
        for (int measurement = 0; measurement < 3; measurement++) {
            String outcome = measureFailures(enabled, disabled, shutOut, shuffle, 23 * measurement);
            outcomes.add(outcome);
            if (outcome.isEmpty()) {
                return;
            }
        }
        throw new AssertionError("in three measurements the kinds of failure took different times: " + outcomes);
    }

    /** One measurement of 23 rounds, the first three warming up; what differed, or empty when nothing did. */
    private String measureFailures(String enabled, String disabled, FromAddress shutOut, Random shuffle,
            int firstRound) {
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, FromAddress.Response> first = new LinkedHashMap<>();
        for (int round = firstRound; round < firstRound + 23; round++) {
            String host = "127.0." + (10 + round) + ".";
            String unknown = "nobody-" + round;
            Map<String, Supplier<FromAddress.Response>> attempts = new LinkedHashMap<>();
            attempts.put("wrong", () -> new FromAddress(base, host + 1).get(NOTIFICATIONS, enabled, "Wrong2025guess"));
            attempts.put("unknown", () -> new FromAddress(base, host + 2).get(NOTIFICATIONS, unknown,
                    "Timing2025check"));
            // A wrong password here too: should the shut period end before the last round, the sample still fails.
            attempts.put("shut", () -> shutOut.get(NOTIFICATIONS, enabled, "Wrong2025guess"));
            attempts.put("disabled", () -> new FromAddress(base, host + 3).get(NOTIFICATIONS, disabled,
                    "Timing2025check"));
            // In another order each round, so that what runs first or after another does not weigh on one kind.
            List<String> order = new ArrayList<>(attempts.keySet());
            Collections.shuffle(order, shuffle);
            Map<String, FromAddress.Response> responses = new LinkedHashMap<>();
            for (String kind : order) {
                responses.put(kind, attempts.get(kind).get());
            }
            for (Map.Entry<String, FromAddress.Response> e : responses.entrySet()) {
                FromAddress.Response reference = first.computeIfAbsent("wrong", k -> responses.get("wrong"));
                assertEquals(401, e.getValue().status(), e.getKey());
                assertEquals(reference.body(), e.getValue().body(), e.getKey() + ": the same body");
                assertEquals(reference.header("WWW-Authenticate"), e.getValue().header("WWW-Authenticate"));
                assertEquals(reference.header("Content-Type"), e.getValue().header("Content-Type"), e.getKey());
                if (round >= firstRound + 3) {
                    times.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue().nanos());
                }
            }
        }
        List<Long> wrong = times.get("wrong");
        double tolerance = Math.max(25e6, 0.4 * median(wrong));
        List<String> differing = new ArrayList<>();
        StringBuilder figures = new StringBuilder(String.format("wrong password %.1f ms", median(wrong) / 1e6));
        for (String kind : List.of("unknown", "shut", "disabled")) {
            List<Long> own = times.get(kind);
            List<Long> differences = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) {
                differences.add(own.get(i) - wrong.get(i));
            }
            double difference = median(differences);
            figures.append(String.format(", %s %+.1f ms", kind, difference / 1e6));
            if (Math.abs(difference) > tolerance) {
                differing.add(String.format("%s %+.1f ms", kind, difference / 1e6));
            }
        }
        System.out.printf("sign-in failure times (median, and each kind's median difference from the wrong password"
                + " of its round; tolerance %.1f ms): %s%n", tolerance / 1e6, figures);
        return differing.isEmpty() ? "" : figures + " (tolerance " + Math.round(tolerance / 1e6) + " ms)";
    }

    @Test
    void unknownNamesAreAuditedOncePerAddressNotOncePerAttempt() {
        FromAddress prober = new FromAddress(base, "127.0.0.5");
        for (int i = 0; i < 7; i++) {
            assertEquals(401, prober.get(NOTIFICATIONS, "no-such-user-" + i, "Probe2025attempt").status());
        }
        JsonArray entries = Json.object(client.api("GET", "api/admin/audit?action=account.signInFailed&size=500",
                DemoAccounts.ADMIN, null).body()).getJsonArray("entries");
        List<JsonObject> fromProber = entries.getValuesAs(JsonObject.class).stream()
                .filter(e -> prober.address().equals(e.getString("clientAddress", null))).toList();
        assertEquals(1, fromProber.size(), "one entry opens the address's window: " + fromProber);
        assertTrue(fromProber.get(0).getString("after").contains("unknownName"), fromProber.toString());
        assertTrue(fromProber.get(0).isNull("entityId"), "no account named");
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    @Test
    void everyoneCanChangeTheirOwnPasswordProvingTheCurrentOne() {
        String user = newExpertAccount("Initial2025pw", true);
        PortalClient person = newClient();
        person.signIn(user, "Initial2025pw");

        PortalClient.Page wrongCurrent = changePassword(person, "not-it-2025", "Mine2025secret", "Mine2025secret");
        assertTrue(wrongCurrent.text().contains("当前密码不正确"), wrongCurrent.text());
        PortalClient.Page mismatch = changePassword(person, "Initial2025pw", "Mine2025secret", "Mine2025secreT");
        assertTrue(mismatch.text().contains("两次输入的新密码不一致"), mismatch.text());
        PortalClient.Page weak = changePassword(person, "Initial2025pw", "short1", "short1");
        assertTrue(weak.text().contains("密码至少12位"), weak.text());
        PortalClient.Page common = changePassword(person, "Initial2025pw", "P@ssw0rd2025!", "P@ssw0rd2025!");
        assertTrue(common.text().contains("常见或已泄露的密码"), common.text());
        PortalClient.Page ownName = changePassword(person, "Initial2025pw", user + "-Secret", user + "-Secret");
        assertTrue(ownName.text().contains("密码不能包含用户名或姓名"), ownName.text());

        PortalClient.Page done = changePassword(person, "Initial2025pw", "Mine2025secret", "Mine2025secret");
        assertTrue(done.uri().endsWith("/workspace/index.xhtml") && done.text().contains("密码已修改"), done.text());
        person.signOut();

        assertTrue(newClient().signIn(user, "Initial2025pw").uri().contains("/login.xhtml"), "the old one is gone");
        assertTrue(newClient().signIn(user, "Mine2025secret").uri().endsWith("/workspace/index.xhtml"));
    }

    private static PortalClient.Page changePassword(PortalClient person, String current, String replacement,
            String confirmation) {
        return person.get("workspace/password.xhtml").form("password")
                .set("password:current", current)
                .set("password:new", replacement)
                .set("password:confirmation", confirmation)
                .submit("password:submit");
    }

    /** An expert's account opened by the administrator on the accounts page; returns its user name. */
    private String newExpertAccount(String password, boolean enabled) {
        String user = "it" + (System.nanoTime() % 100_000_000);
        PortalClient admin = newClient();
        admin.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        PortalClient.Page created = admin.get("admin/accounts/edit.xhtml").form("account")
                .set("account:username", user)
                .set("account:displayName", "测试专家")
                .set("account:role_input", "EXPERT")
                .set("account:password", password)
                .set("account:enabled_input", enabled ? "on" : "")
                .submit("account:save");
        assertTrue(created.uri().contains("/admin/accounts/index.xhtml"), created.text());
        return user;
    }

    @Test
    void aFailedSignInNeverRecordsWhatWasTypedAsTheUserName() {
        client.signIn("Secret-Typed-Into-User-Field-2025", "x");
        String log = client.api("GET", "api/admin/audit?action=account.signInFailed&size=20", DemoAccounts.ADMIN,
                null).body();
        assertTrue(!log.contains("Secret-Typed-Into-User-Field-2025"), log);
    }

    private static final String NOTIFICATIONS = "api/workspace/notifications";

    private long failures() {
        return Json.object(client.api("GET", "api/admin/audit?action=account.signInFailed&size=1",
                DemoAccounts.ADMIN, null).body()).getJsonNumber("total").longValue();
    }

    private static List<String> menu(PortalClient.Page page) {
        return page.document().select("#workspaceMenu a").stream().map(Element::text).toList();
    }
}
