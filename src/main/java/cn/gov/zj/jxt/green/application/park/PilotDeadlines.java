package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.deadline.DeadlineHandler;
import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.notification.NotificationTexts;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.model.park.PilotCall;
import cn.gov.zj.jxt.green.domain.model.park.PilotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A pilot call's two deadlines (seed 002 通知: the recommendation is due by a date): a reminder to the provincial
 * clerks while no recommendation letter is issued, and at 24:00 of the due date the overdue mark — recorded on the
 * call once, and the clerks told — when the letter is still missing. The applications close at the same instant
 * by the call's own rule, whether or not the timer has rung. Each runs once; the call's state makes a late or
 * second run change nothing.
 */
@ApplicationScoped
public class PilotDeadlines implements DeadlineHandler {

    public static final String REMINDER = "pilot.recommendation.reminder";
    public static final String OVERDUE = "pilot.recommendation.overdue";
    static final String CATEGORY = "pilot.recommendation";

    @Inject
    PilotRepository pilots;

    @Inject
    NotificationService notifications;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public Set<String> kinds() {
        return Set.of(REMINDER, OVERDUE);
    }

    @Override
    public String handle(Deadline deadline) {
        PilotCall call = pilots.lockCall(deadline.getSubjectId()).orElse(null);
        if (call == null) {
            return "pilot call " + deadline.getSubjectId() + " no longer exists";
        }
        if (!call.isShortlistOpen()) {
            return "nothing to do: the recommendation letter is issued";
        }
        Instant now = clock.now();
        if (REMINDER.equals(deadline.getKind())) {
            if (!call.isOpenAt(now)) {
                return "not reminded: the recommendation was due at " + call.closesAt();
            }
        } else {
            Map<String, Object> before = call.auditState();
            if (!call.markOverdue(now)) {
                return "not overdue";
            }
            audit.changed("pilot.call.overdue", call, before);
        }
        // notification.pilot.recommendation.reminder.* and notification.pilot.recommendation.overdue.*
        Object[] facts = {call.getTitle(), NotificationTexts.date(call.getRecommendationDue())};
        notifications.notify(CATEGORY, Audience.role(Role.PROVINCE_CLERK, null),
                deadline.getKind() + ":" + deadline.getId(),
                NotificationTexts.text("notification." + deadline.getKind() + ".subject", facts),
                NotificationTexts.text("notification." + deadline.getKind() + ".body", facts),
                "/workspace/pilots/call.xhtml?id=" + call.getId());
        return REMINDER.equals(deadline.getKind()) ? "reminded the province" : "marked overdue";
    }
}
