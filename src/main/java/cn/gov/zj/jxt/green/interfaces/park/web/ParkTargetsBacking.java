package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.ParkTargetService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.park.ParkProgress;
import cn.gov.zj.jxt.green.domain.model.park.ProvincePath;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import cn.gov.zj.jxt.green.interfaces.shared.web.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * park-targets.xhtml: a year's city targets for provincial green low-carbon parks against what the registry lists
 * (seed 000 附件), and the province's path to 50 parks by 2025 (§一), as charts drawn on the server with the tables
 * they are drawn from. The year is the one asked for, else the latest that has begun. Stateless: read by anyone.
 */
@Named
@RequestScoped
public class ParkTargetsBacking {

    /** The width of the longest bar of the city chart, and the height of the tallest column of the path. */
    static final int BAR_SPAN = 360;
    static final int COLUMN_SPAN = 200;

    @Inject
    ParkTargetService parks;

    @Inject
    PortalClock clock;

    @Inject
    LocaleSelection localeSelection;

    private Integer year;
    private List<Integer> years = List.of();
    private ParkTargetService.Report report;

    public void load() {
        years = parks.years();
        if (years.isEmpty()) {
            return;
        }
        if (year == null) {
            int thisYear = clock.today().getYear();
            year = years.stream().filter(y -> y <= thisYear).reduce((a, b) -> b).orElse(years.get(0));
        }
        try {
            report = parks.report(year);
        } catch (RecordNotFoundException e) {
            Faces.notFound();
        }
    }

    /** The city's name in the reader's language. */
    public String name(Region city) {
        return localeSelection.isEnglish() ? city.getNameEn() : city.getName();
    }

    /** The length of a city's bar for {@code value}, scaled so that the largest figure of the year fills the span. */
    public long bar(long value) {
        long largest = Math.max(1, report.progress().largest());
        return Math.round((double) value * BAR_SPAN / largest);
    }

    /** The height of a year's column for {@code value}, scaled so that the goal (or more) fills the span. */
    public long column(long value) {
        return Math.round((double) value * COLUMN_SPAN / Math.max(1, report.path().largest()));
    }

    /** A text of the bundle that names the year shown. */
    public String text(String key) {
        return Faces.text(key, String.valueOf(year));
    }

    public String getSummary() {
        ParkProgress progress = report.progress();
        return Faces.text("parkTargets.summary", progress.basis(), String.valueOf(progress.totalTarget()),
                String.valueOf(progress.totalAchieved()), String.valueOf(progress.citiesMet()));
    }

    public String getPathSummary() {
        ProvincePath path = report.path();
        return Faces.text("parkTargets.pathSummary", String.valueOf(path.goal()), String.valueOf(path.goalYear()),
                String.valueOf(path.reachedByGoalYear()), String.valueOf(path.remaining()));
    }

    public int getBarSpan() {
        return BAR_SPAN;
    }

    public int getColumnSpan() {
        return COLUMN_SPAN;
    }

    /** The height of the city chart: one band of 40 per city, and room for the legend. */
    public int getCityChartHeight() {
        return report.progress().cities().size() * 40 + 30;
    }

    public int getPathChartWidth() {
        return report.path().steps().size() * 90 + 60;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return years;
    }

    public ParkTargetService.Report getReport() {
        return report;
    }

    public ParkProgress getProgress() {
        return report == null ? null : report.progress();
    }

    public ProvincePath getPath() {
        return report == null ? null : report.path();
    }
}
