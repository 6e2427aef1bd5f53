package cn.gov.zj.jxt.green.interfaces.notice;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import cn.gov.zj.jxt.green.testing.SampleFiles;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The clerk's notice pages submitted as she uses them, right and wrong: a draft written on
 * workspace/notices/edit.xhtml (refused without a title, nothing typed lost), an annex uploaded (an executable
 * refused), issued from the same page (refused without a body), published on workspace/notices/view.xhtml (the
 * button pressed again from the old page publishes nothing twice), and found by its number on
 * workspace/notices/index.xhtml (a number that is not there finds nothing).
 */
class NoticePagesIT extends PortalClientTest {

    private static final String BODY = "为加强绿色制造名单单位管理，现将有关事项通知如下。\n一、填报要求\n请各单位按时填报。";

    @Test
    void aDraftIsWrittenGivenAnAnnexIssuedAndPublishedThroughItsPagesAndEachWrongStepIsRefused() {
        String title = "关于页面测试通知" + UUID.randomUUID().toString().substring(0, 8) + "的通知";
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page blank = client.get("workspace/notices/edit.xhtml?kind=NOTICE");
        assertStatus(200, blank);

        PortalClient.Page untitled = blank.form("notice").set("notice:title", " ").set("notice:body", BODY)
                .submit("notice:save");
        assertStatus(200, untitled);
        assertEquals("请填写标题", untitled.error("notice:title"), untitled.text());
        assertEquals(BODY, untitled.document().getElementById("notice:body").wholeText().replace("\r", "").strip(),
                "the body is kept");
        assertTrue(untitled.uri().contains("kind=NOTICE") || !untitled.uri().contains("id="), "no draft made");
        assertEquals(0, drafts(title), "nothing saved");

        PortalClient.Page saved = untitled.form("notice").set("notice:title", title).set("notice:body", BODY)
                .submit("notice:save");
        assertStatus(200, saved);
        assertTrue(saved.text().contains("“" + title + "”已保存。"), saved.text());
        long id = idIn(saved.uri());
        JsonObject draft = notice(id);
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(title, draft.getString("title"));

        // An annex: an executable is refused and not attached; a PDF is.
        PortalClient.Page refused = saved.form("upload").set("upload:uploadTitle", "填报说明")
                .submit("upload:submit", "upload:file", "填报说明.pdf", "application/pdf", SampleFiles.executable());
        assertStatus(200, refused);
        assertTrue(refused.document().getElementById("messages").text().contains("可执行程序"), refused.text());
        assertEquals(0, notice(id).getJsonArray("annexes").size(), "not attached");
        PortalClient.Page noFile = refused.form("upload").set("upload:uploadTitle", "填报说明")
                .submit("upload:submit", "upload:file", null, null, null);
        assertEquals("请选择要上传的文件。", noFile.error("upload:file"), noFile.text());
        PortalClient.Page attached = noFile.form("upload").set("upload:uploadTitle", "填报说明")
                .submit("upload:submit", "upload:file", "guide.pdf", "application/pdf", SampleFiles.pdf("guide"));
        assertTrue(attached.text().contains("已添加附件1。"), attached.text());
        assertTrue(attached.document().getElementById("annexList:list").text().contains("填报说明"));
        assertEquals(1, notice(id).getJsonArray("annexes").size());

        // Issuing saves what is typed first: an emptied body is refused and nothing is issued.
        PortalClient.Page noBody = attached.form("notice").set("notice:body", "").submit("notice:submit");
        assertStatus(200, noBody);
        assertEquals("请填写正文", noBody.error("notice:body"), noBody.text());
        assertEquals(title, noBody.document().getElementById("notice:title").val());
        assertEquals("DRAFT", notice(id).getString("status"), "not issued");
        PortalClient.Page issued = noBody.form("notice").set("notice:body", BODY).submit("notice:submit");
        assertStatus(200, issued);
        assertTrue(issued.uri().contains("workspace/notices/view.xhtml?id=" + id), issued.uri());
        String number = notice(id).getString("number");
        assertTrue(number.matches("浙经信绿色〔\\d{4}〕[1-9]\\d*号"), number);
        assertTrue(issued.text().contains(number + " 已印发。"), issued.text());
        assertEquals("ISSUED", notice(id).getString("status"));

        // Published once; the same button pressed again from the old page is refused, not repeated.
        PortalClient.Page published = issued.form("actions").submit("actions:publish");
        assertStatus(200, published);
        assertTrue(published.text().contains("“" + title + "”已发布。"), published.text());
        assertNotNull(published.document().getElementById("public"), "the public page is linked");
        assertStatus(200, client.api("GET", "api/notices/" + id, null, null));
        String publishedAt = notice(id).getString("publishedAt");
        PortalClient.Page again = issued.form("actions").submit("actions:publish");
        assertStatus(200, again);
        assertFalse(again.text().contains("“" + title + "”已发布。"), again.text());
        assertEquals(publishedAt, notice(id).getString("publishedAt"), "published once");

        // The list finds it by its number; a number that is not there finds nothing and keeps what was typed.
        PortalClient.Page list = client.get("workspace/notices/index.xhtml");
        PortalClient.Page found = list.form("notices").set("notices:text", number).submit("notices:search");
        assertStatus(200, found);
        assertTrue(found.document().getElementById("notices:table").text().contains(title), found.text());
        PortalClient.Page none = found.form("notices").set("notices:text", "浙经信绿色〔1999〕999号")
                .submit("notices:search");
        assertStatus(200, none);
        assertFalse(none.document().getElementById("notices:table").text().contains(title), none.text());
        assertEquals("浙经信绿色〔1999〕999号", none.document().getElementById("notices:text").val());
    }

    private JsonObject notice(long id) {
        PortalClient.Page page = client.api("GET", "api/workspace/notices/" + id, DemoAccounts.PROVINCE, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    private int drafts(String title) {
        PortalClient.Page page = client.api("GET", "api/workspace/notices?q="
                + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8), DemoAccounts.PROVINCE,
                null);
        assertStatus(200, page);
        return Json.object(page.body()).getJsonNumber("total").intValue();
    }

    private static long idIn(String uri) {
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(uri);
        assertTrue(id.find(), uri);
        return Long.parseLong(id.group(1));
    }
}
