package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.deadline.DeadlineHandler;
import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.notification.NotificationTexts;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.park.ParkReportRepository;
import cn.gov.zj.jxt.green.domain.model.park.ParkTargets;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The year-end reminder of the parks' yearly green low-carbon development reports (seed 000 §三(一)4: 鼓励园区…按年度
 * 发布绿色低碳发展报告): one row of the deadline table per year, subject ("ParkReportYear", year), due at the start of
 * December 1, Asia/Shanghai. When it rings (the persistent timer, the start-up sweep, or both; the deadline service
 * runs it once) every park on the provincial list since that year or earlier, not removed, that has not published
 * the year's report is told once, the reminder expiring at 24:00 of December 31; a reminder that rings only after
 * the year has ended (the portal was stopped over December) tells no one. Either way the next year's row is made,
 * so the years carry themselves; the start-up makes the current year's row when it is missing.
 */
@ApplicationScoped
public class ParkReportReminders implements DeadlineHandler {

    /** Deadlines name the year: ("ParkReportYear", year). */
    public static final String SUBJECT = "ParkReportYear";
    public static final String REMINDER = "park.report.reminder";
    static final String CATEGORY = "park.report";
    static final String LINK = "/workspace/park-reports/index.xhtml";

    @Inject
    ParkReportRepository reports;

    @Inject
    DeadlineService deadlines;

    @Inject
    NotificationService notifications;

    @Inject
    PortalClock clock;

    /** When the reminder of {@code year} rings: the start of December 1. */
    static Instant remindAt(int year) {
        return OfficialDay.startOf(LocalDate.of(year, 12, 1));
    }

    /** The end of the reporting year, 24:00 of December 31, from which the reminder is no longer pending. */
    static Instant yearEnds(int year) {
        return OfficialDay.endOf(LocalDate.of(year, 12, 31));
    }

    /** The reminder row of {@code year}, made if missing (from the programme's first year); idempotent. */
    public void open(int year) {
        if (year < ParkTargets.FIRST_YEAR || !deadlines.ofSubject(SUBJECT, year).isEmpty()) {
            return;
        }
        deadlines.schedule(REMINDER, SUBJECT, year, remindAt(year));
    }

    @Override
    public Set<String> kinds() {
        return Set.of(REMINDER);
    }

    @Override
    public String handle(Deadline deadline) {
        int year = Math.toIntExact(deadline.getSubjectId());
        String outcome = remind(deadline, year);
        open(year + 1);
        return outcome + "; " + (year + 1) + " scheduled";
    }

    private String remind(Deadline deadline, int year) {
        Instant ends = yearEnds(year);
        if (!clock.now().isBefore(ends)) {
            return "not reminded: the year " + year + " has ended";
        }
        List<Organisation> parks = reports.provincialParksWithout(year);
        Object[] facts = {String.valueOf(year), NotificationTexts.date(LocalDate.of(year, 12, 31))};
        for (Organisation park : parks) {
            notifications.notify(CATEGORY, Audience.organisation(park.getId()),
                    REMINDER + ":" + deadline.getId() + ":" + park.getId(),
                    NotificationTexts.text("notification.parkReport.reminder.subject", facts),
                    NotificationTexts.text("notification.parkReport.reminder.body", facts), LINK, ends);
        }
        return "reminded " + parks.size() + " parks";
    }
}
