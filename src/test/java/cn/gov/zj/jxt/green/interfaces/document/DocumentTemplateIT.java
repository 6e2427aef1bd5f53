package cn.gov.zj.jxt.green.interfaces.document;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient.Download;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A provincial clerk replaces the DOCX template of the 文件 format: a template changed within GB/T 9704 (another
 * body font) is accepted and the next issued document uses it; one that breaks the standard (a 30 mm top margin)
 * is refused with the problem named and is never used; retiring the replacement brings the bundled one back.
 */
class DocumentTemplateIT extends PortalClientTest {

    private static final String TEMPLATES = "api/workspace/document-templates";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String LICENSED_FONT = "方正仿宋_GBK";

    @Test
    void aClerkReplacesTheTemplateWithinTheStandardAndABrokenOneIsRefused() throws IOException {
        Download inUse = client.download(TEMPLATES + "/FILE", DemoAccounts.PROVINCE);
        assertEquals(200, inUse.status());
        assertEquals('P', (char) inUse.body()[0], "the template comes as a .docx");

        byte[] brokenMargin = replaceIn(inUse.body(), "word/document.xml",
                xml -> xml.replace("w:top=\"2098\"", "w:top=\"1701\""));
        PortalClient.Page refused = client.upload(TEMPLATES + "/FILE", DemoAccounts.PROVINCE, Map.of(), "file",
                "错误边距.docx", DOCX, brokenMargin);
        assertStatus(400, refused);
        JsonObject problem = Json.object(refused.body());
        assertTrue(problem.getJsonArray("fields").toString().contains("上页边距（天头）为 30 mm，应为 37 mm"),
                refused.body());
        assertFalse(client.api("GET", TEMPLATES, DemoAccounts.PROVINCE, null).body().contains("错误边距.docx"),
                "a refused template is not recorded");

        byte[] otherFont = replaceIn(inUse.body(), "word/styles.xml", xml -> xml.replace("仿宋_GB2312", LICENSED_FONT));
        PortalClient.Page accepted = client.upload(TEMPLATES + "/FILE", DemoAccounts.PROVINCE, Map.of(), "file",
                "正式字体模板.docx", DOCX, otherFont);
        assertStatus(201, accepted);
        long replacement = Json.object(accepted.body()).getJsonNumber("id").longValue();
        try {
            assertTrue(stylesOfNextIssuedNotice().contains(LICENSED_FONT), "the next document uses the replacement");
            assertStatus(403, client.upload(TEMPLATES + "/FILE", DemoAccounts.HANGZHOU, Map.of(), "file",
                    "市级.docx", DOCX, otherFont));
        } finally {
            assertStatus(200, client.api("POST", TEMPLATES + "/replacements/" + replacement + "/retire",
                    DemoAccounts.PROVINCE, null));
        }
        assertFalse(stylesOfNextIssuedNotice().contains(LICENSED_FONT), "retired: the bundled template again");
    }

    private String stylesOfNextIssuedNotice() throws IOException {
        PortalClient.Page created = client.api("POST", "api/workspace/notices", DemoAccounts.PROVINCE,
                "{\"kind\":\"NOTICE\",\"title\":\"关于测试公文模板的通知\",\"recipients\":\"各设区市经信局\","
                        + "\"body\":\"现将模板测试有关事项通知如下。\",\"dated\":\"" + LocalDate.now(OfficialDay.ZONE) + "\"}");
        assertStatus(201, created);
        JsonObject draft = Json.object(created.body());
        long id = draft.getJsonNumber("id").longValue();
        PortalClient.Page issued = client.api("POST", "api/workspace/notices/" + id + "/issue",
                DemoAccounts.PROVINCE, "{\"version\":" + draft.getJsonNumber("version").longValue() + "}");
        assertStatus(200, issued);
        assertStatus(200, client.api("POST", "api/workspace/notices/" + id + "/publish", DemoAccounts.PROVINCE, null));
        Download docx = client.download("api/notices/" + id + "/document.docx", null);
        assertEquals(200, docx.status());
        return part(docx.body(), "word/styles.xml");
    }

    private static String part(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the DOCX");
    }

    private static byte[] replaceIn(byte[] docx, String name, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(name)) {
                    String changed = change.apply(new String(content, StandardCharsets.UTF_8));
                    found = !changed.equals(new String(content, StandardCharsets.UTF_8));
                    content = changed.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        assertTrue(found, "the test changed " + name);
        return out.toByteArray();
    }
}
