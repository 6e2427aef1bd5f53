package cn.gov.zj.jxt.green.application.review;

import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.Score;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The expert's side of the review (评审): an expert sees only his own active assignments, reads what he judges —
 * the application, its report, its eligibility — and scores it. Any other assignment is refused and the refusal
 * audited.
 */
public interface ScoringService {

    List<Assignment> myAssignments();

    Assignment assignment(long assignmentId);

    FileDownload report(long assignmentId);

    List<RuleOutcome> eligibility(long assignmentId);

    Optional<Score> myScore(long assignmentId);

    Score score(long assignmentId, @NotNull(message = "{request.bodyRequired}") @Valid ScoreForm form);
}
