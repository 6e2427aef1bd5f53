package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.deadline.DeadlineHandler;
import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.notification.NotificationTexts;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.park.ProgressReport;
import cn.gov.zj.jxt.green.domain.model.park.ProgressReportRepository;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The deadlines of a park's yearly progress report, whichever trigger rings (the persistent timer, the start-up
 * sweep, or both; the deadline service runs each once):
 * <ul>
 * <li>December 1: a reminder to the park, unless it has filed (or the reminder rings only after the cut-off, when
 * the portal was stopped over the whole of December);</li>
 * <li>24:00 of December 31: an unfiled report is marked overdue, audited, and the park and its city's clerks are
 * told; then the next year is opened unless the plan has passed its acceptance — so the years carry themselves.</li>
 * </ul>
 * Each effect is idempotent by itself as well: the mark is set once and the notifications carry dedupe keys.
 */
@ApplicationScoped
public class ProgressReportDeadlines implements DeadlineHandler {

    static final String CATEGORY = "park.progress";
    static final String LINK = "/workspace/progress-reports/edit.xhtml";

    @Inject
    ProgressReportRepository reports;

    @Inject
    ProgressPeriods periods;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public Set<String> kinds() {
        return Set.of(ProgressPeriods.REMINDER, ProgressPeriods.CUT_OFF);
    }

    @Override
    public String handle(Deadline deadline) {
        ProgressReport report = reports.find(deadline.getSubjectId()).orElse(null);
        if (report == null) {
            return "no progress report " + deadline.getSubjectId();
        }
        Organisation park = report.getPlan().getOrganisation();
        Object[] facts = {park.getName(), String.valueOf(report.getYear()), NotificationTexts.date(OfficialDay.of(
                report.getDueAt().minusSeconds(1)))};
        String key = deadline.getKind() + ":" + deadline.getId();
        Instant now = clock.now();
        if (ProgressPeriods.REMINDER.equals(deadline.getKind())) {
            if (report.isFiled()) {
                return "not reminded: filed";
            }
            if (!now.isBefore(report.getDueAt())) {
                return "not reminded: the report was due by " + report.getDueAt();
            }
            notifications.notify(CATEGORY, Audience.organisation(park.getId()), key + ":" + park.getId(),
                    NotificationTexts.text("notification.progress.reminder.subject", facts),
                    NotificationTexts.text("notification.progress.reminder.body", facts), LINK, report.getDueAt());
            return "reminded " + park.getName();
        }
        Map<String, Object> before = report.auditState();
        String outcome;
        if (report.markOverdue(now)) {
            audit.changed("progress.overdue", report, before);
            notifications.notify(CATEGORY, Audience.organisation(park.getId()), key + ":" + park.getId(),
                    NotificationTexts.text("notification.progress.overdue.subject", facts),
                    NotificationTexts.text("notification.progress.overdue.body", facts), LINK);
            Region city = park.getRegion().city();
            if (city != null) {
                notifications.notify(CATEGORY, Audience.role(Role.CITY_CLERK, city.getCode()),
                        key + ":" + city.getCode(),
                        NotificationTexts.text("notification.progress.overdue.subject", facts),
                        NotificationTexts.text("notification.progress.overdue.body", facts),
                        "/workspace/progress-reports/index.xhtml");
            }
            outcome = "marked overdue";
        } else {
            outcome = report.isFiled() ? "filed" : "already marked overdue";
        }
        if (report.getPlan().isAccepted()) {
            return outcome + "; the plan is accepted, no further year";
        }
        periods.open(report.getPlan(), report.getYear() + 1);
        return outcome + "; " + (report.getYear() + 1) + " opened";
    }
}
