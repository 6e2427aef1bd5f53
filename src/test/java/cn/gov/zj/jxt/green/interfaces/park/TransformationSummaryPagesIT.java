package cn.gov.zj.jxt.green.interfaces.park;

import static cn.gov.zj.jxt.green.testing.PortalClient.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.park.CircularTransformationSummary;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.PortalClientTest;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The province's reports to NDRC and MIIT on circular transformation (发改办环资〔2021〕1004号 §三(五)) through
 * workspace/transformation-summaries/index.xhtml, right and wrong. The yearly form is refused without a year, with a
 * year before 2022 or not yet ended, with 2023 (the demo's 湖州 plan left it unreported: nothing filed) and with 2024
 * (the demo issued it in January 2025); nothing is issued. The demo's 2024 report carries the filed report's figures
 * in its annex. The final 14th Five-Year report is then issued once: numbered, listed, its DOCX naming the parks and
 * carrying the province's totals over 2022–2025 as the public page sums them; pressed again, it is refused.
 */
class TransformationSummaryPagesIT extends PortalClientTest {

    private static final String PAGE = "workspace/transformation-summaries/index.xhtml";
    private static final String NANTAIHU = "湖州南太湖绿色智造产业园区管理委员会（示例）";

    @Test
    void theYearlyFormIsRefusedWithBadYearsAndTheFinalReportIsIssuedOnceWithTheFiledFigures() throws IOException {
        client.signIn(DemoAccounts.PROVINCE, DemoAccounts.PASSWORD);
        PortalClient.Page page = client.get(PAGE);
        assertStatus(200, page);
        int before = issued().size();

        PortalClient.Page noYear = page.form("yearly").set("yearly:year", "").submit("yearly:issue");
        assertEquals("请填写报告年度", noYear.error("yearly:year"), noYear.text());
        PortalClient.Page early = noYear.form("yearly").set("yearly:year", "2019").submit("yearly:issue");
        assertEquals("报告年度应为2022年起已结束的年度", early.error("yearly:year"), early.text());
        assertEquals("2019", early.document().getElementById("yearly:year").val(), "the year typed is kept");
        PortalClient.Page future = early.form("yearly").set("yearly:year", "2099").submit("yearly:issue");
        assertEquals("报告年度应为2022年起已结束的年度", future.error("yearly:year"), future.text());
        PortalClient.Page noneFiled = future.form("yearly").set("yearly:year", "2023").submit("yearly:issue");
        assertTrue(messages(noneFiled).contains("2023年度没有已报送的园区循环化改造进展报告"), noneFiled.text());
        PortalClient.Page twice = noneFiled.form("yearly").set("yearly:year", "2024").submit("yearly:issue");
        assertTrue(messages(twice).matches(".*2024年度的该报告已印发（浙经信绿色〔2025〕\\d+号）.*"), twice.text());
        assertEquals(before, issued().size(), "nothing issued by the refusals");

        // The demo's yearly report on 2024: 湖州南太湖's filed figures in the annex, the ratios per park.
        String yearly = docxText(client.download(link(twice, "2024年度浙江省园区循环化改造工作总体进展情况"),
                DemoAccounts.PROVINCE).body());
        assertTrue(yearly.contains("国家发展改革委（环资司）、工业和信息化部（节能司）"), yearly);
        assertTrue(yearly.contains(NANTAIHU) && yearly.contains("湖州市小计") && yearly.contains("全省合计"), yearly);
        for (String figure : List.of("14200", "460000", "37500", "21000", "310000", "150", "0.41", "6.1", "94.2")) {
            assertTrue(yearly.contains(figure), figure + " in " + yearly);
        }

        // The final report: issued once, with the province's totals of 2022–2025 as the public page has them.
        List<BigDecimal> totals = periodTotals();
        PortalClient.Page issued = twice.form("final").submit("final:issue");
        assertStatus(200, issued);
        assertTrue(messages(issued).matches(".*已生成并编号：关于报送浙江省“十四五”园区循环化改造工作总结报告的报告"
                + "（浙经信绿色〔\\d{4}〕\\d+号）。.*"), issued.text());
        assertEquals(before + 1, issued().size());
        String finalReport = docxText(client.download(link(issued, "“十四五”园区循环化改造工作总结报告"),
                DemoAccounts.PROVINCE).body());
        assertTrue(finalReport.contains("“十四五”期间，我省实施循环化改造的园区共"), finalReport);
        assertTrue(finalReport.contains(NANTAIHU) && finalReport.contains("全省合计"), finalReport);
        assertTrue(finalReport.contains("2022年至2025年全省园区累计实现节能量"
                + CircularTransformationSummary.figure(totals.get(0)) + "吨标准煤，节水量"
                + CircularTransformationSummary.figure(totals.get(1)) + "立方米"), finalReport);
        for (BigDecimal total : totals) {
            assertTrue(finalReport.contains(CircularTransformationSummary.figure(total)), total + " in the annex");
        }

        PortalClient.Page again = issued.form("final").submit("final:issue");
        assertTrue(messages(again).contains("2025年度的该报告已印发"), again.text());
        assertEquals(before + 1, issued().size(), "issued once");
    }

    @Test
    void noOneButTheProvinceIssues() {
        assertStatus(403, client.api("POST", "api/workspace/transformation-summaries", DemoAccounts.HANGZHOU,
                "{\"kind\":\"FINAL\"}"));
        assertStatus(403, client.api("POST", "api/workspace/transformation-summaries", DemoAccounts.SUPERVISOR,
                "{\"kind\":\"YEARLY\",\"year\":2023}"));
        assertStatus(400, client.api("POST", "api/workspace/transformation-summaries", DemoAccounts.PROVINCE,
                "{\"kind\":\"YEARLY\"}"));
    }

    private JsonArray issued() {
        PortalClient.Page list = client.api("GET", "api/workspace/transformation-summaries", DemoAccounts.PROVINCE,
                null);
        assertStatus(200, list);
        return Json.array(list.body());
    }

    /** The six quantities summed over 2022–2025 from the public page's yearly totals of the province. */
    private List<BigDecimal> periodTotals() {
        PortalClient.Page plans = newClient().get("transformation-plans.xhtml");
        assertStatus(200, plans);
        List<BigDecimal> totals = new ArrayList<>(List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        for (Element row : plans.document().select("#progressTotals tbody tr")) {
            int year = Integer.parseInt(row.selectFirst("th").text().strip());
            if (year < 2022 || year > 2025) {
                continue;
            }
            List<Element> cells = row.select("td");
            for (int i = 0; i < 6; i++) {
                totals.set(i, totals.get(i).add(new BigDecimal(cells.get(i + 2).text().strip())));
            }
        }
        return totals;
    }

    private static String messages(PortalClient.Page page) {
        Element messages = page.document().getElementById("messages");
        assertNotNull(messages, page.text());
        return messages.text();
    }

    /** The DOCX link of the issued report whose title contains {@code title}. */
    private static String link(PortalClient.Page page, String title) {
        for (Element row : page.document().select("#issued tbody tr")) {
            if (row.text().contains(title)) {
                String href = row.selectFirst("a[href$=document.docx]").attr("href");
                return href.substring(href.indexOf("api/"));
            }
        }
        throw new AssertionError("no issued report " + title + ": " + page.text());
    }

    /** The text of a DOCX's main part, its runs joined as they read. */
    private static String docxText(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return xml.replaceAll("<w:p[ >].*?(?=<)", "\n").replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
