package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.region.Region;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A year's progress summed over the parks of a city or the province: how many reports were due, filed, filed late
 * and are still outstanding, and the filed reports' totals of the six quantities seed 001 §三(三) names (energy and
 * water saved, CO₂, solid waste, wastewater and main air pollutants reduced). Energy and water per unit of GDP and
 * the utilisation rate are ratios of each park's own output: they do not add up across parks and are shown per park.
 *
 * @param city the city, {@code null} for the province
 */
public record ProgressTotals(Region city, int year, int reports, int filed, int late, int outstanding,
        Map<String, BigDecimal> sums) {

    /** The indicators that add up across parks, in the order of {@link ExpectedOutcomes#asMap()}. */
    public static final List<String> SUMMED = List.of("energySaved", "waterSaved", "co2Reduced", "solidWasteReduced",
            "wastewaterReduced", "airPollutantsReduced");

    public ProgressTotals {
        sums = Collections.unmodifiableMap(new LinkedHashMap<>(sums));
    }

    /** The province's totals of {@code year} from its reports (others are left out), as seen at {@code now}. */
    public static ProgressTotals province(int year, Collection<ProgressReport> reports, Instant now) {
        return of(null, year, reports.stream().filter(r -> r.getYear() == year).toList(), now);
    }

    /** One line per city that has a report of {@code year}, by city code. */
    public static List<ProgressTotals> byCity(int year, Collection<ProgressReport> reports, Instant now) {
        Map<String, List<ProgressReport>> cities = new TreeMap<>();
        Map<String, Region> regions = new LinkedHashMap<>();
        for (ProgressReport report : reports) {
            if (report.getYear() != year) {
                continue;
            }
            Region city = report.getPlan().getOrganisation().getRegion().city();
            String code = city == null ? "" : city.getCode();
            regions.putIfAbsent(code, city);
            cities.computeIfAbsent(code, c -> new ArrayList<>()).add(report);
        }
        List<ProgressTotals> lines = new ArrayList<>();
        cities.forEach((code, list) -> lines.add(of(regions.get(code), year, list, now)));
        return lines;
    }

    /** The years of {@code reports}, newest first. */
    public static List<Integer> years(Collection<ProgressReport> reports) {
        return reports.stream().map(ProgressReport::getYear).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    private static ProgressTotals of(Region city, int year, List<ProgressReport> reports, Instant now) {
        Objects.requireNonNull(now);
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        SUMMED.forEach(name -> sums.put(name, BigDecimal.ZERO));
        int filed = 0;
        int late = 0;
        int outstanding = 0;
        for (ProgressReport report : reports) {
            if (report.isFiled()) {
                filed++;
                if (report.isLate()) {
                    late++;
                }
                Map<String, BigDecimal> figures = report.getAchieved().asMap();
                SUMMED.forEach(name -> sums.merge(name, figures.get(name), BigDecimal::add));
            } else if (report.isOutstanding(now)) {
                outstanding++;
            }
        }
        return new ProgressTotals(city, year, reports.size(), filed, late, outstanding, sums);
    }
}
