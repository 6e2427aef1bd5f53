package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.notification.NotificationTexts;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.model.notification.Notification;
import cn.gov.zj.jxt.green.domain.model.park.PilotApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells a park what the province decided on its national low-carbon industrial park pilot application (seed 002
 * §四), in its workspace and by e-mail, inside the deciding transaction (a step that rolls back tells no one): the
 * eligibility check (notification.pilot.eligible / .ineligible, with the reason), the recommendation once the joint
 * letter is issued (notification.pilot.recommended, with the letter's number) and every later stage
 * (notification.pilot.stage, with the stage and the province's note).
 */
@ApplicationScoped
public class PilotNotifications {

    static final String CATEGORY = "workflow";

    @Inject
    NotificationService notifications;

    public void eligibility(PilotApplication application, boolean eligible, String reason) {
        tell(application, eligible ? "notification.pilot.eligible" : "notification.pilot.ineligible",
                application.getCall().getTitle(), note(reason));
    }

    public void recommended(PilotApplication application, String letterNumber) {
        tell(application, "notification.pilot.recommended", application.getCall().getTitle(), letterNumber);
    }

    public void stage(PilotApplication application, PilotApplication.Stage stage, String note) {
        tell(application, "notification.pilot.stage", application.getCall().getTitle(),
                NotificationTexts.text("enum.PilotApplication.Stage." + stage.name()), note(note));
    }

    private void tell(PilotApplication application, String key, Object... facts) {
        notifications.notify(CATEGORY, Audience.organisation(application.getOrganisation().getId()), null,
                Notification.shortSubject(NotificationTexts.text(key + ".subject", facts)),
                NotificationTexts.text(key + ".body", facts),
                "/workspace/pilots/application.xhtml?id=" + application.getId());
    }

    private static String note(String text) {
        return text == null || text.isBlank() ? NotificationTexts.text("notification.noComment") : text;
    }
}
