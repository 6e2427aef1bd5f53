package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.document.content.Imprint;
import cn.gov.zj.jxt.green.domain.model.document.content.Wording;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The province's reports to NDRC and MIIT on the circular transformation of its parks (发改办环资〔2021〕1004号
 * §三(五)): early each year from 2023 the previous year's overall progress, and early in 2026 the final report on the
 * 14th Five-Year period. Both are joint issues of the province's 经信厅 and 发改委 in the 文件 format, their figures
 * and annex built only from the parks' filed progress reports: per park the indicators of §三(三), the six
 * quantities summed per city and for the province (the three ratios are per park and do not add up). The wording is
 * in document-templates/circular-summary.properties.
 */
public final class CircularTransformationSummary {

    /** The 14th Five-Year period's reporting years: the progress reports run from 2022 (§三(三)) to 2025. */
    public static final int PERIOD_FIRST = ProgressReport.FIRST_YEAR;
    public static final int PERIOD_LAST = 2025;

    private static final Wording WORDING = Wording.of("circular-summary");
    private static final List<Integer> QUANTITY_WIDTHS = List.of(2, 3, 6, 3, 3, 3, 3, 3, 3);

    private CircularTransformationSummary() {
    }

    /** Whether a report of {@code kind} for {@code year} may be made on {@code today}: once the period has ended. */
    public static boolean periodEnded(SummaryKind kind, int year, LocalDate today) {
        if (kind == SummaryKind.FINAL) {
            return year == PERIOD_LAST && today.getYear() > PERIOD_LAST;
        }
        return year >= PERIOD_FIRST && year < today.getYear();
    }

    /**
     * The yearly summary of {@code year} from that year's reports, filed or not (at least one filed), as seen
     * {@code now}.
     */
    public static DocumentContent yearly(int year, Collection<ProgressReport> reports, Instant now, LocalDate dated) {
        List<ProgressReport> ofYear = sorted(reports.stream().filter(r -> r.getYear() == year).toList());
        List<ProgressReport> filed = ofYear.stream().filter(ProgressReport::isFiled).toList();
        if (filed.isEmpty()) {
            throw new IllegalArgumentException("no filed progress report of " + year);
        }
        ProgressTotals province = ProgressTotals.province(year, ofYear, now);
        List<String> body = List.of(
                WORDING.text("basis") + WORDING.text("yearly.intro", String.valueOf(year)),
                WORDING.text("yearly.progress", String.valueOf(year), String.valueOf(ofYear.size()),
                        String.valueOf(province.filed()), String.valueOf(province.late()),
                        String.valueOf(ofYear.size() - province.filed())),
                outcomes("yearly.outcomes", province.sums()),
                WORDING.text("yearly.next"),
                WORDING.text("closing"));
        List<AnnexBlock> blocks = new ArrayList<>();
        blocks.add(new AnnexBlock.Text(WORDING.text("annex.quantities.caption")));
        blocks.add(quantities(filed.stream().map(r -> new ParkFigures(r.getPlan().getOrganisation().getName(),
                city(r), r.getAchieved().asMap())).toList(), ProgressTotals.byCity(year, ofYear, now), province));
        blocks.add(new AnnexBlock.Text(WORDING.text("annex.ratios.caption")));
        blocks.add(ratios(filed));
        List<String> unfiled = ofYear.stream().filter(r -> !r.isFiled()).map(r -> r.getPlan().getOrganisation()
                .getName()).toList();
        if (!unfiled.isEmpty()) {
            blocks.add(new AnnexBlock.Text(WORDING.text("annex.unfiled",
                    String.join(WORDING.text("annex.separator"), unfiled))));
        }
        Annex annex = new Annex(1, WORDING.text("yearly.annex.title", String.valueOf(year)), blocks);
        return content(WORDING.text("yearly.title", String.valueOf(year)), body, annex, dated,
                WORDING.text("yearly.registerTitle", String.valueOf(year)));
    }

