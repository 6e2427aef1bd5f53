package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.notification.NotificationTexts;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.model.notification.Notification;
import cn.gov.zj.jxt.green.domain.model.park.PlanStatus;
import cn.gov.zj.jxt.green.domain.model.park.TransformationPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells a park the province's decision on its circular transformation plan, in its workspace and by e-mail
 * (notification.plan.approved / notification.plan.returned), inside the deciding transaction.
 */
@ApplicationScoped
public class TransformationPlanNotifications {

    static final String CATEGORY = "workflow";
    static final String LINK = "/workspace/transformation-plans/edit.xhtml";

    @Inject
    NotificationService notifications;

    public void decided(TransformationPlan plan, String comment) {
        String key = "notification.plan." + (plan.getStatus() == PlanStatus.APPROVED ? "approved" : "returned");
        Object[] facts = {plan.getOrganisation().getName(),
                comment == null || comment.isBlank() ? NotificationTexts.text("notification.noComment") : comment};
        notifications.notify(CATEGORY, Audience.organisation(plan.getOrganisation().getId()), null,
                Notification.shortSubject(NotificationTexts.text(key + ".subject", facts)),
                NotificationTexts.text(key + ".body", facts), LINK);
    }
}
