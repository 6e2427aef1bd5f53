package cn.gov.zj.jxt.green.application.review;

import cn.gov.zj.jxt.green.application.nomination.EligibilityCheck;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.application.shared.FileStore;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.CriterionScore;
import cn.gov.zj.jxt.green.domain.model.review.Expert;
import cn.gov.zj.jxt.green.domain.model.review.ReviewRepository;
import cn.gov.zj.jxt.green.domain.model.review.Score;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultScoringService implements ScoringService {

    @Inject
    ReviewRepository reviews;

    @Inject
    EligibilityCheck eligibility;

    @Inject
    FileStore fileStore;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Inject
    InputValidation validation;

    @Override
    public List<Assignment> myAssignments() {
        return me("review.assignments.read").map(reviews::assignments).orElse(List.of());
    }

    @Override
    public Assignment assignment(long assignmentId) {
        return own(assignmentId, "review.assignment.read");
    }

    @Override
    public FileDownload report(long assignmentId) {
        Application application = own(assignmentId, "review.assignment.report").getApplication();
        if (application.getReportSha256() == null) {
            throw new RecordNotFoundException("EvaluationReport", application.getId());
        }
        return new FileDownload(application.getReportName(), "application/pdf",
                fileStore.read(application.getReportSha256()), application.getReportSha256());
    }

    @Override
    public List<RuleOutcome> eligibility(long assignmentId) {
        return eligibility.evaluate(own(assignmentId, "review.assignment.eligibility").getApplication());
    }

    @Override
    public Optional<Score> myScore(long assignmentId) {
        return reviews.score(own(assignmentId, "review.score.read"));
    }

    @Override
    public Score score(long assignmentId, ScoreForm form) {
        Assignment assignment = own(assignmentId, "review.score.record");
        if (form == null) {
            throw InputValidation.violation("items", "review.score.items.required");
        }
        validation.require(form); // each score given and in range, named items[i].score, before any is read
        List<CriterionScore> items = form.items().stream()
                .map(i -> new CriterionScore(i.criterion(), i.score(), InputValidation.blankToNull(i.comment()))).toList();
        if (items.size() != EnumSet.allOf(cn.gov.zj.jxt.green.domain.model.review.Criterion.class).size()
                || items.stream().map(CriterionScore::getCriterion).distinct().count() != items.size()) {
            throw InputValidation.violation("items", "review.score.items.everyCriterion");
        }
        if (form.flagged() && InputValidation.blankToNull(form.flagNote()) == null) {
            throw InputValidation.violation("flagNote", "review.score.flagNote.required");
        }
        Score score = reviews.score(assignment).orElse(null);
        var before = score == null ? null : score.auditState();
        if (score == null) {
            score = new Score(assignment);
            score.record(items, InputValidation.blankToNull(form.overallComment()), form.flagged(), InputValidation.blankToNull(form.flagNote()),
                    clock.now());
            reviews.add(score);
        } else {
            score.record(items, InputValidation.blankToNull(form.overallComment()), form.flagged(), InputValidation.blankToNull(form.flagNote()),
                    clock.now());
        }
        audit.changed("review.score.record", score, before);
        return score;
    }

    private Optional<Expert> me(String action) {
        Actor actor = currentActor.get();
        access.requireRole(actor, action, Role.EXPERT);
        return actor.accountId() == null ? Optional.empty() : reviews.expertOfAccount(actor.accountId());
    }

    /**
     * The signed-in expert's own active seat. Anything else — another expert's seat, a declined one, no such seat —
     * is refused alike and the refusal audited, so that probing ids tells an expert nothing.
     */
    private Assignment own(long assignmentId, String action) {
        Actor actor = currentActor.get();
        Expert me = me(action).orElse(null);
        Assignment assignment = reviews.assignment(assignmentId).orElse(null);
        if (me == null || assignment == null || !assignment.active()
                || !assignment.getExpert().getId().equals(me.getId())) {
            access.deny(actor, action, "Assignment", assignmentId);
        }
        return assignment;
    }

}