    /**
     * The final 14th Five-Year report from the reports of 2022–2025 (others are left out; at least one filed), with
     * each plan's acceptance as it stands.
     */
    public static DocumentContent fiveYear(Collection<ProgressReport> reports, Instant now, LocalDate dated) {
        List<ProgressReport> period = sorted(reports.stream()
                .filter(r -> r.getYear() >= PERIOD_FIRST && r.getYear() <= PERIOD_LAST).toList());
        List<ProgressReport> filed = period.stream().filter(ProgressReport::isFiled).toList();
        if (filed.isEmpty()) {
            throw new IllegalArgumentException("no filed progress report of " + PERIOD_FIRST + "-" + PERIOD_LAST);
        }
        // Each park's figures summed over its filed years; each city's and the province's over all of them.
        Map<TransformationPlan, List<ProgressReport>> byPlan = new LinkedHashMap<>();
        period.forEach(r -> byPlan.computeIfAbsent(r.getPlan(), plan -> new ArrayList<>()).add(r));
        List<ParkFigures> parks = new ArrayList<>();
        List<TransformationPlan> plans = new ArrayList<>();
        byPlan.values().forEach(list -> {
            TransformationPlan plan = list.get(0).getPlan();
            plans.add(plan);
            List<ProgressReport> parkFiled = list.stream().filter(ProgressReport::isFiled).toList();
            if (!parkFiled.isEmpty()) {
                parks.add(new ParkFigures(plan.getOrganisation().getName(), city(list.get(0)), sum(parkFiled)));
            }
        });
        Map<String, Map<String, BigDecimal>> citySums = new LinkedHashMap<>();
        filed.forEach(r -> citySums.merge(city(r), r.getAchieved().asMap(), CircularTransformationSummary::add));
        Map<String, BigDecimal> provinceSums = sum(filed);
        long late = filed.stream().filter(ProgressReport::isLate).count();
        long accepted = plans.stream().filter(p -> p.getAcceptanceResult() != null).count();
        long passed = plans.stream().filter(p -> p.getAcceptanceResult() == AcceptanceResult.PASSED).count();
        List<String> body = List.of(
                WORDING.text("basis") + WORDING.text("final.intro"),
                WORDING.text("final.progress", String.valueOf(plans.size()), String.valueOf(period.size()),
                        String.valueOf(filed.size()), String.valueOf(late), String.valueOf(accepted),
                        String.valueOf(passed)),
                outcomes("final.outcomes", provinceSums),
                WORDING.text("final.next"),
                WORDING.text("closing"));
        List<AnnexBlock> blocks = new ArrayList<>();
        blocks.add(new AnnexBlock.Text(WORDING.text("annex.final.caption")));
        blocks.add(quantityTable(parks, citySums, provinceSums));
        blocks.add(new AnnexBlock.Text(WORDING.text("annex.years.caption")));
        blocks.add(years(period, now));
        blocks.add(new AnnexBlock.Text(WORDING.text("annex.parks.caption")));
        blocks.add(acceptance(byPlan));
        Annex annex = new Annex(1, WORDING.text("final.annex.title"), blocks);
        return content(WORDING.text("final.title"), body, annex, dated, WORDING.text("final.registerTitle"));
    }

    /** A figure as the annex writes it: as filed, without trailing zeros or separators (14200, 0.41). */
    public static String figure(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private record ParkFigures(String park, String city, Map<String, BigDecimal> figures) {
    }

    private static DocumentContent content(String title, List<String> body, Annex annex, LocalDate dated,
            String subject) {
        return new DocumentContent(DocumentFormat.FILE, List.of(Agency.ECONOMY, Agency.DEVELOPMENT_REFORM), null,
                title, WORDING.text("recipients"), body, List.of(annex), dated,
                new Imprint(null, WORDING.text("printedBy"), dated), subject);
    }

    private static String outcomes(String key, Map<String, BigDecimal> sums) {
        return WORDING.text(key, ProgressTotals.SUMMED.stream().map(name -> figure(sums.get(name))).toArray());
    }

    /** The quantities' table of a year: each filed park, a subtotal after each city's parks, the province's total. */
    private static AnnexBlock.Table quantities(List<ParkFigures> parks, List<ProgressTotals> cities,
            ProgressTotals province) {
        Map<String, Map<String, BigDecimal>> citySums = new LinkedHashMap<>();
        cities.forEach(c -> citySums.put(c.city() == null ? "" : c.city().getName(), c.sums()));
        return quantityTable(parks, citySums, province.sums());
    }

    private static AnnexBlock.Table quantityTable(List<ParkFigures> parks, Map<String, Map<String, BigDecimal>> cities,
            Map<String, BigDecimal> province) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, List<ParkFigures>> byCity = parks.stream()
                .collect(Collectors.groupingBy(ParkFigures::city, LinkedHashMap::new, Collectors.toList()));
        int n = 0;
        for (Map.Entry<String, List<ParkFigures>> city : byCity.entrySet()) {
            for (ParkFigures park : city.getValue()) {
                rows.add(row(String.valueOf(++n), city.getKey(), park.park(), park.figures()));
            }
            rows.add(row("", city.getKey(), WORDING.text("annex.citySum", city.getKey()), cities.get(city.getKey())));
        }
        rows.add(row("", "", WORDING.text("annex.provinceSum"), province));
        return new AnnexBlock.Table(WORDING.list("annex.quantities.columns"), QUANTITY_WIDTHS, rows);
    }

