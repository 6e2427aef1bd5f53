package cn.gov.zj.jxt.green.interfaces.notice;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The public's search forms submitted with what they are for and with what finds nothing: the notices by number
 * (notices.xhtml), the provincial list by name (lists.xhtml) and a named report's receipt (reports/receipt.xhtml).
 * What finds nothing says so and keeps what was typed.
 */
class PublicSearchPagesIT extends PortalClientTest {

    private static final String NOTHING = "没有这个名称的单位或文号";

    @Test
    void theNoticesAreFoundByNumberAndASearchThatFindsNothingSaysSo() {
        JsonObject notice = Json.object(client.api("GET", "api/notices?size=50", null, null).body())
                .getJsonArray("notices").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.containsKey("number") && !n.isNull("number")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo publishes numbered notices"));
        PortalClient.Page page = client.get("notices.xhtml");
        assertStatus(200, page);

        PortalClient.Page found = page.form("notices").set("notices:text", notice.getString("number"))
                .submit("notices:search");
        assertStatus(200, found);
        assertTrue(found.document().getElementById("notices:table").text().contains(notice.getString("title")),
                found.text());

        PortalClient.Page none = found.form("notices").set("notices:text", NOTHING).submit("notices:search");
        assertStatus(200, none);
        assertFalse(none.document().getElementById("notices:table").text().contains(notice.getString("title")));
        assertTrue(none.document().getElementById("notices:table").text().contains("暂无已发布的通知公告。"),
                none.text());
        assertEquals(NOTHING, none.document().getElementById("notices:text").val());
    }

    @Test
    void aNameOnNoListFindsNothingAndIsKept() {
        PortalClient.Page page = client.get("lists.xhtml");
        assertStatus(200, page);
        PortalClient.Page none = page.form("lists").set("lists:name", NOTHING).submit("lists:search");
        assertStatus(200, none);
        assertEquals(0, none.document().select("#lists\\:table .unit-name").size(), none.text());
        assertEquals(NOTHING, none.document().getElementById("lists:name").val());
    }

    @Test
    void anUnknownReceiptCodeIsToldBesideTheField() {
        PortalClient.Page page = client.get("reports/receipt.xhtml");
        assertStatus(200, page);
        PortalClient.Page unknown = page.form("receipt").set("receipt:code", "AAAAAAAAAAAAAAAA")
                .submit("receipt:find");
        assertStatus(404, unknown);
        assertEquals("未找到该回执码对应的举报，请核对后重新输入。", unknown.error("receipt:code"), unknown.text());
        assertEquals("AAAAAAAAAAAAAAAA", unknown.document().getElementById("receipt:code").val());
        assertTrue(unknown.document().select("#status").isEmpty(), "no result shown");
    }
}
