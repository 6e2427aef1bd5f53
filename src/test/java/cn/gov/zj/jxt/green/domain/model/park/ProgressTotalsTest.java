package cn.gov.zj.jxt.green.domain.model.park;

import static cn.gov.zj.jxt.green.domain.model.park.ProgressReportTest.HUZHOU;
import static cn.gov.zj.jxt.green.domain.model.park.ProgressReportTest.PROVINCE;
import static cn.gov.zj.jxt.green.domain.model.park.ProgressReportTest.WUXING;
import static cn.gov.zj.jxt.green.domain.model.park.ProgressReportTest.approvedPlan;
import static cn.gov.zj.jxt.green.domain.model.park.ProgressReportTest.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year's progress summed per city and for the province: only filed reports add to the sums, the six quantities
 * add up and the ratios are left out; due, filed, late and outstanding reports are counted.
 */
class ProgressTotalsTest {

    private static final Region NINGBO = new Region("330200", "宁波市", "Ningbo", RegionLevel.CITY, PROVINCE, 2);
    private static final Region BEILUN = new Region("330206", "北仑区", "Beilun", RegionLevel.COUNTY, NINGBO, 1);
    private static final Instant AFTER = Instant.parse("2025-03-01T02:00:00Z");

    @Test
    void filedReportsAddUpPerCityAndForTheProvinceAndUnfiledOnesAreCounted() {
        ProgressReport onTime = new ProgressReport(approvedPlan(WUXING), 2024);
        onTime.file(figures("90"), "按期。", Instant.parse("2024-12-20T02:00:00Z"), "park");
        ProgressReport late = new ProgressReport(approvedPlan(HUZHOU), 2024);
        late.file(figures("80"), "补报。", Instant.parse("2025-01-10T02:00:00Z"), "park");
        ProgressReport missing = new ProgressReport(approvedPlan(BEILUN), 2024);
        ProgressReport otherYear = new ProgressReport(approvedPlan(BEILUN), 2023);
        otherYear.file(figures("70"), "上年。", Instant.parse("2023-12-20T02:00:00Z"), "park");
        List<ProgressReport> all = List.of(onTime, late, missing, otherYear);

        List<ProgressTotals> cities = ProgressTotals.byCity(2024, all, AFTER);
        assertEquals(List.of("330200", "330500"), cities.stream().map(t -> t.city().getCode()).toList());
        ProgressTotals ningbo = cities.get(0);
        assertEquals(1, ningbo.reports());
        assertEquals(0, ningbo.filed());
        assertEquals(1, ningbo.outstanding());
        assertEquals(BigDecimal.ZERO, ningbo.sums().get("energySaved"));
        ProgressTotals huzhou = cities.get(1);
        assertEquals(2, huzhou.reports());
        assertEquals(2, huzhou.filed());
        assertEquals(1, huzhou.late());
        assertEquals(0, huzhou.outstanding());
        assertEquals(new BigDecimal("2000"), huzhou.sums().get("energySaved"));
        assertEquals(new BigDecimal("25.0"), huzhou.sums().get("airPollutantsReduced"));

        ProgressTotals province = ProgressTotals.province(2024, all, AFTER);
        assertEquals(null, province.city());
        assertEquals(3, province.reports());
        assertEquals(2, province.filed());
        assertEquals(1, province.outstanding());
        assertEquals(new BigDecimal("40000"), province.sums().get("waterSaved"));
        assertEquals(ProgressTotals.SUMMED, List.copyOf(province.sums().keySet()), "six quantities, in order");
        assertEquals(List.of(2024, 2023), ProgressTotals.years(all));
    }

    @Test
    void aReportNotYetDueIsNeitherFiledNorOutstanding() {
        ProgressReport open = new ProgressReport(approvedPlan(WUXING), 2024);
        ProgressTotals totals = ProgressTotals.province(2024, List.of(open), Instant.parse("2024-12-31T15:00:00Z"));
        assertEquals(1, totals.reports());
        assertEquals(0, totals.filed());
        assertEquals(0, totals.outstanding());
    }
}