    private static List<String> row(String number, String city, String label, Map<String, BigDecimal> figures) {
        List<String> row = new ArrayList<>(List.of(number, city, label));
        ProgressTotals.SUMMED.forEach(name -> row.add(figure(figures == null ? null : figures.get(name))));
        return row;
    }

    private static AnnexBlock.Table ratios(List<ProgressReport> filed) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (ProgressReport report : filed) {
            ExpectedOutcomes figures = report.getAchieved();
            rows.add(List.of(String.valueOf(++n), city(report), report.getPlan().getOrganisation().getName(),
                    figure(figures.getEnergyPerGdp()), figure(figures.getWaterPerGdp()),
                    figure(figures.getSolidWasteUtilisation()),
                    WORDING.text(report.isLate() ? "annex.late" : "annex.onTime")));
        }
        return new AnnexBlock.Table(WORDING.list("annex.ratios.columns"), List.of(2, 3, 6, 4, 4, 4, 3), rows);
    }

    private static AnnexBlock.Table years(List<ProgressReport> period, Instant now) {
        List<List<String>> rows = new ArrayList<>();
        for (int year = PERIOD_FIRST; year <= PERIOD_LAST; year++) {
            ProgressTotals totals = ProgressTotals.province(year, period, now);
            List<String> row = new ArrayList<>(List.of(String.valueOf(year), String.valueOf(totals.reports()),
                    String.valueOf(totals.filed())));
            ProgressTotals.SUMMED.forEach(name -> row.add(figure(totals.sums().get(name))));
            rows.add(row);
        }
        // Nine even columns: the year and the counts need the room the park's name takes in the other tables.
        return new AnnexBlock.Table(WORDING.list("annex.years.columns"), List.of(3, 3, 3, 3, 3, 3, 3, 3, 3), rows);
    }

    private static AnnexBlock.Table acceptance(Map<TransformationPlan, List<ProgressReport>> byPlan) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (List<ProgressReport> list : byPlan.values()) {
            TransformationPlan plan = list.get(0).getPlan();
            AcceptanceResult result = plan.getAcceptanceResult();
            rows.add(List.of(String.valueOf(++n), city(list.get(0)), plan.getOrganisation().getName(),
                    String.valueOf(list.size()), String.valueOf(list.stream().filter(ProgressReport::isFiled).count()),
                    String.valueOf(list.stream().filter(ProgressReport::isLate).count()),
                    WORDING.text(result == null ? "acceptance.none" : "acceptance." + result.name())));
        }
        return new AnnexBlock.Table(WORDING.list("annex.parks.columns"), List.of(2, 3, 6, 3, 3, 3, 3), rows);
    }

    private static Map<String, BigDecimal> sum(List<ProgressReport> filed) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        ProgressTotals.SUMMED.forEach(name -> sums.put(name, BigDecimal.ZERO));
        filed.forEach(r -> add(sums, r.getAchieved().asMap()));
        return sums;
    }

    private static Map<String, BigDecimal> add(Map<String, BigDecimal> sums, Map<String, BigDecimal> figures) {
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        ProgressTotals.SUMMED.forEach(name -> total.put(name, sums.getOrDefault(name, BigDecimal.ZERO)
                .add(figures.get(name))));
        sums.putAll(total);
        return sums;
    }

    /** By city code, then park name: the order the annex lists them in. */
    private static List<ProgressReport> sorted(List<ProgressReport> reports) {
        return reports.stream().sorted(Comparator
                .comparing((ProgressReport r) -> cityCode(r))
                .thenComparing(r -> r.getPlan().getOrganisation().getName())
                .thenComparing(ProgressReport::getYear)).toList();
    }

    private static String city(ProgressReport report) {
        Region city = report.getPlan().getOrganisation().getRegion().city();
        return city == null ? "" : city.getName();
    }

    private static String cityCode(ProgressReport report) {
        Region city = report.getPlan().getOrganisation().getRegion().city();
        return city == null ? "" : city.getCode();
    }
}
