package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.UniqueConstraint;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.park.ProgressReport;
import cn.gov.zj.jxt.green.domain.model.park.ProgressReportRepository;
import cn.gov.zj.jxt.green.domain.model.park.TransformationPlan;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens a plan's reporting year: its progress report, unfiled, and the report's two deadlines (rows of the deadline
 * table whose subject is the report): a reminder at the start of December 1 and the cut-off at 24:00 of December 31,
 * Asia/Shanghai. Idempotent: an open year is left as it is. Runs in the caller's transaction, after the caller's
 * checks (approval, a year's cut-off, the start-up).
 */
@ApplicationScoped
public class ProgressPeriods {

    /** Deadlines name the report: ("ProgressReport", id). */
    public static final String SUBJECT = "ProgressReport";
    static final String REMINDER = "park.progress.reminder";
    static final String CUT_OFF = "park.progress.due";

    @Inject
    ProgressReportRepository reports;

    @Inject
    DeadlineService deadlines;

    /** The deadlines of a year's report, by kind. */
    static Map<String, Instant> calendar(int year) {
        Map<String, Instant> calendar = new LinkedHashMap<>();
        calendar.put(REMINDER, OfficialDay.startOf(LocalDate.of(year, 12, 1)));
        calendar.put(CUT_OFF, ProgressReport.dueAt(year));
        return calendar;
    }

    /** The plan's report of {@code year} with its deadlines, made if missing; the first year is 2022. */
    public ProgressReport open(TransformationPlan plan, int year) {
        int reported = Math.max(year, ProgressReport.FIRST_YEAR);
        ProgressReport report = reports.find(plan.getId(), reported).orElse(null);
        if (report == null) {
            report = new ProgressReport(plan, reported);
            reports.add(report);
            // Two openings of one year at once: the unique key (plan, year) stops the second.
            UniqueConstraint.flush(reports::flush, () -> new BusinessRuleException("progress.opened"));
        }
        List<Deadline> existing = deadlines.ofSubject(SUBJECT, report.getId());
        for (Map.Entry<String, Instant> due : calendar(reported).entrySet()) {
            if (existing.stream().noneMatch(d -> d.getKind().equals(due.getKey()))) {
                deadlines.schedule(due.getKey(), SUBJECT, report.getId(), due.getValue());
            }
        }
        return report;
    }
}
