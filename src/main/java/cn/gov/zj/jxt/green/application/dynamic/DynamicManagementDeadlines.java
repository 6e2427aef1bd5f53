package cn.gov.zj.jxt.green.application.dynamic;

import cn.gov.zj.jxt.green.application.deadline.DeadlineHandler;
import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.notification.NotificationTexts;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicManagementRepository;
import cn.gov.zj.jxt.green.domain.model.dynamic.ReReviewTask;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.notification.Audience;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The yearly deadlines of dynamic management (004 §四), whichever trigger rings (the persistent timer, the start-up
 * sweep after a stop, or both; the deadline service runs each once):
 * <ul>
 * <li>January 1: a re-review task for every entry listed 5, 10, … years before (五年一复核, §(二十一));</li>
 * <li>April 1 and April 10: reminders to every listed organisation that has not filed its form (§(十八));</li>
 * <li>24:00 of April 15: every entry listed before the year whose organisation did not file becomes a removal
 * candidate (§(十九) 2), and the next year's deadlines are scheduled — so the chain of years carries itself, with
 * the start-up making sure the coming year's exist on a fresh database;</li>
 * <li>the date the province set: the yearly removal announcement (§(十九)).</li>
 * </ul>
 * Each effect is idempotent by itself as well: tasks and candidates are unique per unit and year in the database.
 */
@ApplicationScoped
public class DynamicManagementDeadlines implements DeadlineHandler {

    static final String CATEGORY = "dynamic.reminder";

    @Inject
    DynamicManagementService dynamic;

    @Inject
    RemovalService removal;

    @Inject
    DynamicManagementRepository repository;

    @Inject
    NotificationService notifications;

    @Inject
    PortalClock clock;

    @Override
    public Set<String> kinds() {
        return Set.of(DefaultDynamicManagementService.RE_REVIEW, DefaultDynamicManagementService.FIRST_REMINDER,
                DefaultDynamicManagementService.SECOND_REMINDER,
                DefaultDynamicManagementService.CUT_OFF, DefaultRemovalService.ANNOUNCE);
    }

    @Override
    public String handle(Deadline deadline) {
        int year = (int) deadline.getSubjectId();
        switch (deadline.getKind()) {
            case DefaultDynamicManagementService.RE_REVIEW -> {
                List<ReReviewTask> opened = dynamic.openReReviews(year);
                Set<String> cities = new TreeSet<>();
                for (ReReviewTask task : opened) {
                    cities.add(task.getCity().getCode());
                }
                for (String city : cities) {
                    notifications.notify(CATEGORY, Audience.role(Role.CITY_CLERK, city),
                            deadline.getKind() + ":" + deadline.getId() + ":" + city,
                            NotificationTexts.text("notification.dynamic.reReview.subject", year),
                            NotificationTexts.text("notification.dynamic.reReview.body", year),
                            "/workspace/dynamic/city.xhtml");
                }
                return "opened " + opened.size() + " re-review tasks";
            }
            case DefaultDynamicManagementService.FIRST_REMINDER, DefaultDynamicManagementService.SECOND_REMINDER -> {
                LocalDate due = LocalDate.of(year, 4, 15);
                Instant closes = OfficialDay.endOf(due);
                if (!clock.now().isBefore(closes)) {
                    // Rung after the cut-off (timers catching up at start-up): the cut-off itself has acted.
                    return "not reminded: the forms were due by " + closes;
                }
                Map<Long, ListedUnit> organisations = new LinkedHashMap<>();
                for (ListedUnit unit : repository.withoutForm(year,
                        LocalDate.of(year, 1, 1).atStartOfDay(PortalClock.ZONE).toInstant())) {
                    organisations.putIfAbsent(unit.getOrganisation().getId(), unit);
                }
                for (var entry : organisations.entrySet()) {
                    notifications.notify(CATEGORY, Audience.organisation(entry.getKey()),
                            deadline.getKind() + ":" + deadline.getId() + ":" + entry.getKey(),
                            NotificationTexts.text("notification.dynamic.form.reminder.subject", year,
                                    entry.getValue().getName(), NotificationTexts.date(due), due.getMonthValue(),
                                    due.getDayOfMonth()),
                            NotificationTexts.text("notification.dynamic.form.reminder.body", year,
                                    entry.getValue().getName(), NotificationTexts.date(due), due.getMonthValue(),
                                    due.getDayOfMonth()),
                            "/workspace/dynamic/unit.xhtml", closes);
                }
                return "reminded " + organisations.size() + " organisations";
            }
            case DefaultDynamicManagementService.CUT_OFF -> {
                int candidates = dynamic.markMissedForms(year);
                dynamic.ensureYear(year + 1);
                return candidates + " removal candidates for a missed " + year + " form; " + (year + 1)
                        + " scheduled";
            }
            case DefaultRemovalService.ANNOUNCE -> {
                IssuedDocument announcement = removal.publishYearly(year);
                return announcement == null ? "no decided removal to announce"
                        : "announced " + announcement.getNumber();
            }
            default -> throw new IllegalArgumentException(deadline.getKind());
        }
    }
}
