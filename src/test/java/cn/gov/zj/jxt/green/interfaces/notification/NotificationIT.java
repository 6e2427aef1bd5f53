package cn.gov.zj.jxt.green.interfaces.notification;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import cn.gov.zj.jxt.green.testing.SmtpListener;

/**
 * An administrator's announcement to the city clerks of 杭州 reaches the 杭州 clerk's workspace and mailbox, and no one
 * else's: not 宁波's clerk, nor the clerk of 西湖区 in 杭州. The clerk reads it on the workspace home and marks it read.
 * The test server mails through {@link SmtpListener} on it.smtp.port (pom.xml sets PORTAL_SMTP_HOST/PORT to it).
 */
class NotificationIT extends PortalClientTest {

    private static final String INBOX = "api/workspace/notifications";
    private static final String BROADCAST = "api/admin/notifications";
    private static final String DEMO_MAIL_DOMAIN = "@green-portal.example";

    /**
     * One listener for the whole class: binding the port once leaves no window in which a closing listener's
     * connections, or another process, hold it between two tests. Messages of earlier tests stay queued, and each test
     * awaits its own by subject.
     */
    private static SmtpListener smtp;

    @BeforeAll
    static void listen() throws Exception {
        smtp = new SmtpListener(Integer.parseInt(System.getProperty("it.smtp.port")));
    }

    @AfterAll
    static void stopListening() throws Exception {
        smtp.close();
    }

    @Test
    void aCityAnnouncementReachesThatCitysClerkInTheWorkspaceAndByMail() throws Exception {
        String subject = "关于报送2025年省级绿色工厂推荐名单的提醒 " + unique();
        JsonObject sent = broadcast(DemoAccounts.ADMIN, announcement(subject).add("role", "CITY_CLERK")
                .add("regionCode", "330100").add("link", "/notices.xhtml"), 201);
        long id = sent.getJsonNumber("id").longValue();

        JsonObject hangzhou = inbox(DemoAccounts.HANGZHOU, false);
        JsonObject entry = find(hangzhou, id);
        assertNotNull(entry, "the 杭州 city clerk has it: " + hangzhou);
        assertEquals(subject, entry.getString("subject"));
        assertEquals("/notices.xhtml", entry.getString("link"));
        assertFalse(entry.getBoolean("read"));
        assertTrue(hangzhou.getJsonNumber("unread").longValue() >= 1);
        assertEquals(null, find(inbox(DemoAccounts.NINGBO, false), id), "宁波's clerk is another city");
        assertEquals(null, find(inbox(DemoAccounts.XIHU, false), id),
                "a county clerk of 杭州 is not reached by what the city must do");
        assertEquals(null, find(inbox(DemoAccounts.ADMIN, false), id));

        SmtpListener.Mail mail = smtp.await(m -> subject.equals(m.subject()), Duration.ofSeconds(30));
        assertNotNull(mail, "mailed after the commit; received instead: " + smtp.received());
        assertEquals(List.of(DemoAccounts.HANGZHOU + DEMO_MAIL_DOMAIN), mail.recipients(), "to the 杭州 clerk only");
        assertTrue(mail.content().contains("From: green-portal-it" + DEMO_MAIL_DOMAIN), mail.content());
    }

    @Test
    void theClerkSeesTheUnreadNotificationOnTheWorkspaceHomeAndMarksItRead() {
        String subject = "请于6月30日前报送推荐函 " + unique();
        long id = broadcast(DemoAccounts.ADMIN, announcement(subject).add("role", "CITY_CLERK")
                .add("regionCode", "330200"), 201).getJsonNumber("id").longValue();
        long unreadBefore = inbox(DemoAccounts.NINGBO, false).getJsonNumber("unread").longValue();

        assertStatus(200, client.signIn(DemoAccounts.NINGBO, DemoAccounts.PASSWORD));
        PortalClient.Page home = client.get("workspace/index.xhtml");
        assertTrue(home.text().contains(subject), "on the workspace home");
        assertNotNull(home.document().getElementById("header:unreadBadge"), "the layout shows the unread badge");

        assertEquals(204, client.api("POST", INBOX + "/" + id + "/read", DemoAccounts.NINGBO, null).status());
        assertEquals(204, client.api("POST", INBOX + "/" + id + "/read", DemoAccounts.NINGBO, null).status(),
                "reading again changes nothing");
        JsonObject after = inbox(DemoAccounts.NINGBO, false);
        assertEquals(unreadBefore - 1, after.getJsonNumber("unread").longValue());
        assertTrue(find(after, id).getBoolean("read"), "still listed, as read");
        assertEquals(null, find(inbox(DemoAccounts.NINGBO, true), id), "no longer among the unread");
        assertFalse(client.get("workspace/index.xhtml").text().contains(subject), "gone from the workspace home");
    }

