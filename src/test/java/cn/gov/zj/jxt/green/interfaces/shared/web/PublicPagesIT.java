package cn.gov.zj.jxt.green.interfaces.shared.web;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The public pages answer bad input clearly and lose nothing: the named report form names every wrong field at
 * once and keeps what was typed, over-long text is refused with its limit instead of being cut, the language switch
 * keeps the form's values and the address's parameters, and an id or code that names nothing is 404 — a receipt
 * look-up's message in the page's language.
 */
class PublicPagesIT extends PortalClientTest {

    private static final String NAME = "举报人甲";
    /** One character over the limit of 5000 the service and its message state. */
    private static final String LONG_FACTS = "该单位未按规定处置固体废物。".repeat(357) + "止于此";

    @Test
    void theNamedReportFormNamesEveryWrongFieldAtOnceAndKeepsWhatWasTyped() {
        assertEquals(5001, LONG_FACTS.length());
        PortalClient.Page form = client.get("reports.xhtml");
        assertStatus(200, form);
        String maxlength = form.document().getElementById("report:facts").attr("maxlength");
        assertTrue(maxlength.isEmpty() || Integer.parseInt(maxlength) > 5000,
                "the browser does not cut a pasted text silently at the limit: " + maxlength);

        PortalClient.Page refused = form.form("report")
                .set("report:name", NAME)
                .set("report:idNumber", "330106199001011234")
                .set("report:phone", "")
                .set("report:email", "not-an-address")
                .set("report:facts", LONG_FACTS)
                .submit("report:submit");
        assertStatus(200, refused);
        Document page = refused.document();
        assertTrue(page.getElementById("receiptCode") == null, "nothing was filed");
        String text = page.getElementById("report").text();
        for (String message : List.of("请查找并选择被举报的名单单位或第三方机构", "居民身份证号码无效", "请填写联系电话",
                "电子邮箱格式不正确", "事实陈述不超过5000字")) {
            assertTrue(text.contains(message), message + " is shown with the others: " + text);
        }
        assertEquals(NAME, page.getElementById("report:name").val(), "the name is kept");
        assertEquals("not-an-address", page.getElementById("report:email").val());
        assertEquals(LONG_FACTS, page.getElementById("report:facts").val(), "the facts are kept whole, not cut");
    }

    @Test
    void switchingLanguageKeepsWhatWasTypedAndTheAddress() {
        // The switch posts the form being filled in, with lang and without a button: nothing is filed.
        PortalClient.Page english = client.get("reports.xhtml").form("report")
                .set("report:name", NAME)
                .set("report:facts", "事实与证据说明")
                .set("lang", "en")
                .post();
        assertStatus(200, english);
        Document page = english.document();
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertTrue(page.select("nav.public-nav a").eachText().contains("Named reports"), english.text());
        assertEquals(NAME, page.getElementById("report:name").val());
        assertEquals("事实与证据说明", page.getElementById("report:facts").val());
        assertTrue(page.getElementById("receiptCode") == null);
        assertFalse(english.text().contains("请填写"), "no refusal: the form's action did not run");

        // Without typing, the switch is the same address in the other language: the search stays.
        PortalClient other = newClient();
        String link = other.get("units.xhtml?name=%E6%9D%AD%E5%B7%9E").document().getElementById("english")
                .attr("href");
        assertTrue(link.contains("name=%E6%9D%AD%E5%B7%9E") && link.contains("lang=en"), link);
        PortalClient.Page units = other.get(link);
        assertStatus(200, units);
        assertEquals("en", units.document().selectFirst("html").attr("lang"));
        assertEquals("杭州", units.document().getElementById("name").val(), "the search is kept");
    }

    @Test
    void anIdOrCodeThatNamesNothingIs404() {
        for (String path : List.of("notice.xhtml?id=abc", "notice.xhtml?id=987654321", "notice.xhtml",
                "publicity/view.xhtml?id=abc", "publicity/view.xhtml?id=987654321",
                "publicity/object.xhtml?id=abc", "publicity/object.xhtml?id=987654321",
                "units/view.xhtml?code=91330000NOSUCHUNIT", "units/view.xhtml")) {
            assertStatus(404, client.get(path));
        }
    }

    @Test
    void anUnknownReceiptIs404WithThePagesLanguage() {
        PortalClient.Page chinese = client.get("publicity/receipt.xhtml?code=NO-SUCH-CODE");
        assertStatus(404, chinese);
        assertTrue(chinese.text().contains("未找到该回执码对应的异议"), chinese.text());

        PortalClient.Page english = client.get("publicity/receipt.xhtml?code=NO-SUCH-CODE&lang=en");
        assertStatus(404, english);
        assertTrue(english.text().contains("No objection has this receipt code"), english.text());

        PortalClient.Page report = client.get("reports/receipt.xhtml?code=NO-SUCH-CODE");
        assertStatus(404, report);
        assertTrue(report.text().contains("No report has this receipt code"), "the session's English stays: "
                + report.text());
    }
}
