package cn.gov.zj.jxt.green.interfaces.exclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import cn.gov.zj.jxt.green.testing.SampleSheets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The register of exclusions 排除情形登记 (实施细则第十七条) refuses an entry without its ground or with a credit code
 * that is not one: the refusal is said in words beside the field, what the clerk typed is still there, and nothing
 * was recorded.
 */
class ExclusionBadInputPagesIT extends PortalClientTest {

    private static final String REGISTER = "api/workspace/exclusions";

    @Test
    void anEntryIsNotRecordedWithoutItsGround() {
        String code = SampleSheets.newCreditCode();
        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        PortalClient.Page page = expect(200, client.get("workspace/exclusions/index.xhtml"));

        PortalClient.Page refused = record(page, code, "");

        assertEquals("请选择情形（实施细则第十七条第1至6项）", refused.error("record:ground"), refused.text());
        assertEquals(code, value(refused, "record:creditCode"), "the code typed is kept");
        assertEquals("无情形测试单位", value(refused, "record:organisationName"), "the name typed is kept");
        assertEquals("信用中国", value(refused, "record:source"), "the source typed is kept");
        assertFalse(refused.text().contains("已登记“无情形测试单位”的情形。"), refused.text());
        assertNothingRecorded(code);
    }

    @Test
    void anEntryIsNotRecordedWithACreditCodeThatIsNotOne() {
        String valid = SampleSheets.newCreditCode();
        char check = valid.charAt(17);
        String code = valid.substring(0, 17) + (check == '0' ? '1' : '0');
        client.signIn(DemoAccounts.HANGZHOU, DemoAccounts.PASSWORD);
        PortalClient.Page page = expect(200, client.get("workspace/exclusions/index.xhtml"));
        String ground = page.document().select("select[name=record:ground_input] option").stream()
                .map(o -> o.val()).filter(v -> !v.isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError(page.body()));

        PortalClient.Page refused = record(page, code, ground);

        String error = refused.error("record:creditCode");
        assertTrue(error.startsWith("统一社会信用代码"), "in words: " + error);
        assertEquals(code, value(refused, "record:creditCode"), "the code typed is kept");
        assertEquals(ground, refused.document().select("select[name=record:ground_input] option[selected]").val(),
                "the ground chosen is kept");
        assertNothingRecorded(code);
    }

    private static PortalClient.Page record(PortalClient.Page page, String code, String ground) {
        return expect(200, page.form("record")
                .set("record:creditCode", code)
                .set("record:organisationName", "无情形测试单位")
                .set("record:ground_input", ground)
                .set("record:occurredOn_input", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                .set("record:source", "信用中国")
                .submit("record:submit", "record:evidence", null, null, null));
    }

    private void assertNothingRecorded(String code) {
        assertEquals(0, Json.object(expect(200, client.api("GET", REGISTER + "?q=" + code + "&withdrawn=false",
                DemoAccounts.HANGZHOU, null)).body()).getJsonNumber("total").intValue(), "nothing recorded");
    }

    private static String value(PortalClient.Page page, String id) {
        return page.document().getElementById(id).val();
    }

    private static PortalClient.Page expect(int status, PortalClient.Page page) {
        PortalClient.assertStatus(status, page);
        return page;
    }
}
