package cn.gov.zj.jxt.green.interfaces.notice;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient.Download;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import cn.gov.zj.jxt.green.testing.SampleFiles;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Notices from draft to the public: a provincial clerk drafts, adds annexes, previews, issues and publishes; the
 * public finds the notice in the list, the feed and the open data, and downloads byte-identical files. Issued
 * documents cannot be changed; hostile uploads are refused with a clear message and leave nothing behind.
 */
class NoticeIT extends PortalClientTest {

    private static final String DRAFTS = "api/workspace/notices";
    private static final int ANNEX_LIMIT = 20 * 1024 * 1024;

    @Test
    void aNoticeGoesFromDraftToThePublicWithIdenticalDownloads() throws Exception {
        JsonObject draft = create("NOTICE", "关于开展集成测试通知发布流程的通知", List.of("浙江省发展和改革委员会"));
        long id = draft.getJsonNumber("id").longValue();

        PortalClient.Page upload = client.upload(DRAFTS + "/" + id + "/annexes", DemoAccounts.PROVINCE,
                Map.of("title", "评价导则（测试）"), "file", "评价导则.pdf", "application/pdf",
                SampleFiles.pdf("guide"));
        assertStatus(200, upload);
        assertStatus(200, client.api("POST", DRAFTS + "/" + id + "/tables", DemoAccounts.PROVINCE,
                "{\"source\":\"CITY_QUOTAS\",\"title\":\"各市推荐名额（测试）\"}"));

        Download preview = client.download(DRAFTS + "/" + id + "/preview.pdf", DemoAccounts.PROVINCE);
        assertEquals(200, preview.status());
        assertTrue(preview.text().startsWith("%PDF-"), "the preview is a PDF");

        assertEquals(404, client.api("GET", "api/notices/" + id, null, null).status(), "drafts are not public");

        JsonObject issued = Json.object(client.api("POST", DRAFTS + "/" + id + "/issue", DemoAccounts.PROVINCE,
                "{\"version\":" + version(id) + "}").body());
        String number = issued.getString("number");
        assertTrue(number.matches("浙经信绿色〔" + today().getYear() + "〕[1-9]\\d*号"), number);
        assertEquals("ISSUED", issued.getString("status"));
        assertEquals(404, client.api("GET", "api/notices/" + id, null, null).status(),
                "issued but not yet published: still not public");

        assertStatus(200, client.api("POST", DRAFTS + "/" + id + "/publish", DemoAccounts.PROVINCE, null));

        JsonObject listed = Json.object(client.api("GET", "api/notices?q=" + encode(number), null, null).body());
        assertEquals(1, listed.getJsonNumber("total").intValue(), "found by its number");
        JsonObject open = Json.object(client.api("GET", "api/notices/" + id, null, null).body());
        assertEquals(number, open.getString("number"));
        assertEquals("浙江省经济和信息化厅、浙江省发展和改革委员会", open.getString("issuers"));
        JsonArray annexes = open.getJsonArray("annexes");
        assertEquals(2, annexes.size());
        assertEquals("评价导则（测试）", annexes.getJsonObject(0).getString("title"));

        String pdfLink = open.getJsonObject("links").getString("pdf");
        String docxLink = open.getJsonObject("links").getString("docx");
        Download pdf = client.download(pdfLink, null);
        Download again = client.download(pdfLink, null);
        assertEquals(200, pdf.status());
        assertArrayEquals(pdf.body(), again.body(), "downloading again returns identical bytes");
        assertEquals(issued.getString("pdfSha256"), sha256(pdf.body()), "the file is the one issued");
        assertTrue(pdf.header("content-disposition").startsWith("attachment"));
        assertEquals("nosniff", pdf.header("x-content-type-options"));
        Download docx = client.download(docxLink, null);
        assertEquals(issued.getString("docxSha256"), sha256(docx.body()));
        assertEquals('P', (char) docx.body()[0], "a DOCX is a zip");

        Download annex = client.download(annexes.getJsonObject(0).getString("href"), null);
        assertEquals(200, annex.status());
        assertEquals("application/pdf", annex.header("content-type"));
        assertTrue(annex.header("content-disposition").startsWith("attachment"), "uploads are never inline");

        String list = client.get("notices.xhtml").text();
        assertTrue(list.contains("关于开展集成测试通知发布流程的通知"), "on the public list");
        String page = client.get("notice.xhtml?id=" + id).text();
        assertTrue(page.contains(number) && page.contains("评价导则（测试）"), "the detail page shows it");
        String feed = client.get("feeds/notices.atom").body();
        assertTrue(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""), feed);
        assertTrue(feed.contains("关于开展集成测试通知发布流程的通知（" + number + "）"), "in the feed");
    }

    @Test
    void anIssuedNoticeIsFrozenAndCorrectedByANewDocument() {
        JsonObject draft = create("LETTER", "关于测试更正流程的便函", List.of());
        long id = draft.getJsonNumber("id").longValue();
        JsonObject issued = Json.object(client.api("POST", DRAFTS + "/" + id + "/issue", DemoAccounts.PROVINCE,
                "{\"version\":" + version(id) + "}").body());
        assertTrue(issued.getString("number").startsWith("浙经信绿色便函〔"), issued.toString());

        PortalClient.Page change = client.api("PUT", DRAFTS + "/" + id, DemoAccounts.PROVINCE,
                form("LETTER", "改过的标题", List.of(), issued.getJsonNumber("version").longValue()));
        assertStatus(409, change);
        assertTrue(Json.object(change.body()).getString("message").contains("已印发"), change.body());
        assertStatus(409, client.upload(DRAFTS + "/" + id + "/annexes", DemoAccounts.PROVINCE,
                Map.of("title", "补充材料"), "file", "补充.pdf", "application/pdf", SampleFiles.pdf("late")));
        assertEquals(issued.getString("pdfSha256"), Json.object(client.api("GET", DRAFTS + "/" + id,
                DemoAccounts.PROVINCE, null).body()).getString("pdfSha256"), "the issued files stay as they were");

        PortalClient.Page correction = client.api("POST", DRAFTS + "/" + id + "/correct", DemoAccounts.PROVINCE,
                null);
        assertStatus(201, correction);
        long correctionId = Json.object(correction.body()).getJsonNumber("id").longValue();
        assertEquals(id, Json.object(correction.body()).getJsonNumber("corrects").longValue());
        JsonObject corrected = Json.object(client.api("POST", DRAFTS + "/" + correctionId + "/issue",
                DemoAccounts.PROVINCE, "{\"version\":" + version(correctionId) + "}").body());
        assertNotEquals(issued.getString("number"), corrected.getString("number"), "a correction has its own number");
        assertNotEquals(issued.getString("pdfSha256"), corrected.getString("pdfSha256"));
        assertStatus(409, client.api("POST", DRAFTS + "/" + id + "/correct", DemoAccounts.PROVINCE, null));
        assertStatus(409, client.api("DELETE", DRAFTS + "/" + correctionId + "?version="
                + corrected.getJsonNumber("version").longValue(), DemoAccounts.PROVINCE, null));
    }

    @Test
    void aCorrectionStartedByMistakeIsDeletedAndCanBeStartedAgain() {
        long id = create("LETTER", "关于测试删除更正稿的便函", List.of()).getJsonNumber("id").longValue();
        assertStatus(200, client.api("POST", DRAFTS + "/" + id + "/issue", DemoAccounts.PROVINCE,
                "{\"version\":" + version(id) + "}"));
        long mistake = Json.object(client.api("POST", DRAFTS + "/" + id + "/correct", DemoAccounts.PROVINCE, null)
                .body()).getJsonNumber("id").longValue();
        assertStatus(204, client.api("DELETE", DRAFTS + "/" + mistake + "?version=" + version(mistake),
                DemoAccounts.PROVINCE, null));
        assertStatus(404, client.api("GET", DRAFTS + "/" + mistake, DemoAccounts.PROVINCE, null));
        assertStatus(201, client.api("POST", DRAFTS + "/" + id + "/correct", DemoAccounts.PROVINCE, null));
        assertTrue(client.api("GET", "api/admin/audit?action=notice.delete", DemoAccounts.ADMIN, null).body()
                .contains("关于测试删除更正稿的便函"), "the deletion is in the audit log");
    }

    @Test
    void hostileUploadsAreRefusedWithAClearMessageAndNothingStored() throws IOException {
        long id = create("NOTICE", "关于测试危险上传的通知", List.of()).getJsonNumber("id").longValue();
        long filesBefore = storedFiles();

        assertTrue(filesBefore > 0, "the store holds the demo's documents, so this counts the right folder");

        refused(id, "报告.pdf", "application/pdf", SampleFiles.executable(), "upload.refused.executable", "可执行程序");
        refused(id, "超大.pdf", "application/pdf", SampleFiles.oversizedPdf(ANNEX_LIMIT), "upload.refused.tooLarge",
                "20 MB");
        refused(id, "炸弹.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                SampleFiles.zipBombDocx(300), "upload.refused.zipBomb", "压缩炸弹");
        refused(id, "实体.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                SampleFiles.externalEntityDocx(), "upload.refused.externalEntity", "外部实体");
        refused(id, "../../etc/passwd.pdf", "application/pdf", SampleFiles.pdf("traversal"),
                "upload.refused.fileName", "文件名不能包含");

        JsonObject after = Json.object(client.api("GET", DRAFTS + "/" + id, DemoAccounts.PROVINCE, null).body());
        assertEquals(0, after.getJsonArray("annexes").size(), "no annex recorded");
        assertEquals(filesBefore, storedFiles(), "nothing written to the file store");
    }

    @Test
    void removingAnAnnexRenumbersTheOnesAfterIt() {
        long id = create("NOTICE", "关于测试附件重新编号的通知", List.of()).getJsonNumber("id").longValue();
        for (String title : List.of("甲表", "乙表", "丙表")) {
            assertStatus(200, client.api("POST", DRAFTS + "/" + id + "/tables", DemoAccounts.PROVINCE,
                    "{\"source\":\"PASTED\",\"title\":\"" + title + "\",\"pasted\":\"地市\\t名额\\n杭州市\\t1\"}"));
        }
        PortalClient.Page removed = client.api("POST", DRAFTS + "/" + id + "/annexes/1/remove", DemoAccounts.PROVINCE,
                null);
        assertStatus(200, removed);
        JsonArray annexes = Json.object(removed.body()).getJsonArray("annexes");
        assertEquals(List.of("1:乙表", "2:丙表"), annexes.stream().map(a -> a.asJsonObject().getInt("number") + ":"
                + a.asJsonObject().getString("title")).toList());
    }

    @Test
    void theSameDraftIssuedTwiceAtOnceIsIssuedOnce() throws Exception {
        long id = create("NOTICE", "关于测试重复印发的通知", List.of()).getJsonNumber("id").longValue();
        long version = version(id);
        List<Integer> statuses = issueAtOnce(List.of(id, id), List.of(version, version)).stream()
                .map(PortalClient.Page::status).sorted().toList();
        assertEquals(List.of(200, 409), statuses, "one issues, the other is told");
    }

    @Test
    void whatIsNotPublishedIsNowhereInPublic() {
        String title = "关于测试未发布文件不公开的通知";
        long id = create("NOTICE", title, List.of()).getJsonNumber("id").longValue();
        assertStatus(200, client.upload(DRAFTS + "/" + id + "/annexes", DemoAccounts.PROVINCE,
                Map.of("title", "未公开附件"), "file", "未公开.pdf", "application/pdf", SampleFiles.pdf("hidden")));
        assertStatus(200, client.api("POST", DRAFTS + "/" + id + "/issue", DemoAccounts.PROVINCE,
                "{\"version\":" + version(id) + "}"));

        assertFalse(client.get("notices.xhtml").text().contains(title), "not in the public list");
        assertFalse(client.get("feeds/notices.atom").body().contains(title), "not in the feed");
        assertFalse(client.api("GET", "api/notices?q=" + encode(title), null, null).body().contains(title));
        assertEquals(404, client.get("notice.xhtml?id=" + id).status(), "no public page");
        assertEquals(404, client.download("api/notices/" + id + "/annexes/1", null).status(), "no annex");
        assertEquals(404, client.download("api/notices/" + id + "/document.docx", null).status(), "no document");
    }

    @Test
    void concurrentIssuesTakeConsecutiveNumbersEachOnce() throws Exception {
        int count = 8;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(create("NOTICE", "并发印发测试通知 " + i, List.of()).getJsonNumber("id").longValue());
        }
        List<Integer> serials = new ArrayList<>();
        for (PortalClient.Page page : issueAtOnce(ids, ids.stream().map(this::version).toList())) {
            assertStatus(200, page);
            String number = Json.object(page.body()).getString("number");
            serials.add(Integer.parseInt(number.substring(number.indexOf('〕') + 1, number.length() - 1)));
        }
        List<Integer> sorted = serials.stream().sorted().toList();
        assertEquals(IntStream.range(0, count).map(i -> sorted.get(0) + i).boxed().toList(), sorted,
                "consecutive, none twice");
    }

    @Test
    void theDemoHoldsThe2025CallAsIssued() {
        JsonObject found = Json.object(client.api("GET", "api/notices?q=" + encode("浙经信绿色便函〔2025〕58号"),
                null, null).body());
        assertEquals(1, found.getJsonNumber("total").intValue(), found.toString());
        long id = found.getJsonArray("notices").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject call = Json.object(client.api("GET", "api/notices/" + id, null, null).body());
        assertEquals("关于组织开展2025年省级绿色低碳工业园区和工厂推荐工作及绿色制造名单动态管理的通知",
                call.getString("title"));
        assertEquals("2025-05-28", call.getString("dated"));
        assertEquals(List.of("2025年省级绿色低碳工厂推荐名额", "　　　　市省级绿色制造推荐名单汇总表"),
                call.getJsonArray("annexes").stream().map(a -> a.asJsonObject().getString("title")).toList());
        assertEquals(200, client.download(call.getJsonObject("links").getString("pdf"), null).status());
    }

    @Test
    void onlyProvincialClerksDraftAndNobodyElseSeesDrafts() {
        assertStatus(403, client.api("POST", DRAFTS, DemoAccounts.HANGZHOU,
                form("NOTICE", "市级不能起草省级通知", List.of(), null)));
        long id = create("NOTICE", "关于测试草稿可见范围的通知", List.of()).getJsonNumber("id").longValue();
        assertStatus(404, client.api("GET", DRAFTS + "/" + id, DemoAccounts.APPLICANT, null));
        assertEquals(401, client.download(DRAFTS + "/" + id + "/preview.pdf", null).status());
        assertEquals(404, client.download("api/notices/" + id + "/document.pdf", null).status());
    }

    /** Issues each draft (with its version) from its own client, all released at the same instant. */
    private List<PortalClient.Page> issueAtOnce(List<Long> ids, List<Long> versions) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PortalClient.Page>> calls = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String path = DRAFTS + "/" + ids.get(i) + "/issue";
            String body = "{\"version\":" + versions.get(i) + "}";
            calls.add(pool.submit(() -> {
                start.await();
                return newClient().api("POST", path, DemoAccounts.PROVINCE, body);
            }));
        }
        start.countDown();
        List<PortalClient.Page> pages = new ArrayList<>();
        for (Future<PortalClient.Page> call : calls) {
            pages.add(call.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return pages;
    }

    private void refused(long id, String name, String type, byte[] content, String key, String messagePart) {
        PortalClient.Page page = client.upload(DRAFTS + "/" + id + "/annexes", DemoAccounts.PROVINCE,
                Map.of("title", "附件"), "file", name, type, content);
        assertStatus(400, page);
        JsonObject error = Json.object(page.body());
        assertTrue(error.getString("error").startsWith(key), name + " refused as " + error.getString("error"));
        assertTrue(error.getString("message").contains(messagePart), name + " refused with: " + error);
    }

    private JsonObject create(String kind, String title, List<String> coIssuers) {
        PortalClient.Page page = client.api("POST", DRAFTS, DemoAccounts.PROVINCE, form(kind, title, coIssuers,
                null));
        assertStatus(201, page);
        return Json.object(page.body());
    }

    private long version(long id) {
        return Json.object(client.api("GET", DRAFTS + "/" + id, DemoAccounts.PROVINCE, null).body())
                .getJsonNumber("version").longValue();
    }

    private static String form(String kind, String title, List<String> coIssuers, Long version) {
        String recipients = kind.equals("ANNOUNCEMENT") ? "null" : "\"各设区市经信局\"";
        return "{\"kind\":\"" + kind + "\",\"title\":\"" + title + "\",\"recipients\":" + recipients
                + ",\"body\":\"为做好测试工作，现将有关事项通知如下。\\n一、总体要求\\n（一）工作目标。确保流程完整。\","
                + "\"coIssuers\":[" + String.join(",", coIssuers.stream().map(c -> "\"" + c + "\"").toList())
                + "],\"copyTo\":\"各设区市人民政府\",\"dated\":\"" + today() + "\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    /** The portal's today: its dates are Shanghai's, whatever the zone of the machine running the tests. */
    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    private static long storedFiles() throws IOException {
        Path store = Path.of(System.getProperty("it.data.dir"), "portal", "files");
        if (!Files.exists(store)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
