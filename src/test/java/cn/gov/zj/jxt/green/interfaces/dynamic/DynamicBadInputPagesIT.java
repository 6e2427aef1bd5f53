package cn.gov.zj.jxt.green.interfaces.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The dynamic management forms refuse what they must (004 §(十七)–(十九)): a removal is proposed only for a chosen
 * unit, on a ground, with the facts, and the announcement is scheduled only on a date; each refusal is said in words
 * beside its field, what the clerk typed is still there, and nothing was recorded.
 */
class DynamicBadInputPagesIT extends PortalClientTest {

    @Test
    void aRemovalIsNotProposedWithoutChoosingAUnit() {
        client.signIn(DemoAccounts.NINGBO, DemoAccounts.PASSWORD);
        PortalClient.Page page = expect(200, client.get("workspace/dynamic/city.xhtml"));
        String reason = facts();

        PortalClient.Page refused = propose(page, "", option(page, "propose:ground_input"), reason);

        assertEquals("请选择名单单位", refused.error("propose:unit"), refused.text());
        assertEquals(reason, refused.document().getElementById("propose:reason").text(), "the facts typed are kept");
        assertNotProposed(reason);
    }

    @Test
    void aRemovalIsNotProposedWithoutAGround() {
        client.signIn(DemoAccounts.NINGBO, DemoAccounts.PASSWORD);
        PortalClient.Page page = expect(200, client.get("workspace/dynamic/city.xhtml"));
        String reason = facts();

        PortalClient.Page refused = propose(page, option(page, "propose:unit_input"), "", reason);

        assertEquals("请选择移出原因", refused.error("propose:ground"), refused.text());
        assertEquals(reason, refused.document().getElementById("propose:reason").text(), "the facts typed are kept");
        assertNotProposed(reason);
    }

    @Test
    void aRemovalIsNotProposedWithoutTheFacts() {
        client.signIn(DemoAccounts.NINGBO, DemoAccounts.PASSWORD);
        PortalClient.Page page = expect(200, client.get("workspace/dynamic/city.xhtml"));
        String unit = option(page, "propose:unit_input");
        String ground = option(page, "propose:ground_input");
        int proposedBefore = proposedRows();

        PortalClient.Page refused = propose(page, unit, ground, "");

        assertEquals("请填写事实及证据说明", refused.error("propose:reason"), refused.text());
        assertEquals(unit, selected(refused, "propose:unit_input"), "the unit chosen is kept");
        assertEquals(ground, selected(refused, "propose:ground_input"), "the ground chosen is kept");
        assertEquals(proposedBefore, proposedRows(), "nothing proposed");
    }

    @Test
    void theAnnouncementIsNotScheduledWithoutADate() {
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page page = expect(200, client.get("workspace/dynamic/removals.xhtml"));
        String scheduled = page.document().getElementById("schedule").select("p.hint").text();

        PortalClient.Page refused = expect(200, page.form("schedule").set("schedule:date_input", "")
                .submit("schedule:save"));

        assertEquals("请选择移出公告发布日期", refused.error("schedule:date"), refused.text());
        assertFalse(refused.text().contains("年度移出公告将于"), refused.text());
        assertEquals(scheduled, expect(200, client.get("workspace/dynamic/removals.xhtml")).document()
                .getElementById("schedule").select("p.hint").text(), "the date scheduled before is unchanged");
    }

    private PortalClient.Page propose(PortalClient.Page page, String unit, String ground, String reason) {
        return expect(200, page.form("propose")
                .set("propose:unit_input", unit)
                .set("propose:ground_input", ground)
                .set("propose:reason", reason)
                .submit("propose:submit", "propose:evidence", null, null, null));
    }

    /** The facts of a proposal no one else writes, so that the province's list shows whether it was recorded. */
    private static String facts() {
        return "经核查存在违法违规行为" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The province's list of proposals does not hold one with these facts. */
    private void assertNotProposed(String reason) {
        PortalClient province = newClient();
        province.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page removals = expect(200, province.get("workspace/dynamic/removals.xhtml"));
        assertFalse(removals.text().contains(reason), "nothing proposed: " + removals.text());
    }

    /** How many proposals await the province's decision. */
    private int proposedRows() {
        PortalClient province = newClient();
        province.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page removals = expect(200, province.get("workspace/dynamic/removals.xhtml"));
        return removals.document().select("[id=work:proposed] tbody tr:not(.ui-datatable-empty-message)").size();
    }

    /** The value of the first real choice of a menu (not "please choose", not the April 15 ground). */
    private static String option(PortalClient.Page page, String select) {
        return page.document().select("select[name=" + select + "] option").stream()
                .map(o -> o.val()).filter(v -> !v.isEmpty() && !v.equals("NO_FORM")).findFirst()
                .orElseThrow(() -> new AssertionError("nothing to choose in " + select + ": " + page.body()));
    }

    private static String selected(PortalClient.Page page, String select) {
        return page.document().select("select[name=" + select + "] option[selected]").val();
    }

    private static PortalClient.Page expect(int status, PortalClient.Page page) {
        PortalClient.assertStatus(status, page);
        return page;
    }
}
