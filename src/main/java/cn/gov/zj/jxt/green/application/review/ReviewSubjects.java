package cn.gov.zj.jxt.green.application.review;

import cn.gov.zj.jxt.green.application.review.ReviewService.Standing;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.BatchRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmissionRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.SubmissionStatus;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.Inspection;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryReview;
import cn.gov.zj.jxt.green.domain.model.review.Proposal;
import cn.gov.zj.jxt.green.domain.model.review.ReviewRepository.ScoreTotal;
import cn.gov.zj.jxt.green.domain.model.review.ReviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What every step of the provincial review starts from: the batch, the application under review with the check that
 * it is one, who may run or read the review, and where each subject stands. Runs inside the calling service's
 * transaction.
 */
@ApplicationScoped
public class ReviewSubjects {

    @Inject
    ReviewRepository reviews;

    @Inject
    BatchRepository batches;

    @Inject
    ApplicationRepository applications;

    @Inject
    CitySubmissionRepository submissions;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    /** The subjects of a batch, each with where it stands, for a reader. */
    public List<Standing> subjects(long batchId) {
        requireReader("review.subjects");
        Batch batch = batch(batchId);
        // One statement for each kind of record of the whole batch, never one per subject.
        List<Application> subjects = applications.underReview(batch);
        Map<Long, PreliminaryReview> preliminaries = byApplication(reviews.preliminaries(batchId),
                PreliminaryReview::getApplication);
        Set<Long> notOk = reviews.notOkChecklists(batchId);
        Map<Long, Integer> panelSizes = reviews.panelSizes(batchId);
        Map<Long, List<ScoreTotal>> scores = reviews.scoreTotals(batchId);
        Map<Long, Inspection> inspections = byApplication(reviews.inspections(batchId), Inspection::getApplication);
        Map<Long, Proposal> proposals = byApplication(reviews.proposals(batchId), Proposal::getApplication);
        return subjects.stream().map(a -> {
            PreliminaryReview preliminary = preliminaries.get(a.getId());
            // PreliminaryReview.flagged(), from the batch's not-ok items rather than each checklist.
            boolean flaggedChecklist = preliminary != null && preliminary.passed() && notOk.contains(a.getId());
            return standingOf(a, preliminary, flaggedChecklist, panelSizes.getOrDefault(a.getId(), 0),
                    scores.getOrDefault(a.getId(), List.of()), inspections.get(a.getId()), proposals.get(a.getId()));
        }).toList();
    }

    private static <T> Map<Long, T> byApplication(List<T> records, Function<T, Application> application) {
        Map<Long, T> byId = new HashMap<>();
        records.forEach(r -> byId.putIfAbsent(application.apply(r).getId(), r));
        return byId;
    }

    /** Where one subject stands, read record by record. */
    public Standing standingOf(Application application) {
        PreliminaryReview preliminary = reviews.preliminary(application).orElse(null);
        return standingOf(application, preliminary, preliminary != null && preliminary.flagged(),
                (int) reviews.assignments(application).stream().filter(Assignment::active).count(),
                reviews.scores(application.getId()).stream()
                        .map(s -> new ScoreTotal(s.weightedTotal(), s.isFlagged())).toList(),
                reviews.inspection(application).orElse(null), reviews.proposal(application).orElse(null));
    }

    private static Standing standingOf(Application application, PreliminaryReview preliminary,
            boolean flaggedChecklist, int panelSize, List<ScoreTotal> scores, Inspection inspection,
            Proposal proposal) {
        boolean flagged = flaggedChecklist || scores.stream().anyMatch(ScoreTotal::flagged);
        return new Standing(application, preliminary, panelSize, scores.size(),
                mean(scores.stream().map(ScoreTotal::weightedTotal).toList()), flagged, inspection, proposal);
    }

    /** The mean of the weighted totals, {@code null} when none is in. */
    public static BigDecimal mean(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            return null;
        }
        BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
    }

    public Batch batch(long batchId) {
        return batches.find(batchId).orElseThrow(() -> new RecordNotFoundException("Batch", batchId));
    }

    /** An application under provincial review: nominated, in a submission the city has submitted. */
    public Application subject(long applicationId) {
        Application application = applications.find(applicationId)
                .orElseThrow(() -> new RecordNotFoundException("Application", applicationId));
        boolean submitted = application.getStatus() == ApplicationStatus.NOMINATED && submissions
                .find(application.getBatch(), application.getCity().getCode())
                .filter(s -> s.getStatus() == SubmissionStatus.SUBMITTED).isPresent();
        if (!submitted) {
            throw new BusinessRuleException("review.notSubject");
        }
        return application;
    }

    public void requireClerk(String action) {
        access.requireRole(currentActor.get(), action, Role.PROVINCE_CLERK);
    }

    /** The provincial clerks run it; the discipline office and administrators read it. */
    public void requireReader(String action) {
        access.requireRole(currentActor.get(), action, Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN);
    }
}
