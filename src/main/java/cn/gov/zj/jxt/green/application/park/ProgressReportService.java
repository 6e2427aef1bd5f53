package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.domain.model.park.ExpectedOutcomes;
import cn.gov.zj.jxt.green.domain.model.park.ProgressTotals;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Yearly progress reports on approved circular transformation plans (发改办环资〔2021〕1004号 §三(三)): the park's
 * management body files the year's report by December 31 (late filing is accepted and flagged); the clerks read
 * their parks' reports and the sums per city and for the province; anyone reads the province's yearly sums. The
 * reports of a year exist from the moment its deadlines are set (on approval, at each year's cut-off for the next,
 * and at start-up for the current year). Every change is audited.
 */
public interface ProgressReportService {

    /** One report as its readers see it, built inside the service's transaction. */
    record ProgressView(long id, long planId, String parkName, Region region, int year, Instant dueAt,
            Instant filedAt, boolean late, boolean overdue, boolean outstanding, ExpectedOutcomes achieved,
            String narrative, boolean fileable) implements Serializable {
    }

    /** A year's reports of the clerk's region: the province's sum (or the region's), each city's and each park's. */
    record YearView(int year, List<Integer> years, ProgressTotals total, List<ProgressTotals> cities,
            List<ProgressView> parks) {
    }

    /** The acting park's reports, newest year first; refused (plan.parksOnly) for an applicant that is not a park. */
    List<ProgressView> own();

    /** The acting park files its report of the form's year, once. */
    ProgressView file(@NotNull @Valid ProgressReportForm form);

    /** A plan's reports, newest year first: its park, the clerks whose region covers the park, the province. */
    List<ProgressView> ofPlan(long planId);

    /** The reports of {@code year} (the latest year when {@code null}) in the clerk's region, with their sums. */
    YearView year(Integer year);

    /** The province's sum per year, newest first, for anyone. */
    List<ProgressTotals> provinceTotals();

    /** Makes sure every approved plan not yet accepted has its report and deadlines of the current year. */
    void ensureCurrentYear();
}
