package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.application.deadline.DeadlineHandler;
import cn.gov.zj.jxt.green.application.notification.Reminders;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.BatchRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmissionRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.SubmissionEvent;
import cn.gov.zj.jxt.green.domain.model.nomination.SubmissionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The deadlines of a batch (003 §三, 004 §(十四)): reminders to the cities that have not submitted, the lock at
 * 24:00 of June 30 (the lock itself holds from that instant on every action; this records it and tells the cities
 * that missed it), and the same for the cities' own lists due December 31.
 */
@ApplicationScoped
public class BatchDeadlines implements DeadlineHandler {

    public static final String SUBMISSION_REMINDER = "batch.submission.reminder";
    public static final String SUBMISSION_LOCK = "batch.submission.lock";
    public static final String CITY_LIST_REMINDER = "batch.cityList.reminder";
    public static final String CITY_LIST_DUE = "batch.cityList.due";
    static final List<String> KINDS = List.of(SUBMISSION_REMINDER, SUBMISSION_LOCK, CITY_LIST_REMINDER, CITY_LIST_DUE);

    @Inject
    BatchRepository batches;

    @Inject
    CitySubmissionRepository submissions;

    @Inject
    Reminders reminders;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public Set<String> kinds() {
        return Set.copyOf(KINDS);
    }

    @Override
    public String handle(Deadline deadline) {
        Batch batch = batches.find(deadline.getSubjectId()).orElse(null);
        if (batch == null) {
            return "batch " + deadline.getSubjectId() + " no longer exists";
        }
        Instant now = clock.now();
        boolean cityList = deadline.getKind().startsWith("batch.cityList");
        List<CitySubmission> late = submissions.ofBatch(batch).stream()
                .filter(s -> cityList ? s.getCityListReportedAt() == null : s.getStatus() != SubmissionStatus.SUBMITTED)
                .filter(s -> batch.quotaOf(s.getCity().getCode()) > 0 || cityList)
                .toList();
        switch (deadline.getKind()) {
            case SUBMISSION_REMINDER, CITY_LIST_REMINDER -> {
                Instant closes = cityList ? batch.cityListClosesAt() : batch.submissionClosesAt();
                if (!now.isBefore(closes)) {
                    // Rung late (the portal was stopped, or its timers catch up at start-up): the lock or the due
                    // date tells the cities what they missed; a reminder now would ask for the impossible.
                    return "not reminded: the deadline passed at " + closes;
                }
                for (CitySubmission submission : late) {
                    submission.remark(SubmissionEvent.Kind.REMINDED, deadline.getKind(), "system", now);
                    reminders.remindCity(submission, deadline.getKind(), deadline.getId());
                }
                return "reminded " + late.size() + " cities";
            }
            case SUBMISSION_LOCK -> {
                batch.lock(now);
                for (CitySubmission submission : late) {
                    submission.remark(SubmissionEvent.Kind.LOCKED, null, "system", now);
                    reminders.remindCity(submission, deadline.getKind(), deadline.getId());
                }
                audit.changed("batch.lock", batch, null);
                return "locked; " + late.size() + " cities had not submitted";
            }
            case CITY_LIST_DUE -> {
                for (CitySubmission submission : late) {
                    reminders.remindCity(submission, deadline.getKind(), deadline.getId());
                }
                return late.size() + " cities had not reported their lists";
            }
            default -> throw new IllegalArgumentException(deadline.getKind());
        }
    }
}
