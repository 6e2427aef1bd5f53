package cn.gov.zj.jxt.green.interfaces.nomination;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import cn.gov.zj.jxt.green.testing.SampleFiles;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The applicant's and the institution's upload forms submitted from their pages, right and wrong: the evaluation
 * report on workspace/applications/edit.xhtml and the signed undertaking on workspace/engagements/index.xhtml. A
 * missing file or choice is told beside its field, a program dressed as a PDF is refused and not kept, a PDF is.
 */
class UploadPagesIT extends PortalClientTest {

    @Test
    void theApplicantUploadsHerReportOnTheEditPageAndAProgramIsRefused() {
        long id = application(openBatch());
        client.signIn(DemoAccounts.APPLICANT, DemoAccounts.PASSWORD);
        PortalClient.Page edit = client.get("workspace/applications/edit.xhtml?id=" + id);
        assertStatus(200, edit);

        PortalClient.Page noFile = edit.form("report").submit("report:upload", "report:file", null, null, null);
        assertStatus(200, noFile);
        assertEquals("请选择评价报告文件（PDF）。", noFile.error("report:file"), noFile.text());
        PortalClient.Page program = noFile.form("report")
                .submit("report:upload", "report:file", "评价报告.pdf", "application/pdf", SampleFiles.executable());
        assertStatus(200, program);
        assertTrue(program.document().getElementById("messages").text().contains("可执行程序"), program.text());
        assertTrue(absent(applicationView(id), "reportName"), "nothing kept: " + applicationView(id));

        PortalClient.Page uploaded = program.form("report")
                .submit("report:upload", "report:file", "评价报告.pdf", "application/pdf",
                        SampleFiles.pdf("evaluation report"));
        assertStatus(200, uploaded);
        assertTrue(uploaded.text().contains("评价报告“评价报告.pdf”已上传。"), uploaded.text());
        assertNotNull(uploaded.document().getElementById("currentReport"), "the page offers it");
        assertEquals("评价报告.pdf", applicationView(id).getString("reportName"));
    }

    @Test
    void theInstitutionUploadsTheSignedUndertakingOnItsPageOnlyForAChosenEngagementAndAsAPdf() {
        long engagement = acceptedEngagement(openBatch());
        client.signIn(DemoAccounts.INSTITUTION, DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get("workspace/engagements/index.xhtml");
        assertStatus(200, page);
        assertNotNull(page.document().selectFirst("select[name='signed:engagement'] option[value='" + engagement
                + "']"), "the accepted engagement is offered: " + page.text());

        PortalClient.Page unchosen = page.form("signed").set("signed:engagement", "")
                .submit("signed:submit", "signed:file", "承诺书.pdf", "application/pdf", SampleFiles.pdf("undertaking"));
        assertStatus(200, unchosen);
        assertEquals("请选择要上传承诺书的委托。", unchosen.error("signed:engagement"), unchosen.text());
        PortalClient.Page program = unchosen.form("signed").set("signed:engagement", String.valueOf(engagement))
                .submit("signed:submit", "signed:file", "承诺书.pdf", "application/pdf", SampleFiles.executable());
        assertStatus(200, program);
        assertTrue(program.document().getElementById("messages").text().contains("可执行程序"), program.text());
        assertTrue(absent(engagementView(engagement), "signatureStatus"), "nothing kept");

        PortalClient.Page sealed = program.form("signed").set("signed:engagement", String.valueOf(engagement))
                .submit("signed:submit", "signed:file", "承诺书-盖章.pdf", "application/pdf",
                        SampleFiles.pdf("sealed undertaking"));
        assertStatus(200, sealed);
        assertTrue(sealed.text().contains("签署的承诺书已上传"), sealed.text());
        assertNotNull(sealed.document().getElementById("signed:outcome"), "the outcome is shown");
        assertEquals("SEALED_SCAN", engagementView(engagement).getString("signatureStatus"));
    }

    private String openBatch() {
        String title = "上传页面测试批次" + System.nanoTime();
        LocalDate deadline = LocalDate.now(OfficialDay.ZONE).plusDays(30);
        PortalClient.Page opened = client.api("POST", "api/workspace/batches", DemoAccounts.PROVINCE, """
                {"year": %d, "level": "PROVINCIAL", "title": "%s", "unitTypes": ["FACTORY", "PARK", "SUPPLY_CHAIN"],
                 "submissionDeadline": "%s", "cityListDeadline": "%s", "quotas": {"330100": 20},
                 "provincialCap": 1000, "nationalCap": 1000}
                """.formatted(deadline.getYear(), title, deadline, deadline.plusDays(30)));
        assertStatus(201, opened);
        return title;
    }

    /** The applicant's new application in the batch titled {@code title}. */
    private long application(String title) {
        long batchId = Json.array(client.api("GET", "api/workspace/batches", DemoAccounts.PROVINCE, null).body())
                .getValuesAs(JsonObject.class).stream().filter(b -> b.getString("title").equals(title))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        PortalClient.Page created = client.api("POST", "api/workspace/batches/" + batchId + "/applications",
                DemoAccounts.APPLICANT, null);
        assertStatus(201, created);
        return Json.object(created.body()).getJsonNumber("id").longValue();
    }

    /** An application routed through the demo institution, which has accepted it: the engagement's id. */
    private long acceptedEngagement(String title) {
        long id = application(title);
        long institution = Json.array(client.api("GET", "api/workspace/institutions", DemoAccounts.APPLICANT, null)
                .body()).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("creditCode").equals(DemoAccounts.BINJIANG_INSTITUTION_CODE))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertStatus(200, client.api("PUT", "api/workspace/applications/" + id, DemoAccounts.APPLICANT,
                "{\"version\": %d, \"productionRegion\": \"330106\", \"route\": \"INSTITUTION\", \"institutionId\": %d}"
                        .formatted(applicationView(id).getJsonNumber("version").longValue(), institution)));
        long engagement = Json.array(client.api("GET", "api/workspace/applications/" + id + "/engagements",
                DemoAccounts.APPLICANT, null).body()).getJsonObject(0).getJsonNumber("id").longValue();
        assertStatus(200, client.api("POST", "api/workspace/engagements/" + engagement + "/accept",
                DemoAccounts.INSTITUTION, null));
        return engagement;
    }

    private static boolean absent(JsonObject view, String name) {
        return !view.containsKey(name) || view.isNull(name);
    }

    private JsonObject applicationView(long id) {
        PortalClient.Page page = client.api("GET", "api/workspace/applications/" + id, DemoAccounts.APPLICANT, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }

    private JsonObject engagementView(long id) {
        PortalClient.Page page = client.api("GET", "api/workspace/engagements/" + id, DemoAccounts.INSTITUTION, null);
        assertStatus(200, page);
        return Json.object(page.body());
    }
}