    @Test
    void theClerkMarksItReadWithTheButtonOnTheWorkspaceHomeAndPressingItAgainChangesNothing() {
        String subject = "请核对本市名单单位联系人 " + unique();
        long id = broadcast(DemoAccounts.ADMIN, announcement(subject).add("role", "CITY_CLERK")
                .add("regionCode", "330200"), 201).getJsonNumber("id").longValue();
        long unreadBefore = inbox(DemoAccounts.NINGBO, false).getJsonNumber("unread").longValue();
        assertStatus(200, client.signIn(DemoAccounts.NINGBO, DemoAccounts.PASSWORD));
        PortalClient.Page home = client.get("workspace/index.xhtml");
        String button = home.document().select("li.notification[data-id=" + id + "] input[type=submit]").attr("name");
        assertFalse(button.isEmpty(), "a button beside it: " + home.text());

        PortalClient.Page read = home.form("inbox").submit(button);
        assertStatus(200, read);
        assertFalse(read.text().contains(subject), "gone from the home page: " + read.text());
        assertTrue(find(inbox(DemoAccounts.NINGBO, false), id).getBoolean("read"));
        assertEquals(unreadBefore - 1, inbox(DemoAccounts.NINGBO, false).getJsonNumber("unread").longValue());

        PortalClient.Page again = home.form("inbox").submit(button);
        assertStatus(200, again);
        assertEquals(unreadBefore - 1, inbox(DemoAccounts.NINGBO, false).getJsonNumber("unread").longValue(),
                "read once");
    }

    @Test
    void onlyTheAudienceMayMarkANotificationReadAndOnlyAdministratorsAnnounce() {
        long id = broadcast(DemoAccounts.ADMIN, announcement("只发给杭州 " + unique()).add("role", "CITY_CLERK")
                .add("regionCode", "330100"), 201).getJsonNumber("id").longValue();
        assertEquals(404, client.api("POST", INBOX + "/" + id + "/read", DemoAccounts.NINGBO, null).status(),
                "another city's notification is as absent as a missing one");
        assertEquals(401, client.api("GET", INBOX, null, null).status(), "the public has no inbox");
        broadcast(DemoAccounts.SUPERVISOR, announcement("纪检不发通知").add("role", "CITY_CLERK"), 403);
        broadcast(DemoAccounts.PROVINCE, announcement("省厅经办人").add("role", "CITY_CLERK"), 403);
    }

    @Test
    void anAnnouncementNeedsAnAudienceAndAPortalLink() {
        JsonObject offSite = broadcast(DemoAccounts.ADMIN, announcement("外部链接").add("role", "CITY_CLERK")
                .add("link", "https://evil.example/"), 400);
        assertEquals("link", offSite.getJsonArray("fields").getJsonObject(0).getString("field"));
        broadcast(DemoAccounts.ADMIN, announcement("没有接收人"), 400);
        broadcast(DemoAccounts.ADMIN, announcement("没有这个地区").add("role", "CITY_CLERK").add("regionCode", "339999"),
                400);
    }

    @Test
    void anOrganisationAnnouncementReachesItsAccounts() {
        JsonObject institutionInbox = inbox(DemoAccounts.INSTITUTION, false);
        String subject = "第三方机构承诺书模板已更新 " + unique();
        long organisationId = organisationOf(DemoAccounts.BINJIANG_INSTITUTION_CODE);
        long id = broadcast(DemoAccounts.ADMIN, announcement(subject).add("organisationId", organisationId), 201)
                .getJsonNumber("id").longValue();
        assertNotNull(find(inbox(DemoAccounts.INSTITUTION, false), id), "the institution's account has it");
        assertEquals(null, find(inbox(DemoAccounts.APPLICANT, false), id), "another organisation's account");
        assertEquals(institutionInbox.getJsonNumber("unread").longValue() + 1,
                inbox(DemoAccounts.INSTITUTION, false).getJsonNumber("unread").longValue());
    }

