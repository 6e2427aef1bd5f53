package cn.gov.zj.jxt.green.domain.model.park;

import static cn.gov.zj.jxt.green.domain.model.park.ProgressReportTest.HUZHOU;
import static cn.gov.zj.jxt.green.domain.model.park.ProgressReportTest.PROVINCE;
import static cn.gov.zj.jxt.green.domain.model.park.ProgressReportTest.WUXING;
import static cn.gov.zj.jxt.green.domain.model.park.ProgressReportTest.approvedPlan;
import static cn.gov.zj.jxt.green.domain.model.park.ProgressReportTest.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The province's reports to NDRC and MIIT on circular transformation (发改办环资〔2021〕1004号 §三(五)): built only
 * from filed progress reports, the six quantities summed per park, per city (a subtotal after its parks) and for the
 * province, the ratios per park; the parks that did not report named; the final report over 2022–2025 with each
 * year's totals and each plan's acceptance. Not before the period has ended, and never from nothing filed.
 */
class CircularTransformationSummaryTest {

    private static final Region NINGBO = new Region("330200", "宁波市", "Ningbo", RegionLevel.CITY, PROVINCE, 2);
    private static final Region BEILUN = new Region("330206", "北仑区", "Beilun", RegionLevel.COUNTY, NINGBO, 1);
    private static final Region NANXUN = new Region("330503", "南浔区", "Nanxun", RegionLevel.COUNTY, HUZHOU, 2);
    private static final Instant NOW = Instant.parse("2026-01-20T02:00:00Z");
    private static final LocalDate DATED = LocalDate.of(2026, 1, 20);

