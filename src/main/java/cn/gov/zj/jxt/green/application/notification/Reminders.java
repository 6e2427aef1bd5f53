package cn.gov.zj.jxt.green.application.notification;

import cn.gov.zj.jxt.green.application.nomination.BatchDeadlines;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.model.notification.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * What the batch deadlines tell a city's clerks, in their workspace and by e-mail. Each message is keyed by the
 * deadline and the city, so a deadline handled twice cannot tell anyone twice. The texts are the bundle's
 * {@code notification.<deadline kind>.*}, in the recipients' language (see {@link NotificationTexts}).
 */
@ApplicationScoped
public class Reminders {

    static final String CATEGORY = "deadline.reminder";

    @Inject
    NotificationService notifications;

    public void remindCity(CitySubmission submission, String kind, long deadlineId) {
        Batch batch = submission.getBatch();
        String city = submission.getCity().getCode();
        // notification.<kind>.subject/.body: {0} the batch, {1} its year, {2} the submission deadline, {3} the
        // city list's; a missed city list (batch.cityList.due) is told as such.
        Object[] facts = {batch.getTitle(), batch.getYear(), NotificationTexts.date(batch.getSubmissionDeadline()),
                NotificationTexts.date(batch.getCityListDeadline())};
        String subject = NotificationTexts.text("notification." + kind + ".subject", facts);
        String body = NotificationTexts.text("notification." + kind + ".body", facts);
        // A reminder is pending until the deadline it reminds of; the notices of a lock or a missed date never expire.
        Instant expires = switch (kind) {
            case BatchDeadlines.SUBMISSION_REMINDER -> batch.submissionClosesAt();
            case BatchDeadlines.CITY_LIST_REMINDER -> batch.cityListClosesAt();
            default -> null;
        };
        notifications.notify(CATEGORY, Audience.role(Role.CITY_CLERK, city), kind + ":" + deadlineId + ":" + city,
                Notification.shortSubject(subject), body, "/workspace/nomination/index.xhtml?batch=" + batch.getId(),
                expires);
    }
}