    /**
     * The demo's 2022 batch closed on June 30, 2022; 杭州 never submitted to it. Its timers catch up when the portal
     * starts: the lock tells 杭州 it is overdue, and its reminder, ringing years late, tells no one. The clerk's
     * workspace home (what is pending) shows no reminder of a deadline already past, nor does the whole inbox hold one.
     */
    @Test
    void afterStartUpHangzhouIsToldItIsOverdueAndNotRemindedOfAPastDeadline() throws Exception {
        String overdue = "【逾期】2022年省级绿色低碳工业园区创建报送已于2022年6月30日24时截止";
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        List<String> all = subjects(DemoAccounts.HANGZHOU);
        while (!all.contains(overdue) && Instant.now().isBefore(until)) {
            Thread.sleep(500); // the start-up's timers are still catching up
            all = subjects(DemoAccounts.HANGZHOU);
        }
        assertTrue(all.contains(overdue), "the lock told 杭州: " + all);
        List<String> stale = all.stream().filter(NotificationIT::remindsOfAPastDay).toList();
        assertEquals(List.of(), stale, "no reminder of a past deadline in the inbox");

        assertStatus(200, client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD));
        PortalClient.Page home = client.get("workspace/index.xhtml");
        assertStatus(200, home);
        List<String> shown = home.document().select(".notification-subject").eachText();
        assertFalse(shown.isEmpty(), "the workspace home lists 杭州's pending notifications");
        assertEquals(List.of(), shown.stream().filter(s -> s.startsWith("【提醒】")).filter(
                NotificationIT::remindsOfAPastDay).toList(), "the workspace home shows no past-deadline reminder");
        assertFalse(home.text().contains("【提醒】2022年"), home.text());
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    /** A 【提醒】 whose subject names a day before today (Shanghai): what it asks for can no longer be done. */
    private static boolean remindsOfAPastDay(String subject) {
        if (!subject.startsWith("【提醒】")) {
            return false;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Matcher day = DAY.matcher(subject);
        while (day.find()) {
            LocalDate named = LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                    Integer.parseInt(day.group(3)));
            if (named.isBefore(today)) {
                return true;
            }
        }
        return false;
    }

    /** Every subject in the account's inbox, read or not, expired or not, newest first. */
    private List<String> subjects(String user) {
        List<String> subjects = new java.util.ArrayList<>();
        long total;
        do {
            PortalClient.Page response = client.api("GET", INBOX + "?size=500&first=" + subjects.size(), user, null);
            assertStatus(200, response);
            JsonObject page = cn.gov.zj.jxt.green.testing.Json.object(response.body());
            total = page.getJsonNumber("total").longValue();
            page.getJsonArray("notifications").forEach(n -> subjects.add(n.asJsonObject().getString("subject")));
            if (page.getJsonArray("notifications").isEmpty()) {
                break;
            }
        } while (subjects.size() < total);
        return subjects;
    }

    private long organisationOf(String creditCode) {
        PortalClient.Page found = client.api("GET", "api/workspace/organisations?q=" + creditCode,
                DemoAccounts.ADMIN, null);
        assertStatus(200, found);
        JsonObject page = cn.gov.zj.jxt.green.testing.Json.object(found.body());
        return page.getJsonArray("organisations").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder announcement(String subject) {
        return Json.createObjectBuilder().add("subject", subject).add("body", "集成测试发送的通知。");
    }

    private JsonObject broadcast(String user, JsonObjectBuilder form, int expectedStatus) {
        PortalClient.Page response = client.api("POST", BROADCAST, user, form.build().toString());
        assertStatus(expectedStatus, response);
        // The web container refuses a province clerk before the API does, with its HTML error page.
        return response.body().startsWith("{") ? cn.gov.zj.jxt.green.testing.Json.object(response.body()) : null;
    }

    private JsonObject inbox(String user, boolean unreadOnly) {
        PortalClient.Page response = client.api("GET", INBOX + "?size=100" + (unreadOnly ? "&unread=true" : ""),
                user, null);
        assertStatus(200, response);
        return cn.gov.zj.jxt.green.testing.Json.object(response.body());
    }

    private static JsonObject find(JsonObject inbox, long id) {
        return inbox.getJsonArray("notifications").stream().map(v -> v.asJsonObject())
                .filter(n -> n.getJsonNumber("id").longValue() == id).findFirst().orElse(null);
    }

    /** Tests share the server's database: each message is told apart by its subject. */
    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
