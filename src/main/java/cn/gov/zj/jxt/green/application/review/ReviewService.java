package cn.gov.zj.jxt.green.application.review;

import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.CheckFinding;
import cn.gov.zj.jxt.green.domain.model.review.DrawRecord;
import cn.gov.zj.jxt.green.domain.model.review.Expert;
import cn.gov.zj.jxt.green.domain.model.review.Inspection;
import cn.gov.zj.jxt.green.domain.model.review.InspectionResult;
import cn.gov.zj.jxt.green.domain.model.review.PanelDraw;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryOutcome;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryReview;
import cn.gov.zj.jxt.green.domain.model.review.Proposal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The province's comprehensive review of a batch (004 §(十五)), as the provincial clerk runs it and the discipline
 * office (SUPERVISOR) watches it: 初审, the expert pool, panel draws and replacements, the scores as they come in,
 * the inspection sample and its results, and the proposed list 拟入选名单 for publicity (004 §(十六)). The subjects
 * are the nominated applications of the cities' submitted submissions.
 */
public interface ReviewService {

    int DEFAULT_PANEL_SIZE = 5;

    /** Where one subject stands. {@code meanScore} is {@code null} until a score is in. */
    record Standing(Application application, PreliminaryReview preliminary, int panelSize, int scoresIn,
            BigDecimal meanScore, boolean flagged, Inspection inspection, Proposal proposal) implements Serializable {

        /** Passed 初审, every active panel member scored, and, if sampled, confirmed on site. */
        public boolean proposable() {
            return preliminary != null && preliminary.passed() && panelSize > 0 && scoresIn == panelSize
                    && (inspection == null || inspection.passed());
        }
    }

    /** An application under review as a list of subjects names it. */
    record ApplicationSummary(long id, long batchId, String organisation, String creditCode, String unitType,
            String city, String industry, String institution) {

        public static ApplicationSummary of(Application a) {
            return new ApplicationSummary(a.getId(), a.getBatch().getId(), a.getOrganisation().getName(),
                    a.getOrganisation().getCreditCode(), a.getUnitType().name(), a.getCity().getName(),
                    a.getIndustry(), a.getInstitution() == null ? null : a.getInstitution().getName());
        }
    }

    /** A {@link Standing} as the review's list of subjects shows it, made while the entities are at hand. */
    record StandingView(ApplicationSummary application, String preliminary, int panelSize, int scoresIn,
            BigDecimal meanScore, boolean flagged, String inspection, Boolean proposed, boolean proposable) {

        public static StandingView of(Standing s) {
            return new StandingView(ApplicationSummary.of(s.application()),
                    s.preliminary() == null ? null : s.preliminary().getOutcome() == null ? "OPEN"
                            : s.preliminary().getOutcome().name(),
                    s.panelSize(), s.scoresIn(), s.meanScore(), s.flagged(),
                    s.inspection() == null ? null : s.inspection().getResult() == null ? "PENDING"
                            : s.inspection().getResult().name(),
                    s.proposal() == null ? null : s.proposal().isIncluded(), s.proposable());
        }
    }

    /** One expert's weighted total. */
    record ExpertTotal(long assignmentId, String expert, BigDecimal total, boolean flagged, String flagNote)
            implements Serializable {
    }

    /** The scores of an application: each expert's weighted total, and the mean over those in. */
    record Aggregate(long applicationId, int panelSize, int scoresIn, BigDecimal mean, List<ExpertTotal> totals)
            implements Serializable {
    }

    /** A draw run again from its record, beside what was recorded. */
    record Verification(long drawId, boolean reproduces, List<Long> recordedChosen, List<Long> replayedChosen,
            List<PanelDraw.Exclusion> recordedExclusions, List<PanelDraw.Exclusion> replayedExclusions) {
    }

    List<Standing> subjects(long batchId);

    /** The subjects as views, made inside the transaction that read them. */
    List<StandingView> subjectViews(long batchId);

    Standing standing(long applicationId);

    /** Makes the checklist from the rules' current outcomes and the indicators; the existing one when made. */
    PreliminaryReview openPreliminary(long applicationId);

    PreliminaryReview preliminary(long applicationId);

    PreliminaryReview check(long applicationId, String itemCode, @NotNull(message = "{review.check.finding.required}") CheckFinding finding, String note);

    /** The clerk's finding on one checklist item, as the checklist form gives it. */
    record Finding(String code, CheckFinding finding, String note) {
    }

    /**
     * Records the findings on every item of the checklist at once, or none of them: each item needs its finding,
     * and a finding of not ok its note. A refusal names every wanting item, as {@code items[i].finding} or
     * {@code items[i].note} with {@code i} its place in the checklist.
     */
    PreliminaryReview checkAll(long applicationId, List<Finding> findings);

    PreliminaryReview decide(long applicationId, @NotNull(message = "{review.outcome.required}") PreliminaryOutcome outcome, String reasons);

    List<Expert> experts();

    Expert expert(long id);

    Expert addExpert(@NotNull(message = "{request.bodyRequired}") @Valid ExpertForm form);

    Expert changeExpert(long id, long version, @NotNull(message = "{request.bodyRequired}") @Valid ExpertForm form);

    /** Draws the panel of an application that passed 初审; {@code size} defaults to {@link #DEFAULT_PANEL_SIZE}. */
    DrawRecord drawPanel(long applicationId, Integer size, boolean excludeSameCity);

    /** The application's panel, active and declined seats. */
    List<Assignment> panel(long applicationId);

    /** An expert declines (himself, or the clerk for him); a replacement is drawn at once and returned. */
    DrawRecord decline(long assignmentId, String reason);

    List<DrawRecord> draws();

    DrawRecord draw(long drawId);

    /** Re-runs a recorded draw from the record alone and compares. */
    Verification verify(long drawId);

    Aggregate aggregate(long applicationId);

    /** Draws the batch's inspection sample: {@code count} or {@code sharePercent}, always with the flagged ones. */
    DrawRecord drawInspections(long batchId, Integer count, Integer sharePercent);

    List<Inspection> inspections(long batchId);

    Inspection recordInspection(long inspectionId, @NotNull(message = "{review.inspection.result.required}") InspectionResult result, String findings);

    /** The clerk includes a proposable application on the proposed list, or excludes one with a reason. */
    Proposal propose(long applicationId, boolean include, String reason);

    /** The proposed list 拟入选名单 of a batch: the included proposals. */
    List<Proposal> proposedList(long batchId);
}