    @Test
    void aYearIsReportedOnceItHasEndedFrom2022AndTheFinalReportFrom2026() {
        assertTrue(CircularTransformationSummary.periodEnded(SummaryKind.YEARLY, 2025, DATED));
        assertFalse(CircularTransformationSummary.periodEnded(SummaryKind.YEARLY, 2026, DATED), "not ended");
        assertFalse(CircularTransformationSummary.periodEnded(SummaryKind.YEARLY, 2021, DATED), "before 2022");
        assertTrue(CircularTransformationSummary.periodEnded(SummaryKind.FINAL, 2025, DATED));
        assertFalse(CircularTransformationSummary.periodEnded(SummaryKind.FINAL, 2025, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void theYearlyReportSumsTheFiledReportsPerCityAndProvinceAndNamesThoseThatDidNotReport() {
        TransformationPlan wuxing = approvedPlan(WUXING);
        TransformationPlan nanxun = approvedPlan(NANXUN);
        TransformationPlan beilun = approvedPlan(BEILUN);
        ProgressReport onTime = filed(wuxing, 2025, "90", "2025-12-20T02:00:00Z");
        ProgressReport late = filed(nanxun, 2025, "80.50", "2026-01-10T02:00:00Z");
        ProgressReport missing = new ProgressReport(beilun, 2025);
        ProgressReport otherYear = filed(beilun, 2024, "70", "2024-12-20T02:00:00Z");

        DocumentContent report = CircularTransformationSummary.yearly(2025, List.of(missing, late, otherYear, onTime),
                NOW, DATED);
        assertEquals(DocumentFormat.FILE, report.format());
        assertEquals(List.of("浙江省经济和信息化厅", "浙江省发展和改革委员会"),
                report.agencies().stream().map(a -> a.name()).toList());
        assertEquals("关于2025年度浙江省园区循环化改造工作总体进展情况的报告", report.title());
        assertEquals("国家发展改革委（环资司）、工业和信息化部（节能司）", report.recipients());
        String body = String.join("\n", report.body());
        assertTrue(body.contains("发改办环资〔2021〕1004号"), body);
        assertTrue(body.contains("我省实施循环化改造的园区共3家，报送年度工作进展报告2家（其中逾期报送1家），未报送1家。"), body);
        assertTrue(body.contains("全省园区全年实现节能量2000吨标准煤，节水量40000立方米，二氧化碳减排量5000吨，"
                + "固体废物减排量600吨，废水减排量8000吨，主要大气污染物减排量25吨。"), body);

        List<AnnexBlock> blocks = report.annexes().get(0).blocks();
        AnnexBlock.Table quantities = (AnnexBlock.Table) blocks.get(1);
        assertEquals(List.of(
                List.of("1", "湖州市", "园区330502", "1000", "20000", "2500", "300", "4000", "12.5"),
                List.of("2", "湖州市", "园区330503", "1000", "20000", "2500", "300", "4000", "12.5"),
                List.of("", "湖州市", "湖州市小计", "2000", "40000", "5000", "600", "8000", "25"),
                List.of("", "", "全省合计", "2000", "40000", "5000", "600", "8000", "25")), quantities.rows(),
                "宁波's only report of 2025 is unfiled: no line, no subtotal");
        AnnexBlock.Table ratios = (AnnexBlock.Table) blocks.get(3);
        assertEquals(List.of(List.of("1", "湖州市", "园区330502", "0.4", "6", "90", "按时报送"),
                List.of("2", "湖州市", "园区330503", "0.4", "6", "80.5", "逾期报送")), ratios.rows());
        assertEquals(new AnnexBlock.Text("未报送进展报告的园区：园区330206。"), blocks.get(4));
    }

    @Test
    void theFinalReportSumsEachParkOver2022To2025WithEachYearAndTheAcceptance() {
        TransformationPlan wuxing = approvedPlan(WUXING);
        TransformationPlan beilun = approvedPlan(BEILUN);
        wuxing.recordAcceptance(AcceptanceResult.PASSED, LocalDate.of(2025, 11, 30), "通过。",
                Instant.parse("2025-11-30T02:00:00Z"), "province");
        List<ProgressReport> reports = List.of(filed(wuxing, 2023, "90", "2023-12-20T02:00:00Z"),
                filed(wuxing, 2024, "90", "2025-01-05T02:00:00Z"), new ProgressReport(wuxing, 2025),
                filed(beilun, 2025, "90", "2025-12-01T02:00:00Z"), filed(beilun, 2026, "90", "2026-12-01T02:00:00Z"));

        DocumentContent report = CircularTransformationSummary.fiveYear(reports, NOW, DATED);
        assertEquals("关于报送浙江省“十四五”园区循环化改造工作总结报告的报告", report.title());
        String body = String.join("\n", report.body());
        assertTrue(body.contains("我省实施循环化改造的园区共2家，2022年至2025年应报送年度工作进展报告4份，已报送3份（其中逾期报送1份）；"
                + "已组织验收1家，其中通过验收1家。"), body);
        assertTrue(body.contains("累计实现节能量3000吨标准煤"), "2026 is outside the period: " + body);

        List<AnnexBlock> blocks = report.annexes().get(0).blocks();
        assertEquals(List.of(
                List.of("1", "宁波市", "园区330206", "1000", "20000", "2500", "300", "4000", "12.5"),
                List.of("", "宁波市", "宁波市小计", "1000", "20000", "2500", "300", "4000", "12.5"),
                List.of("2", "湖州市", "园区330502", "2000", "40000", "5000", "600", "8000", "25"),
                List.of("", "湖州市", "湖州市小计", "2000", "40000", "5000", "600", "8000", "25"),
                List.of("", "", "全省合计", "3000", "60000", "7500", "900", "12000", "37.5")),
                ((AnnexBlock.Table) blocks.get(1)).rows());
        assertEquals(List.of(List.of("2022", "0", "0", "0", "0", "0", "0", "0", "0"),
                List.of("2023", "1", "1", "1000", "20000", "2500", "300", "4000", "12.5"),
                List.of("2024", "1", "1", "1000", "20000", "2500", "300", "4000", "12.5"),
                List.of("2025", "2", "1", "1000", "20000", "2500", "300", "4000", "12.5")),
                ((AnnexBlock.Table) blocks.get(3)).rows());
        assertEquals(List.of(List.of("1", "宁波市", "园区330206", "1", "1", "0", "未验收"),
                List.of("2", "湖州市", "园区330502", "3", "2", "1", "通过")), ((AnnexBlock.Table) blocks.get(5)).rows());
    }

    @Test
    void nothingFiledIsNoReport() {
        ProgressReport missing = new ProgressReport(approvedPlan(WUXING), 2025);
        assertThrows(IllegalArgumentException.class,
                () -> CircularTransformationSummary.yearly(2025, List.of(missing), NOW, DATED));
        assertThrows(IllegalArgumentException.class,
                () -> CircularTransformationSummary.fiveYear(List.of(missing), NOW, DATED));
        assertEquals("14200", CircularTransformationSummary.figure(new BigDecimal("14200.00")));
        assertEquals("0.41", CircularTransformationSummary.figure(new BigDecimal("0.4100")));
    }

    private static ProgressReport filed(TransformationPlan plan, int year, String rate, String at) {
        ProgressReport report = new ProgressReport(plan, year);
        report.file(figures(rate), "进展。", Instant.parse(at), "park");
        return report;
    }
}
