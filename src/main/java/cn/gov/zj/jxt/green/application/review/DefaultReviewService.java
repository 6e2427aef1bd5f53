package cn.gov.zj.jxt.green.application.review;

import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.CheckFinding;
import cn.gov.zj.jxt.green.domain.model.review.DrawRecord;
import cn.gov.zj.jxt.green.domain.model.review.Expert;
import cn.gov.zj.jxt.green.domain.model.review.Inspection;
import cn.gov.zj.jxt.green.domain.model.review.InspectionResult;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryOutcome;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryReview;
import cn.gov.zj.jxt.green.domain.model.review.Proposal;
import cn.gov.zj.jxt.green.domain.model.review.ReviewRepository;
import cn.gov.zj.jxt.green.domain.model.review.Score;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The review's transaction boundary: each use case lives in its own class (初审, the pool, the panels, the
 * inspections, the proposed list) and runs inside the transaction this bean opens; views are made here, before it
 * ends.
 */
@Stateless
public class DefaultReviewService implements ReviewService {

    @Inject
    ReviewSubjects on;

    @Inject
    PreliminaryReviews preliminaries;

    @Inject
    ExpertPool pool;

    @Inject
    PanelDraws panels;

    @Inject
    SiteInspections inspections;

    @Inject
    ProposedList proposals;

    @Inject
    ReviewRepository reviews;

    // ---- reading ------------------------------------------------------------------------------------------

    @Override
    public List<Standing> subjects(long batchId) {
        return on.subjects(batchId);
    }

    @Override
    public List<StandingView> subjectViews(long batchId) {
        return on.subjects(batchId).stream().map(StandingView::of).toList();
    }

    @Override
    public Standing standing(long applicationId) {
        on.requireReader("review.standing");
        return on.standingOf(on.subject(applicationId));
    }

    @Override
    public Aggregate aggregate(long applicationId) {
        on.requireReader("review.aggregate");
        Application application = on.subject(applicationId);
        List<Score> scores = reviews.scores(applicationId);
        int panelSize = (int) reviews.assignments(application).stream().filter(Assignment::active).count();
        return new Aggregate(applicationId, panelSize, scores.size(), ReviewSubjects.mean(scores.stream().map(Score::weightedTotal).toList()), scores.stream()
                .map(s -> new ExpertTotal(s.getAssignment().getId(), s.getAssignment().getExpert().getName(),
                        s.weightedTotal(), s.isFlagged(), s.getFlagNote()))
                .toList());
    }

    // ---- 初审 ---------------------------------------------------------------------------------------------

    @Override
    public PreliminaryReview openPreliminary(long applicationId) {
        return preliminaries.openPreliminary(applicationId);
    }

    @Override
    public PreliminaryReview preliminary(long applicationId) {
        return preliminaries.preliminary(applicationId);
    }

    @Override
    public PreliminaryReview check(long applicationId, String itemCode, CheckFinding finding, String note) {
        return preliminaries.check(applicationId, itemCode, finding, note);
    }

    @Override
    public PreliminaryReview checkAll(long applicationId, List<Finding> findings) {
        return preliminaries.checkAll(applicationId, findings);
    }

    @Override
    public PreliminaryReview decide(long applicationId, PreliminaryOutcome outcome, String reasons) {
        return preliminaries.decide(applicationId, outcome, reasons);
    }

    // ---- the pool -----------------------------------------------------------------------------------------

    @Override
    public List<Expert> experts() {
        return pool.experts();
    }

    @Override
    public Expert expert(long id) {
        return pool.expert(id);
    }

    @Override
    public Expert addExpert(ExpertForm form) {
        return pool.addExpert(form);
    }

    @Override
    public Expert changeExpert(long id, long version, ExpertForm form) {
        return pool.changeExpert(id, version, form);
    }

    // ---- draws --------------------------------------------------------------------------------------------

    @Override
    public DrawRecord drawPanel(long applicationId, Integer size, boolean excludeSameCity) {
        return panels.drawPanel(applicationId, size, excludeSameCity);
    }

    @Override
    public List<Assignment> panel(long applicationId) {
        return panels.panel(applicationId);
    }

    @Override
    public DrawRecord decline(long assignmentId, String reason) {
        return panels.decline(assignmentId, reason);
    }

    @Override
    public List<DrawRecord> draws() {
        return panels.draws();
    }

    @Override
    public DrawRecord draw(long drawId) {
        return panels.draw(drawId);
    }

    @Override
    public Verification verify(long drawId) {
        return panels.verify(drawId);
    }

    // ---- 现场核查 -------------------------------------------------------------------------------------------

    @Override
    public DrawRecord drawInspections(long batchId, Integer count, Integer sharePercent) {
        return inspections.drawInspections(batchId, count, sharePercent);
    }

    @Override
    public List<Inspection> inspections(long batchId) {
        return inspections.inspections(batchId);
    }

    @Override
    public Inspection recordInspection(long inspectionId, InspectionResult result, String findings) {
        return inspections.recordInspection(inspectionId, result, findings);
    }

    // ---- 拟入选名单 ----------------------------------------------------------------------------------------

    @Override
    public Proposal propose(long applicationId, boolean include, String reason) {
        return proposals.propose(applicationId, include, reason);
    }

    @Override
    public List<Proposal> proposedList(long batchId) {
        return proposals.proposedList(batchId);
    }
}
