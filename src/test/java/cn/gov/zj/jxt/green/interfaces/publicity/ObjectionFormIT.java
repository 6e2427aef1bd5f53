package cn.gov.zj.jxt.green.interfaces.publicity;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * publicity/object.xhtml as a member of the public fills it in: every wrong field named at once with what was typed
 * kept, an over-long statement refused with its limit rather than cut; then, corrected, the objection is filed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ObjectionFormIT {

    private static final String NAME = "异议人乙";
    private static final String LONG_FACTS = "该厂近三年发生环境违法行为。".repeat(358);

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void theObjectionFormNamesEveryWrongFieldAtOnceAndFilesOnceCorrected() throws Exception {
        PortalClient client = new PortalClient(base.toURI());
        // Making a proposed list runs a whole review in one transaction: longer than a page's 30 seconds on a
        // busy machine.
        HttpResponse<String> batch = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI()
                .resolve("api/test-support/proposed-batch")).timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, batch.statusCode(), batch.body());
        PortalClient.Page published = client.api("POST", "api/workspace/publicity/batches/" + batch.body().strip(),
                DemoAccounts.PROVINCE, "{\"startDate\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai"))
                        + "\",\"contact\":\"0571-87000000\"}");
        assertStatus(201, published);
        JsonObject period = Json.object(published.body());
        long id = period.getJsonNumber("id").longValue();
        String entry = String.valueOf(period.getJsonArray("entries").getJsonObject(0).getJsonNumber("id"));
        assertEquals(5012, LONG_FACTS.length());

        PortalClient.Page form = client.get("publicity/object.xhtml?id=" + id);
        assertStatus(200, form);
        String maxlength = form.document().getElementById("objection:facts").attr("maxlength");
        assertTrue(maxlength.isEmpty() || Integer.parseInt(maxlength) > 5000, "not cut at the limit: " + maxlength);
        PortalClient.Page refused = form.form("objection")
                .set("objection:name", NAME)
                .set("objection:idNumber", "330106199001011234")
                .set("objection:phone", "")
                .set("objection:facts", LONG_FACTS)
                .submit("objection:submit");
        assertStatus(200, refused);
        Document page = refused.document();
        assertNull(page.getElementById("receiptCode"), "nothing was filed");
        String text = page.getElementById("objection").text();
        for (String message : List.of("请选择提出异议的名单单位", "居民身份证号码无效", "请填写联系电话", "事实陈述不超过5000字")) {
            assertTrue(text.contains(message), message + " is shown with the others: " + text);
        }
        assertEquals(NAME, page.getElementById("objection:name").val());
        assertEquals(LONG_FACTS, page.getElementById("objection:facts").val(), "kept whole, not cut");

        PortalClient.Page filed = refused.form("objection")
                .set("objection:entry", entry)
                .set("objection:name", NAME)
                .set("objection:idNumber", "33010619900101123X")
                .set("objection:phone", "13957100002")
                .set("objection:facts", "该厂近三年发生环境违法行为，附行政处罚决定书。")
                .submit("objection:submit");
        assertStatus(200, filed);
        assertNotNull(filed.document().getElementById("receiptCode"), filed.text());
    }
}
