package cn.gov.zj.jxt.green.interfaces.publicity;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.SampleFiles;
import jakarta.json.JsonObject;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The publicity's forms submitted as their users submit them, right and wrong: the clerk publishes a proposed list
 * (workspace/publicity/index.xhtml), a member of the public objects (publicity/object.xhtml) and follows the
 * receipt (publicity/receipt.xhtml), the clerk extends the period and decides the objection
 * (workspace/publicity/view.xhtml). The batch reaches its proposed list through test support, as the review has
 * tests of its own; everything after that goes through the pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicityPagesIT {

    private static final String CONTACT = "浙江省经济和信息化厅节能与综合利用处，0571-87000000";

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private PortalClient client;

    @BeforeEach
    void newSession() {
        client = newClient();
    }

    private PortalClient newClient() {
        try {
            return new PortalClient(base.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theClerkPublishesAProposedListOnItsPageAndAPastStartIsRefusedWithNothingLost() {
        String batch = proposedBatch();
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get("workspace/publicity/index.xhtml");
        assertStatus(200, page);
        assertNotNull(page.document().selectFirst("select[name='publish:batch'] option[value='" + batch + "']"),
                "the batch is offered: " + page.body());

        PortalClient.Page refused = page.form("publish")
                .set("publish:batch", batch)
                .set("publish:startDate_input", today().minusDays(1).toString())
                .set("publish:contact", CONTACT)
                .submit("publish:submit");
        assertStatus(200, refused);
        // The calendar's own bound refuses it, naming the earliest day.
        assertTrue(refused.error("publish:startDate").contains(today().toString()), refused.text());
        assertEquals(CONTACT, refused.document().getElementById("publish:contact").val(), "the contact is kept");
        assertTrue(publicityOf(batch) == null, "nothing published");

        PortalClient.Page blank = refused.form("publish")
                .set("publish:startDate_input", today().toString())
                .set("publish:contact", " ")
                .submit("publish:submit");
        assertEquals("请填写受理异议的联系方式", blank.error("publish:contact"), blank.text());
        assertTrue(publicityOf(batch) == null, "nothing published");

        PortalClient.Page published = blank.form("publish")
                .set("publish:startDate_input", today().toString())
                .set("publish:contact", CONTACT)
                .submit("publish:submit");
        assertStatus(200, published);
        assertTrue(published.uri().contains("workspace/publicity/view.xhtml?id="), published.uri());
        assertTrue(published.text().contains("拟入选名单已公示，公示通知已生成。"), published.text());
        JsonObject period = publicityOf(batch);
        assertNotNull(period, "published");
        assertEquals(today().toString(), period.getString("startDate"));
        assertEquals(today().plusDays(14).toString(), period.getString("lastDay"), "15 calendar days");
        assertEquals(CONTACT, period.getString("contact"));
    }

    @Test
    void theObjectionFormShowsEveryErrorAtOnceKeepsWhatWasTypedAndGivesAReceiptThatIsFound() throws Exception {
        JsonObject period = openPeriod();
        long id = period.getJsonNumber("id").longValue();
        JsonObject entry = period.getJsonArray("entries").getJsonObject(0);
        PortalClient.Page form = client.get("publicity/object.xhtml?id=" + id);
        assertStatus(200, form);

        // Wrong everywhere but the name: each field says what is wrong, and what was typed is still there.
        PortalClient.Page wrong = form.form("objection")
                .set("objection:name", "王某某")
                .set("objection:idNumber", "110105194912310021")
                .set("objection:phone", "电话号码")
                .set("objection:email", "not-an-address")
                .set("objection:facts", " ")
                .submit("objection:submit", "objection:evidence", null, null, null);
        assertStatus(200, wrong);
        assertEquals("请选择提出异议的名单单位", wrong.error("objection:entry"), wrong.text());
        assertTrue(wrong.error("objection:idNumber").contains("校验码"), wrong.text());
        assertEquals("联系电话格式不正确", wrong.error("objection:phone"), wrong.text());
        assertEquals("电子邮箱格式不正确", wrong.error("objection:email"), wrong.text());
        assertEquals("请写明异议的具体事实", wrong.error("objection:facts"), wrong.text());
        assertEquals("", wrong.error("objection:name"), "the name is right");
        assertEquals("王某某", wrong.document().getElementById("objection:name").val());
        assertEquals("110105194912310021", wrong.document().getElementById("objection:idNumber").val());
        assertEquals("电话号码", wrong.document().getElementById("objection:phone").val());
        assertEquals("not-an-address", wrong.document().getElementById("objection:email").val());
        assertFalse(wrong.body().contains("id=\"receiptCode\""), "no receipt");

        String facts = "该单位2024年因超标排放受到行政处罚，附处罚决定书。";
        PortalClient.Page received = wrong.form("objection")
                .set("objection:entry", String.valueOf(entry.getJsonNumber("id").longValue()))
                .set("objection:idNumber", "11010519491231002X")
                .set("objection:phone", "13800000000")
                .set("objection:email", "wang@mail.example")
                .set("objection:facts", facts)
                .submit("objection:submit", "objection:evidence", "处罚决定书.pdf", "application/pdf",
                        SampleFiles.pdf("penalty decision"));
        assertStatus(200, received);
        Element code = received.document().getElementById("receiptCode");
        assertNotNull(code, received.text());
        assertTrue(code.text().strip().matches("[A-Z2-7]{16}"), code.text());
        assertFalse(received.body().contains("11010519491231002X"), "the number is not shown back");

        // The receipt page finds it; a wrong code is told so beside the field.
        PortalClient.Page lookUp = newClient().get("publicity/receipt.xhtml");
        PortalClient.Page unknown = lookUp.form("receipt").set("receipt:code", "AAAAAAAAAAAAAAAA")
                .submit("receipt:find");
        assertStatus(404, unknown);
        assertEquals("未找到该回执码对应的异议，请核对后重新输入。", unknown.error("receipt:code"), unknown.text());
        assertEquals("AAAAAAAAAAAAAAAA", unknown.document().getElementById("receipt:code").val());
        PortalClient.Page found = unknown.form("receipt").set("receipt:code", code.text().strip())
                .submit("receipt:find");
        assertEquals("已受理，核实中", found.document().getElementById("status").text(), found.text());
        assertEquals(entry.getString("name"), found.document().getElementById("entry").text());

        // On record: the clerk's API lists it, masked, with its evidence and facts.
        String objections = client.api("GET", "api/workspace/publicity/" + id + "/objections", DemoAccounts.PROVINCE,
                null).body();
        assertTrue(objections.contains(facts) && objections.contains("1101**********002X"), objections);
        assertTrue(objections.contains("\"fileName\":\"处罚决定书.pdf\""), "the evidence is kept: " + objections);
        assertFalse(objections.contains("11010519491231002X"), objections);
    }

    @Test
    void theClerkExtendsThePeriodAndDecidesAnObjectionOnItsPageAndIsToldWhatIsMissing() throws Exception {
        JsonObject period = openPeriod();
        long id = period.getJsonNumber("id").longValue();
        JsonObject entry = period.getJsonArray("entries").getJsonObject(0);
        PortalClient.Page objected = client.get("publicity/object.xhtml?id=" + id).form("objection")
                .set("objection:entry", String.valueOf(entry.getJsonNumber("id").longValue()))
                .set("objection:name", "李某某")
                .set("objection:idNumber", "33010619900101123X")
                .set("objection:phone", "0571-88000000")
                .set("objection:facts", "该单位能耗数据与统计部门数据不符。")
                .submit("objection:submit", "objection:evidence", null, null, null);
        String code = objected.document().getElementById("receiptCode").text().strip();

        PortalClient clerk = newClient();
        clerk.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page view = clerk.get("workspace/publicity/view.xhtml?id=" + id);
        assertStatus(200, view);
        assertTrue(view.text().contains("3301**********123X"), "the number masked: " + view.text());

        // The period: no date and no reason are both refused; a later last day with a reason extends it.
        PortalClient.Page undated = view.form("period").set("period:reason", "应社会公众要求延长公示期")
                .submit("period:extend");
        assertStatus(200, undated);
        assertEquals("请填写公示截止日期", undated.error("period:lastDay"), undated.text());
        assertEquals("应社会公众要求延长公示期", undated.document().getElementById("period:reason").val());
        LocalDate lastDay = LocalDate.parse(period.getString("lastDay"));
        PortalClient.Page unreasoned = undated.form("period")
                .set("period:lastDay_input", lastDay.plusDays(3).toString())
                .set("period:reason", "")
                .submit("period:extend");
        assertEquals("请填写向社会公开的理由", unreasoned.error("period:reason"), unreasoned.text());
        assertEquals(period.getString("lastDay"), publicity(id).getString("lastDay"), "not extended");
        PortalClient.Page extended = unreasoned.form("period")
                .set("period:lastDay_input", lastDay.plusDays(3).toString())
                .set("period:reason", "应社会公众要求延长公示期")
                .submit("period:extend");
        assertTrue(extended.text().contains("公示已延期。"), extended.text());
        JsonObject after = publicity(id);
        assertEquals(lastDay.plusDays(3).toString(), after.getString("lastDay"));
        assertEquals("应社会公众要求延长公示期", after.getString("publicNote"));

        // The objection: without an outcome it is not decided (no silent "not upheld"); with one it is.
        String objection = extended.document().selectFirst("select[name='decide:objection'] option").val();
        PortalClient.Page noOutcome = extended.form("decide")
                .set("decide:objection", objection)
                .set("decide:verification", "调取统计部门数据核对")
                .set("decide:reasons", "数据一致")
                .submit("decide:submit");
        assertStatus(200, noOutcome);
        assertEquals("请选择异议成立或不成立", noOutcome.error("decide:upheld"), noOutcome.text());
        assertEquals("调取统计部门数据核对", noOutcome.document().getElementById("decide:verification").text());
        assertEquals("RECEIVED", receipt(code).getString("status"), "still open");
        PortalClient.Page decided = noOutcome.form("decide")
                .set("decide:objection", objection)
                .set("decide:upheld", "false")
                .set("decide:verification", "调取统计部门数据核对")
                .set("decide:reasons", "经核实，能耗数据与统计数据一致")
                .submit("decide:submit");
        assertTrue(decided.text().contains("异议已处理。"), decided.text());
        JsonObject tracked = receipt(code);
        assertEquals("NOT_UPHELD", tracked.getString("status"));
        assertEquals("经核实，能耗数据与统计数据一致", tracked.getString("reasons"));
    }

    private String proposedBatch() {
        PortalClient.Page batch = client.api("POST", "api/test-support/proposed-batch?count=2", null, null);
        assertStatus(200, batch);
        return batch.body().strip();
    }

    /** A period opened today through the clerk's API, once its opening deadline has rung. */
    private JsonObject openPeriod() throws InterruptedException {
        PortalClient.Page published = client.api("POST", "api/workspace/publicity/batches/" + proposedBatch(),
                DemoAccounts.PROVINCE, "{\"startDate\":\"" + today() + "\",\"contact\":\"" + CONTACT + "\"}");
        assertStatus(201, published);
        long id = Json.object(published.body()).getJsonNumber("id").longValue();
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        JsonObject period = publicity(id);
        while (!period.getString("status").equals("OPEN") && Instant.now().isBefore(until)) {
            Thread.sleep(250);
            period = publicity(id);
        }
        assertEquals("OPEN", period.getString("status"));
        return period;
    }

    private JsonObject publicity(long id) {
        PortalClient.Page page = client.api("GET", "api/publicity/" + id, null, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    private JsonObject receipt(String code) {
        PortalClient.Page page = client.api("GET", "api/publicity/receipts/" + code, null, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    /** The batch's publicity as the public API has it, or null when it has none. */
    private JsonObject publicityOf(String batch) {
        for (JsonObject summary : Json.array(client.api("GET", "api/publicity", null, null).body())
                .getValuesAs(JsonObject.class)) {
            JsonObject period = publicity(summary.getJsonNumber("id").longValue());
            if (String.valueOf(period.getJsonNumber("batchId").longValue()).equals(batch)) {
                return period;
            }
        }
        return null;
    }


    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
