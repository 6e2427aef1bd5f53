package cn.gov.zj.jxt.green.application.notification;

import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.ReviewDecision;
import cn.gov.zj.jxt.green.domain.model.nomination.ReviewStage;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.model.notification.Notification;
import cn.gov.zj.jxt.green.domain.model.publicity.Objection;
import cn.gov.zj.jxt.green.domain.model.report.NamedReport;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Tells the people a step of the cycle concerns, in their workspace and by e-mail: the applicant when its application
 * is returned or approved, when its institution answers and when the signed undertaking arrives; the institution when
 * it is asked to evaluate; the city when an undertaking for an application it reviews arrives and when the province
 * returns its submission; an expert drawn for a panel; the provincial clerks when the public objects; the clerk a
 * named report is assigned to. Each call runs inside the service's transaction, so a step that rolls back tells no
 * one; the mail follows the commit (see {@link NotificationService}).
 *
 * <p>The texts come from the portal's bundle, in the recipients' language (see {@link NotificationTexts}).
 */
@ApplicationScoped
public class WorkflowNotifications {

    static final String CATEGORY = "workflow";

    @Inject
    NotificationService notifications;

    /** The county's or the city's decision on an application, to the applicant. */
    public void applicationReviewed(Application application, ReviewStage stage, ReviewDecision decision,
            String comment) {
        String key = "notification.application." + (decision == ReviewDecision.RETURNED ? "returned" : "approved");
        send(Audience.organisation(application.getOrganisation().getId()), key,
                applicantLink(application), text("enum.ReviewStage." + stage.name()),
                application.getBatch().getTitle(), comment == null ? text("notification.noComment") : comment);
    }

    /** An applicant asks an institution to evaluate it (004 §(十二)). */
    public void engagementRequested(Engagement engagement) {
        Application application = engagement.getApplication();
        send(Audience.organisation(engagement.getInstitution().getId()), "notification.engagement.requested",
                "/workspace/engagements/index.xhtml", application.getOrganisation().getName(),
                application.getBatch().getTitle());
    }

    /** The institution accepted or declined; the applicant hears which. */
    public void engagementAnswered(Engagement engagement, boolean accepted) {
        Application application = engagement.getApplication();
        send(Audience.organisation(application.getOrganisation().getId()),
                "notification.engagement." + (accepted ? "accepted" : "declined"), applicantLink(application),
                engagement.getInstitution().getName(), application.getBatch().getTitle());
    }

    /** The institution's signed undertaking (003 §二(一)): the applicant and the city that approves both wait on it. */
    public void undertakingUploaded(Engagement engagement) {
        Application application = engagement.getApplication();
        String institution = engagement.getInstitution().getName();
        String applicant = application.getOrganisation().getName();
        send(Audience.organisation(application.getOrganisation().getId()), "notification.undertaking.applicant",
                applicantLink(application), institution, application.getBatch().getTitle());
        send(Audience.role(Role.CITY_CLERK, application.getCity().getCode()), "notification.undertaking.city",
                "/workspace/reviews/view.xhtml?id=" + application.getId(), institution, applicant);
    }

    /** The province returned a city's submission for correction (003 §三). */
    public void submissionReturned(CitySubmission submission) {
        send(Audience.role(Role.CITY_CLERK, submission.getCity().getCode()), "notification.submission.returned",
                "/workspace/nomination/index.xhtml?batch=" + submission.getBatch().getId(),
                submission.getBatch().getTitle(), submission.getReturnReason(),
                date(submission.getCorrectionDue()));
    }

    /** An expert drawn for a panel (or as a replacement) hears it through his account; one without cannot. */
    public void expertAssigned(Assignment seat) {
        Account account = seat.getExpert().getAccount();
        if (account == null) {
            return;
        }
        Application application = seat.getApplication();
        send(Audience.account(account.getId()), "notification.expert.assigned",
                "/workspace/expert/score.xhtml?id=" + seat.getId(), application.getOrganisation().getName(),
                application.getBatch().getTitle());
    }

    /** Someone objected during a publicity (004 §(十六)); the provincial clerks verify it. No word of who objected. */
    public void objectionFiled(Objection objection) {
        send(Audience.role(Role.PROVINCE_CLERK, null), "notification.objection.filed",
                "/workspace/publicity/view.xhtml?id=" + objection.getPublicity().getId(),
                objection.getEntry().getUnitName(), objection.getPublicity().getTitle());
    }

    /** A named report was handed to a clerk of its city (004 §(二十三)). */
    public void reportAssigned(NamedReport report, Account handler) {
        send(Audience.account(handler.getId()), "notification.report.assigned",
                "/workspace/reports/view.xhtml?id=" + report.getId(), report.reference(), report.getSubjectName());
    }

    private void send(Audience audience, String key, String link, Object... arguments) {
        notifications.notify(CATEGORY, audience, null, Notification.shortSubject(text(key + ".subject", arguments)),
                text(key + ".body", arguments), link);
    }

    private static String applicantLink(Application application) {
        return "/workspace/applications/edit.xhtml?id=" + application.getId();
    }

    private static String date(LocalDate day) {
        return NotificationTexts.date(day);
    }

    private static String text(String key, Object... arguments) {
        return NotificationTexts.text(key, arguments);
    }
}
