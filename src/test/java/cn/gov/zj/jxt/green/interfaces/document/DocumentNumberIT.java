package cn.gov.zj.jxt.green.interfaces.document;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;

/**
 * Document numbers under load: many clerks issuing at the same instant get consecutive numbers, each once;
 * a refused issue gives its number back; a voided number stays and is not given again.
 */
class DocumentNumberIT extends PortalClientTest {

    private static final int CONCURRENT = 20;

    @Test
    void concurrentIssuesGetConsecutiveNumbersEachOnce() throws Exception {
        int before = lastSerial("GREEN_LETTER");
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PortalClient.Page>> calls = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            String title = "并发取号测试 " + i;
            calls.add(pool.submit(() -> {
                start.await();
                return newClient().api("POST", "api/workspace/document-numbers", DemoAccounts.PROVINCE,
                        "{\"issuer\":\"GREEN_LETTER\",\"title\":\"" + title + "\"}");
            }));
        }
        start.countDown();
        List<Integer> serials = new ArrayList<>();
        for (Future<PortalClient.Page> call : calls) {
            PortalClient.Page page = call.get(60, TimeUnit.SECONDS);
            assertStatus(201, page);
            JsonObject number = Json.object(page.body());
            assertTrue(number.getString("number").matches("浙经信绿色便函〔\\d{4}〕[1-9]\\d*号"), number.toString());
            serials.add(number.getInt("serial"));
        }
        pool.shutdown();
        List<Integer> expected = IntStream.rangeClosed(before + 1, before + CONCURRENT).boxed().toList();
        assertEquals(expected, serials.stream().sorted().toList(), "consecutive, no gaps, none twice");
        assertEquals(before + CONCURRENT, lastSerial("GREEN_LETTER"));
    }

    @Test
    void aRefusedIssueGivesItsNumberBackAndAVoidedNumberIsNeverGivenAgain() {
        int before = lastSerial("GREEN");
        PortalClient.Page refused = client.api("POST", "api/workspace/document-numbers", DemoAccounts.PROVINCE,
                "{\"issuer\":\"GREEN\",\"title\":\"  \"}");
        assertStatus(400, refused);

        JsonObject first = issue("GREEN", "关于组织开展2026年度省级绿色低碳工厂和园区推荐工作的通知");
        assertEquals(before + 1, first.getInt("serial"), "the refused issue took no number");

        PortalClient.Page voided = client.api("POST", "api/workspace/document-numbers/" + first.getInt("id") + "/void",
                DemoAccounts.PROVINCE, "{\"version\":" + first.getInt("version") + ",\"reason\":\"标题有误，重新发文\"}");
        assertStatus(200, voided);
        JsonObject stillThere = Json.object(client.api("GET", "api/workspace/document-numbers/" + first.getInt("id"),
                DemoAccounts.SUPERVISOR, null).body());
        assertTrue(stillThere.getBoolean("voided"));
        assertEquals("标题有误，重新发文", stillThere.getString("voidReason"));

        JsonObject second = issue("GREEN", "关于组织开展2026年度省级绿色低碳工厂和园区推荐工作的通知（更正）");
        assertEquals(before + 2, second.getInt("serial"), "the void number is not reused");

        assertStatus(409, client.api("POST", "api/workspace/document-numbers/" + first.getInt("id") + "/void",
                DemoAccounts.PROVINCE, "{\"version\":" + stillThere.getInt("version") + ",\"reason\":\"再次作废\"}"));
    }

    @Test
    void onlyProvincialClerksIssueAndTheRegisterPageListsEveryNumber() {
        assertStatus(403, client.api("POST", "api/workspace/document-numbers", DemoAccounts.HANGZHOU,
                "{\"issuer\":\"GREEN\",\"title\":\"市级不得取省厅文号\"}"));
        assertStatus(403, client.api("POST", "api/workspace/document-numbers", DemoAccounts.SUPERVISOR,
                "{\"issuer\":\"GREEN\",\"title\":\"监督只读\"}"));
        assertStatus(403, client.api("GET", "api/workspace/document-numbers", DemoAccounts.HANGZHOU, null));

        JsonObject issued = issue("GREEN", "登记簿页面测试文件");
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page register = client.get("workspace/documents/register.xhtml");
        assertStatus(200, register);
        assertTrue(register.text().contains(issued.getString("number")), register.text());
        assertTrue(register.text().contains("登记簿页面测试文件"));

        PortalClient.Page viaForm = client.get("workspace/documents/register.xhtml").form("issue")
                .set("issue:issuer_input", "GREEN")
                .set("issue:title", "页面登记的文件")
                .submit("issue:submit");
        assertStatus(200, viaForm);
        int serial = issued.getInt("serial") + 1;
        String expected = issued.getString("number").replaceFirst("〕\\d+号", "〕" + serial + "号");
        assertTrue(viaForm.text().contains(expected), "the form took the next number " + expected + ": "
                + viaForm.text());
    }

    private JsonObject issue(String issuer, String title) {
        PortalClient.Page page = client.api("POST", "api/workspace/document-numbers", DemoAccounts.PROVINCE,
                "{\"issuer\":\"" + issuer + "\",\"title\":\"" + title + "\"}");
        assertStatus(201, page);
        return Json.object(page.body());
    }

    @Test
    void anAdministratorContinuesASeriesBegunOnPaperOnce() {
        String series = "{\"issuer\":\"GREEN\",\"year\":2031,\"lastIssuedBefore\":41}";
        assertStatus(403, client.api("POST", "api/workspace/document-numbers/series", DemoAccounts.PROVINCE, series));
        assertStatus(204, client.api("POST", "api/workspace/document-numbers/series", DemoAccounts.ADMIN, series));
        assertStatus(409, client.api("POST", "api/workspace/document-numbers/series", DemoAccounts.ADMIN, series));
    }

    private int lastSerial(String issuer) {
        // This year's series only: the demo also holds 2025's letter 58.
        JsonObject page = Json.object(client.api("GET", "api/workspace/document-numbers?size=1&issuer=" + issuer
                + "&year=" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear(),
                DemoAccounts.ADMIN, null).body());
        return page.getInt("total") == 0 ? 0
                : page.getJsonArray("numbers").getValuesAs(JsonObject.class).stream()
                        .collect(Collectors.summarizingInt(n -> n.getInt("serial"))).getMax();
    }
}
