package cn.gov.zj.jxt.green.domain.model.park;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A yearly progress report (seed 001 §三(三)): due at 24:00 of December 31 Asia/Shanghai, filed once, marked overdue
 * once by the cut-off when not filed, and still fileable after it, then flagged late.
 */
class ProgressReportTest {

    static final Region PROVINCE = new Region("330000", "浙江省", "Zhejiang", RegionLevel.PROVINCE, null, 0);
    static final Region HUZHOU = new Region("330500", "湖州市", "Huzhou", RegionLevel.CITY, PROVINCE, 5);
    static final Region WUXING = new Region("330502", "吴兴区", "Wuxing", RegionLevel.COUNTY, HUZHOU, 1);

    @Test
    void aReportIsDueAtMidnightOfDecember31InShanghai() {
        ProgressReport report = new ProgressReport(approvedPlan(WUXING), 2024);
        assertEquals(Instant.parse("2024-12-31T16:00:00Z"), report.getDueAt());
        assertEquals(Instant.parse("2023-12-31T16:00:00Z"), ProgressReport.opensAt(2024));
        assertFalse(report.isFiled());
        assertFalse(report.isOutstanding(Instant.parse("2024-12-31T15:59:59Z")), "one second before 24:00");
        assertTrue(report.isOutstanding(Instant.parse("2024-12-31T16:00:00Z")), "at 24:00");
    }

    @Test
    void reportsAreDueFrom2022OnApprovedPlansOnly() {
        assertThrows(IllegalArgumentException.class, () -> new ProgressReport(approvedPlan(WUXING), 2021));
        TransformationPlan submitted = plan(WUXING);
        submitted.submit(Instant.parse("2022-03-01T02:00:00Z"), "park");
        assertThrows(IllegalArgumentException.class, () -> new ProgressReport(submitted, 2022));
        assertThrows(IllegalArgumentException.class, () -> new ProgressReport(null, 2022));
    }

    @Test
    void aReportFiledInTimeIsNeitherLateNorMarkedOverdue() {
        ProgressReport report = new ProgressReport(approvedPlan(WUXING), 2024);
        Instant filed = Instant.parse("2024-12-20T02:00:00Z");
        report.file(figures("94.2"), "  进展顺利。 ", filed, "park");
        assertTrue(report.isFiled());
        assertFalse(report.isLate());
        assertEquals("进展顺利。", report.getNarrative());
        assertEquals(filed, report.getFiledAt());
        assertFalse(report.markOverdue(Instant.parse("2025-01-01T00:00:00Z")), "the cut-off finds it filed");
        assertNull(report.getOverdueAt());
        assertFalse(report.isOutstanding(Instant.parse("2025-06-01T00:00:00Z")));
    }

    @Test
    void theCutOffMarksAnUnfiledReportOverdueOnceAndALateReportIsStillTakenAndFlagged() {
        ProgressReport report = new ProgressReport(approvedPlan(WUXING), 2024);
        assertThrows(IllegalStateException.class, () -> report.markOverdue(Instant.parse("2024-12-31T15:59:59Z")),
                "not before 24:00");
        Instant cutOff = Instant.parse("2024-12-31T16:00:00Z");
        assertTrue(report.markOverdue(cutOff));
        assertFalse(report.markOverdue(cutOff.plusSeconds(60)), "a second run changes nothing");
        assertEquals(cutOff, report.getOverdueAt());
        assertTrue(report.isFileable(Instant.parse("2025-02-01T02:00:00Z")));

        report.file(figures("90"), "补报。", Instant.parse("2025-02-01T02:00:00Z"), "park");
        assertTrue(report.isLate());
        assertEquals(cutOff, report.getOverdueAt(), "the overdue mark stays");
    }

    @Test
    void aReportIsFiledOnceWithANarrativeAndNotBeforeItsYear() {
        ProgressReport report = new ProgressReport(approvedPlan(WUXING), 2024);
        assertFalse(report.isFileable(Instant.parse("2023-12-31T15:59:59Z")));
        assertThrows(IllegalStateException.class,
                () -> report.file(figures("90"), "早报。", Instant.parse("2023-12-01T02:00:00Z"), "park"));
        assertThrows(IllegalArgumentException.class,
                () -> report.file(figures("90"), "  ", Instant.parse("2024-06-01T02:00:00Z"), "park"));
        assertThrows(IllegalArgumentException.class, () -> report.file(figures("90"),
                "长".repeat(ProgressReport.NARRATIVE_MAX + 1), Instant.parse("2024-06-01T02:00:00Z"), "park"));
        assertFalse(report.isFiled(), "nothing taken from a refused filing");

        report.file(figures("90"), "进展。", Instant.parse("2024-06-01T02:00:00Z"), "park");
        assertFalse(report.isFileable(Instant.parse("2024-07-01T02:00:00Z")));
        assertThrows(IllegalStateException.class,
                () -> report.file(figures("99"), "再报。", Instant.parse("2024-07-01T02:00:00Z"), "park"));
        assertEquals(new BigDecimal("90"), report.getAchieved().getSolidWasteUtilisation(), "the first filing stands");
    }

    static TransformationPlan plan(Region region) {
        Organisation park = new Organisation();
        park.setType(OrganisationType.PARK);
        park.setName("园区" + region.getCode());
        park.setRegion(region);
        return new TransformationPlan(park, TransformationPlanTest.content("园区基本情况", 1),
                Instant.parse("2022-02-01T02:00:00Z"), "park");
    }

    static TransformationPlan approvedPlan(Region region) {
        TransformationPlan plan = plan(region);
        plan.submit(Instant.parse("2022-03-01T02:00:00Z"), "park");
        plan.approve(Instant.parse("2022-06-10T02:00:00Z"), "province", null);
        return plan;
    }

    static ExpectedOutcomes figures(String rate) {
        return new ExpectedOutcomes(new BigDecimal("1000"), new BigDecimal("20000"), new BigDecimal("2500"),
                new BigDecimal("300"), new BigDecimal("4000"), new BigDecimal("12.5"), new BigDecimal("0.4"),
                new BigDecimal("6"), new BigDecimal(rate));
    }
}
