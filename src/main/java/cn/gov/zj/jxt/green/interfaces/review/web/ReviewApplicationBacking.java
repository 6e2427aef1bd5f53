package cn.gov.zj.jxt.green.interfaces.review.web;

import cn.gov.zj.jxt.green.application.CurrentActor;
import cn.gov.zj.jxt.green.application.PortalException;
import cn.gov.zj.jxt.green.application.ReviewService;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.CheckFinding;
import cn.gov.zj.jxt.green.domain.model.review.CheckItem;
import cn.gov.zj.jxt.green.domain.model.review.InspectionResult;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryOutcome;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryReview;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/review/application.xhtml: one application's review — the 初审 checklist and decision, the panel with
 * declines, the scores, the inspection result and the proposal.
 */
@Named
@ViewScoped
public class ReviewApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService review;

    @Inject
    CurrentActor currentActor;

    private Long id;
    private ReviewService.Standing standing;
    private PreliminaryReview preliminary;
    private List<Assignment> panel;
    private ReviewService.Aggregate aggregate;
    private final Map<String, CheckFinding> findings = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private final Map<Long, String> declineReasons = new HashMap<>();
    private PreliminaryOutcome outcome;
    private String reasons;
    private Integer panelSize = ReviewService.DEFAULT_PANEL_SIZE;
    private boolean excludeSameCity = true;
    private InspectionResult inspectionResult;
    private String findingsText;
    private String proposalReason;

    public void load() {
        standing = review.standing(id);
        preliminary = standing.preliminary();
        if (preliminary != null) {
            for (CheckItem item : preliminary.getItems()) {
                findings.putIfAbsent(item.getCode(), item.getFinding());
                notes.putIfAbsent(item.getCode(), item.getNote());
            }
        }
        panel = review.panel(id);
        aggregate = review.aggregate(id);
    }

    public String open() {
        return act(() -> review.openPreliminary(id), "workspace.review.application.opened");
    }

    public String check(String code) {
        return act(() -> review.check(id, code, findings.get(code), notes.get(code)),
                "workspace.review.application.checked");
    }

    public String decide() {
        return act(() -> review.decide(id, outcome, reasons), "workspace.review.application.decided");
    }

    public String draw() {
        return act(() -> review.drawPanel(id, panelSize, excludeSameCity), "workspace.review.application.drawn");
    }

    public String decline(long assignmentId) {
        return act(() -> review.decline(assignmentId, declineReasons.get(assignmentId)),
                "workspace.review.application.declined");
    }

    public String recordInspection() {
        return act(() -> review.recordInspection(standing.inspection().getId(), inspectionResult, findingsText),
                "workspace.review.application.inspected");
    }

    public String include() {
        return act(() -> review.propose(id, true, proposalReason), "workspace.review.application.proposed");
    }

    public String exclude() {
        return act(() -> review.propose(id, false, proposalReason), "workspace.review.application.proposed");
    }

    private String act(Runnable work, String doneKey) {
        try {
            work.run();
            Faces.info(doneKey);
            Faces.keepMessages();
            return "/workspace/review/application.xhtml?faces-redirect=true&id=" + id;
        } catch (PortalException e) {
            Faces.show(e, Map.of());
            return null;
        }
    }

    public boolean isClerk() {
        return currentActor.get().is(Role.PROVINCE_CLERK);
    }

    public PreliminaryOutcome[] getOutcomes() {
        return PreliminaryOutcome.values();
    }

    public CheckFinding[] getFindingOptions() {
        return CheckFinding.values();
    }

    public InspectionResult[] getInspectionResults() {
        return InspectionResult.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReviewService.Standing getStanding() {
        return standing;
    }

    public PreliminaryReview getPreliminary() {
        return preliminary;
    }

    public List<Assignment> getPanel() {
        return panel;
    }

    public ReviewService.Aggregate getAggregate() {
        return aggregate;
    }

    public Map<String, CheckFinding> getFindings() {
        return findings;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public Map<Long, String> getDeclineReasons() {
        return declineReasons;
    }

    public PreliminaryOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(PreliminaryOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public Integer getPanelSize() {
        return panelSize;
    }

    public void setPanelSize(Integer panelSize) {
        this.panelSize = panelSize;
    }

    public boolean isExcludeSameCity() {
        return excludeSameCity;
    }

    public void setExcludeSameCity(boolean excludeSameCity) {
        this.excludeSameCity = excludeSameCity;
    }

    public InspectionResult getInspectionResult() {
        return inspectionResult;
    }

    public void setInspectionResult(InspectionResult inspectionResult) {
        this.inspectionResult = inspectionResult;
    }

    public String getFindingsText() {
        return findingsText;
    }

    public void setFindingsText(String findingsText) {
        this.findingsText = findingsText;
    }

    public String getProposalReason() {
        return proposalReason;
    }

    public void setProposalReason(String proposalReason) {
        this.proposalReason = proposalReason;
    }
}
