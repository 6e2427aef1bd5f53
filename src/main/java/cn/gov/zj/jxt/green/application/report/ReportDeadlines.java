package cn.gov.zj.jxt.green.application.report;

import cn.gov.zj.jxt.green.application.deadline.DeadlineHandler;
import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.notification.NotificationTexts;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.model.report.Escalation;
import cn.gov.zj.jxt.green.domain.model.report.NamedReport;
import cn.gov.zj.jxt.green.domain.model.report.NamedReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * A named report's two deadlines: the end of the handling period (a case not concluded by then goes up to the
 * province) and a rectification's follow-up date (no follow-up recorded by 24:00 of it: the same). The deadline
 * service runs each once; the case's own state makes a second run, or a run after the city acted, change nothing.
 * The province's and the city's clerks are told, once per deadline and audience.
 */
@ApplicationScoped
public class ReportDeadlines implements DeadlineHandler {

    static final String CATEGORY = "report.escalated";

    @Inject
    NamedReportRepository reports;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public Set<String> kinds() {
        return Set.of(DefaultNamedReportService.HANDLING, DefaultNamedReportService.FOLLOW_UP);
    }

    @Override
    public String handle(Deadline deadline) {
        NamedReport report = reports.lock(deadline.getSubjectId()).orElse(null);
        if (report == null) {
            return "report " + deadline.getSubjectId() + " no longer exists";
        }
        Escalation why = DefaultNamedReportService.HANDLING.equals(deadline.getKind()) ? Escalation.HANDLING_OVERDUE
                : Escalation.FOLLOW_UP_OVERDUE;
        var before = report.auditState();
        if (!report.escalate(why, clock.now())) {
            return "not escalated: " + report.getStatus();
        }
        audit.changed("report.escalate", report, before);
        // notification.report.handling.* and notification.report.followUp.*, named after the deadline's kind.
        Object[] facts = {report.reference(), report.getSubjectName(),
                NotificationTexts.date(report.getFollowUpDue())};
        String subject = NotificationTexts.text("notification." + deadline.getKind() + ".subject", facts);
        String body = NotificationTexts.text("notification." + deadline.getKind() + ".body", facts);
        String link = "/workspace/reports/view.xhtml?id=" + report.getId();
        notifications.notify(CATEGORY, Audience.role(Role.PROVINCE_CLERK, null),
                deadline.getKind() + ":" + deadline.getId() + ":province", subject, body, link);
        notifications.notify(CATEGORY, Audience.role(Role.CITY_CLERK, report.getCity().getCode()),
                deadline.getKind() + ":" + deadline.getId() + ":" + report.getCity().getCode(), subject, body, link);
        return "escalated: " + why;
    }
}
