package cn.gov.zj.jxt.green.interfaces.park.schedule;

import cn.gov.zj.jxt.green.application.park.ParkReportService;
import cn.gov.zj.jxt.green.application.park.ProgressReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Makes sure every approved, not yet accepted circular transformation plan has its progress report of the current
 * year with its deadlines, and that the year-end reminder of the parks' yearly green low-carbon development reports
 * (seed 000 §三(一)4) exists for the current year. No timer of its own: each year's cut-off (and each reminder)
 * opens the next, and the deadline service's timers trigger them; this covers a fresh database and a chain broken by
 * hand. A step of the start-up sequence, after the deadline timers'
 * catch-up sweep, so a cut-off missed while stopped has opened its successor first.
 */
@ApplicationScoped
public class ProgressReportCalendar {

    @Inject
    ProgressReportService progress;

    @Inject
    ParkReportService parkReports;

    public void ensureCurrentYear() {
        progress.ensureCurrentYear();
        parkReports.ensureCurrentYear();
    }
}
