package cn.gov.zj.jxt.green.interfaces.review.rest;

import cn.gov.zj.jxt.green.application.review.ReviewService.ApplicationSummary;
import cn.gov.zj.jxt.green.application.review.ReviewService;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.CheckItem;
import cn.gov.zj.jxt.green.domain.model.review.DrawCandidate;
import cn.gov.zj.jxt.green.domain.model.review.DrawRecord;
import cn.gov.zj.jxt.green.domain.model.review.Expert;
import cn.gov.zj.jxt.green.domain.model.review.ExpertTie;
import cn.gov.zj.jxt.green.domain.model.review.Inspection;
import cn.gov.zj.jxt.green.domain.model.review.PanelDraw;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryReview;
import cn.gov.zj.jxt.green.domain.model.review.Proposal;
import cn.gov.zj.jxt.green.domain.model.review.Score;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the review API. */
public final class ReviewViews {

    private ReviewViews() {
    }

    public record CheckItemView(String code, String clause, String portalVerdict, String facts, String finding,
            String note) {

        static CheckItemView of(CheckItem i) {
            return new CheckItemView(i.getCode(), i.getClause(), i.getPortalVerdict(), i.getFacts(),
                    i.getFinding() == null ? null : i.getFinding().name(), i.getNote());
        }
    }

    public record PreliminaryView(long id, long applicationId, List<CheckItemView> items, String outcome,
            String reasons, boolean flagged, String decidedBy, Instant decidedAt) {

        static PreliminaryView of(PreliminaryReview p) {
            return new PreliminaryView(p.getId(), p.getApplication().getId(),
                    p.getItems().stream().map(CheckItemView::of).toList(),
                    p.getOutcome() == null ? null : p.getOutcome().name(), p.getReasons(), p.flagged(),
                    p.getDecidedBy(), p.getDecidedAt());
        }
    }

    public record TieView(String kind, Long institutionId, String creditCode, String nature) {

        static TieView of(ExpertTie t) {
            return new TieView(t.getKind().name(), t.getInstitutionId(), t.getCreditCode(), t.getNature());
        }
    }

    public record ExpertView(long id, long version, String name, String specialty, String employerName,
            String employerCode, String cityCode, String city, String account, boolean active, List<TieView> ties) {

        static ExpertView of(Expert e) {
            return new ExpertView(e.getId(), e.getVersion(), e.getName(), e.getSpecialty(), e.getEmployerName(),
                    e.getEmployerCode(), e.getCity().getCode(), e.getCity().getName(),
                    e.getAccount() == null ? null : e.getAccount().getUsername(), e.isActive(),
                    e.getTies().stream().map(TieView::of).toList());
        }
    }

    public record CandidateView(long id, String label, String employerCode, String cityCode, String tiedCodes,
            String tiedInstitutions, boolean flagged, String exclusion) {

        static CandidateView of(DrawCandidate c) {
            return new CandidateView(c.getRefId(), c.getLabel(), c.getEmployerCode(), c.getCityCode(),
                    c.getTiedCodes(), c.getTiedInstitutions(), c.isFlagged(), c.getExclusion());
        }
    }

    /** A draw with everything needed to re-run it. The seed is a string: JSON numbers lose a long's low digits. */
    public record DrawView(long id, String kind, long batchId, Long applicationId, String seed, Integer wanted,
            Integer sharePercent, boolean excludeSameCity, String applicantCode, Long institutionId,
            String institutionCode, String subjectCity, String priorMembers, List<CandidateView> candidates,
            List<Long> chosen, String drawnBy, Instant drawnAt) {

        static DrawView of(DrawRecord d) {
            return new DrawView(d.getId(), d.getKind().name(), d.getBatch().getId(),
                    d.getApplication() == null ? null : d.getApplication().getId(), Long.toString(d.getSeed()),
                    d.getWanted(), d.getSharePercent(), d.isExcludeSameCity(), d.getApplicantCode(),
                    d.getInstitutionId(), d.getInstitutionCode(), d.getSubjectCity(), d.getPriorMembers(),
                    d.getCandidates().stream().map(CandidateView::of).toList(), d.getChosen(), d.getDrawnBy(),
                    d.getDrawnAt());
        }
    }

    public record ExclusionView(long id, String conflict) {

        static List<ExclusionView> of(List<PanelDraw.Exclusion> list) {
            return list.stream().map(e -> new ExclusionView(e.id(), e.conflict().name())).toList();
        }
    }

    public record VerificationView(long drawId, boolean reproduces, List<Long> recordedChosen,
            List<Long> replayedChosen, List<ExclusionView> recordedExclusions, List<ExclusionView> replayedExclusions) {

        static VerificationView of(ReviewService.Verification v) {
            return new VerificationView(v.drawId(), v.reproduces(), v.recordedChosen(), v.replayedChosen(),
                    ExclusionView.of(v.recordedExclusions()), ExclusionView.of(v.replayedExclusions()));
        }
    }

    public record AssignmentView(long id, long applicationId, long expertId, String expert, long drawId,
            String status, String declineReason, String declinedBy, Instant declinedAt) {

        static AssignmentView of(Assignment a) {
            return new AssignmentView(a.getId(), a.getApplication().getId(), a.getExpert().getId(),
                    a.getExpert().getName(), a.getDraw().getId(), a.getStatus().name(), a.getDeclineReason(),
                    a.getDeclinedBy(), a.getDeclinedAt());
        }
    }

    public record ReadingView(String kind, BigDecimal value, BigDecimal benchmark, boolean leading) {

        static ReadingView of(Indicators.Reading r) {
            return new ReadingView(r.kind().name(), r.value(), r.benchmark(), r.leading());
        }
    }

    /** What an expert sees of his assignment: the application, its indicators, whether a report is there. */
    public record ExpertAssignmentView(long id, ApplicationSummary application, List<ReadingView> indicators,
            String reportName, boolean scored) {
    }

    public record CriterionScoreView(String criterion, int weight, int score, String comment) {
    }

    public record ScoreView(long id, long assignmentId, List<CriterionScoreView> items, BigDecimal weightedTotal,
            String overallComment, boolean flagged, String flagNote, Instant scoredAt) {

        static ScoreView of(Score s) {
            return new ScoreView(s.getId(), s.getAssignment().getId(), s.getItems().stream()
                    .map(i -> new CriterionScoreView(i.getCriterion().name(), i.getCriterion().weight(), i.getScore(),
                            i.getComment()))
                    .toList(), s.weightedTotal(), s.getOverallComment(), s.isFlagged(), s.getFlagNote(),
                    s.getScoredAt());
        }
    }

    public record InspectionView(long id, long applicationId, String organisation, long drawId, boolean flagged,
            String result, String findings, String recordedBy, Instant recordedAt) {

        static InspectionView of(Inspection i) {
            return new InspectionView(i.getId(), i.getApplication().getId(),
                    i.getApplication().getOrganisation().getName(), i.getDraw().getId(), i.isFlagged(),
                    i.getResult() == null ? null : i.getResult().name(), i.getFindings(), i.getRecordedBy(),
                    i.getRecordedAt());
        }
    }

    public record ProposalView(long id, ApplicationSummary application, boolean included, String reason,
            String decidedBy, Instant decidedAt) {

        static ProposalView of(Proposal p) {
            return new ProposalView(p.getId(), ApplicationSummary.of(p.getApplication()), p.isIncluded(),
                    p.getReason(), p.getDecidedBy(), p.getDecidedAt());
        }
    }
}
