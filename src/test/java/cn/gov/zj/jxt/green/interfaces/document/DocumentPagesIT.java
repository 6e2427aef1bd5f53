package cn.gov.zj.jxt.green.interfaces.document;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient.Download;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import cn.gov.zj.jxt.green.testing.SampleFiles;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The document clerk's pages submitted right and wrong: a replacement template uploaded on
 * workspace/documents/templates.xhtml (a file that is no DOCX refused and not recorded) and retired again; a number
 * voided on workspace/documents/void.xhtml (refused without a reason, the number still valid).
 */
class DocumentPagesIT extends PortalClientTest {

    private static final String TEMPLATES = "api/workspace/document-templates";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void aTemplateIsUploadedAndRetiredOnItsPageAndAFileThatIsNoTemplateIsRefused() {
        Download inUse = client.download(TEMPLATES + "/FILE", DemoAccounts.PROVINCE);
        assertEquals(200, inUse.status());
        String name = "页面上传模板" + UUID.randomUUID().toString().substring(0, 8) + ".docx";
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get("workspace/documents/templates.xhtml");
        assertStatus(200, page);

        PortalClient.Page refused = page.form("upload").set("upload:format", "FILE")
                .submit("upload:submit", "upload:file", name, DOCX, SampleFiles.pdf("not a template"));
        assertStatus(200, refused);
        assertFalse(refused.document().getElementById("messages").text().isBlank(), "told why: " + refused.text());
        assertFalse(refused.text().contains("校验通过"), refused.text());
        assertFalse(templates().contains(name), "a refused template is not recorded");
        PortalClient.Page noFile = refused.form("upload").set("upload:format", "FILE")
                .submit("upload:submit", "upload:file", null, null, null);
        assertEquals("请选择要上传的文件。", noFile.error("upload:file"), noFile.text());

        PortalClient.Page uploaded = noFile.form("upload").set("upload:format", "FILE")
                .submit("upload:submit", "upload:file", name, DOCX, inUse.body());
        assertStatus(200, uploaded);
        assertTrue(uploaded.text().contains("模板“" + name + "”校验通过，已启用。"), uploaded.text());
        assertTrue(templates().contains(name), "recorded");

        // Retired from its row: the bundled template is in use again.
        Element row = uploaded.document().select("#templates\\:table tbody tr").stream()
                .filter(r -> r.text().contains(name)).findFirst().orElseThrow(() -> new AssertionError(uploaded.body()));
        Element retire = row.selectFirst("button[id$=':retire']");
        assertNotNull(retire, row.outerHtml());
        PortalClient.Page retired = uploaded.form("templates").submit(retire.attr("name"));
        assertTrue(retired.text().contains("模板“" + name + "”已停用。"), retired.text());
        Element after = retired.document().select("#templates\\:table tbody tr").stream()
                .filter(r -> r.text().contains(name)).findFirst().orElseThrow();
        assertTrue(after.select("button[id$=':retire']").isEmpty(), "no longer in use");
    }

    @Test
    void aNumberIsVoidedOnItsPageOnlyWithAReason() {
        PortalClient.Page issued = client.api("POST", "api/workspace/document-numbers", DemoAccounts.PROVINCE,
                "{\"issuer\":\"GREEN_LETTER\",\"title\":\"作废页面测试文件\"}");
        assertStatus(201, issued);
        JsonObject number = Json.object(issued.body());
        long id = number.getJsonNumber("id").longValue();
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get("workspace/documents/void.xhtml?id=" + id);
        assertStatus(200, page);
        assertTrue(page.text().contains(number.getString("number")), page.text());

        PortalClient.Page refused = page.form("void").set("void:reason", "  ").submit("void:submit");
        assertStatus(200, refused);
        assertFalse(refused.error("void:reason").isEmpty(), refused.text());
        assertFalse(registered(id).getBoolean("voided"), "still valid");

        PortalClient.Page voided = refused.form("void").set("void:reason", "标题有误，重新发文").submit("void:submit");
        assertStatus(200, voided);
        assertTrue(voided.uri().contains("workspace/documents/register.xhtml"), voided.uri());
        assertTrue(voided.text().contains("文号 " + number.getString("number") + " 已作废。"), voided.text());
        JsonObject after = registered(id);
        assertTrue(after.getBoolean("voided"));
        assertEquals("标题有误，重新发文", after.getString("voidReason"));
    }

    private String templates() {
        PortalClient.Page list = client.api("GET", TEMPLATES, DemoAccounts.PROVINCE, null);
        assertStatus(200, list);
        return list.body();
    }

    private JsonObject registered(long id) {
        PortalClient.Page page = client.api("GET", "api/workspace/document-numbers/" + id, DemoAccounts.PROVINCE,
                null);
        assertStatus(200, page);
        return Json.object(page.body());
    }
}
