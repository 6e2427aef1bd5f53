package cn.gov.zj.jxt.green.interfaces.shared.web;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The clerks' and the administrator's forms whose right use other tests submit, here submitted wrong: each is
 * refused beside its field, keeps what was typed and changes nothing (workspace/batches/edit.xhtml,
 * workspace/documents/register.xhtml, admin/accounts/edit.xhtml), and the accounts list searched for what is
 * not there and what is (admin/accounts/index.xhtml).
 */
class ClerkFormPagesIT extends PortalClientTest {

    @Test
    void aBatchWithoutATitleIsNotOpened() {
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        int before = Json.array(client.api("GET", "api/workspace/batches", DemoAccounts.PROVINCE, null).body()).size();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        PortalClient.Page refused = client.get("workspace/batches/edit.xhtml").form("batch")
                .set("batch:year", String.valueOf(today.getYear()))
                .set("batch:level_input", "PROVINCIAL")
                .set("batch:title", " ")
                .set("batch:unitTypes", "FACTORY")
                .set("batch:submissionDeadline_input", today.plusDays(30).toString())
                .set("batch:cityListDeadline_input", today.plusDays(60).toString())
                .set("batch:quotas:0:quota", "3")
                .submit("batch:save");
        assertStatus(200, refused);
        assertEquals("请填写批次名称", refused.error("batch:title"), refused.text());
        assertEquals("3", refused.document().getElementById("batch:quotas:0:quota").val(), "the quota is kept");
        assertEquals(before, Json.array(client.api("GET", "api/workspace/batches", DemoAccounts.PROVINCE, null)
                .body()).size(), "no batch opened");
    }

    @Test
    void aDocumentWithoutATitleTakesNoNumber() {
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        long before = numbers();
        PortalClient.Page refused = client.get("workspace/documents/register.xhtml").form("issue")
                .set("issue:issuer_input", "GREEN")
                .set("issue:title", "  ")
                .submit("issue:submit");
        assertStatus(200, refused);
        assertEquals("请填写文件标题（不超过300字）", refused.error("issue:title"), refused.text());
        assertEquals(before, numbers(), "no number taken");
    }

    @Test
    void anAccountWithoutAUserNameIsNotCreated() {
        client.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        PortalClient.Page refused = client.get("admin/accounts/edit.xhtml").form("account")
                .set("account:username", "")
                .set("account:displayName", "未填用户名的专家")
                .set("account:role_input", "EXPERT")
                .set("account:password", "Expert2026secret")
                .submit("account:save");
        assertStatus(200, refused);
        assertTrue(refused.uri().contains("admin/accounts/edit.xhtml"), refused.uri());
        assertTrue(refused.error("account:username").contains("用户名"), refused.text());
        assertEquals("未填用户名的专家", refused.document().getElementById("account:displayName").val());

        // The accounts list, searched: the name typed above finds nothing, a demo account is found.
        PortalClient.Page list = client.get("admin/accounts/index.xhtml");
        PortalClient.Page none = list.form("accounts").set("accounts:text", "未填用户名的专家")
                .submit("accounts:search");
        assertStatus(200, none);
        assertFalse(none.document().getElementById("accounts:table").text().contains("未填用户名的专家"),
                "not created: " + none.text());
        assertEquals("未填用户名的专家", none.document().getElementById("accounts:text").val(), "the search is kept");
        PortalClient.Page found = none.form("accounts").set("accounts:text", DemoAccounts.HANGZHOU)
                .submit("accounts:search");
        assertTrue(found.document().getElementById("accounts:table").text().contains(DemoAccounts.HANGZHOU),
                found.text());
    }

    private long numbers() {
        return Json.object(client.api("GET", "api/workspace/document-numbers?size=1&issuer=GREEN",
                DemoAccounts.ADMIN, null).body()).getJsonNumber("total").longValue();
    }
}
