package cn.gov.zj.jxt.green.interfaces.review.web;

import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.review.ReviewService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.CheckFinding;
import cn.gov.zj.jxt.green.domain.model.review.InspectionResult;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryOutcome;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryReview;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * workspace/review/application.xhtml: one application's review — what is reviewed (the application, its report,
 * indicators, institution, undertaking and history), the 初审 checklist saved as one form and its decision, the panel
 * with declines, the scores, the inspection result and the proposal. Those who only read (the discipline office)
 * see the same page without its forms.
 */
@Named
@ViewScoped
public class ReviewApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService review;

    @Inject
    ApplicationService applications;

    @Inject
    CurrentActor currentActor;

    private Long id;
    private ReviewService.Standing standing;
    private PreliminaryReview preliminary;
    private final List<CheckRow> checklist = new ArrayList<>();
    private List<RuleOutcome> outcomes = List.of();
    private List<Engagement> engagements = List.of();
    private List<Assignment> panel;
    private ReviewService.Aggregate aggregate;
    private final Map<Long, String> declineReasons = new HashMap<>();
    private PreliminaryOutcome outcome;
    private String reasons;
    private Integer panelSize = ReviewService.DEFAULT_PANEL_SIZE;
    private boolean excludeSameCity = true;
    private InspectionResult inspectionResult;
    private String findingsText;
    private String proposalReason;

    public void load() {
        if (standing != null) {
            return; // a postback: keep what was typed
        }
        standing = review.standing(id);
        preliminary = standing.preliminary();
        if (preliminary != null) {
            preliminary.getItems().forEach(item -> checklist.add(new CheckRow(item)));
        }
        outcomes = applications.eligibility(id);
        engagements = applications.engagements(id);
        panel = review.panel(id);
        aggregate = review.aggregate(id);
    }

    public String open() {
        return act(() -> review.openPreliminary(id), "workspace.review.application.opened", Map.of());
    }

    /** Saves the finding on every item in one go; when any is wanting, says which and records none. */
    public String check() {
        List<ReviewService.Finding> findings = checklist.stream()
                .map(row -> new ReviewService.Finding(row.getCode(), row.getFinding(), row.getNote())).toList();
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < checklist.size(); i++) {
            fields.put("items[" + i + "].finding", "checklist:items:" + i + ":finding");
            fields.put("items[" + i + "].note", "checklist:items:" + i + ":note");
        }
        String saved = act(() -> review.checkAll(id, findings), "workspace.review.application.checked", fields);
        if (saved == null) {
            Faces.error(null, "workspace.review.application.notChecked");
        }
        return saved;
    }

    public String decide() {
        return act(() -> review.decide(id, outcome, reasons), "workspace.review.application.decided",
                Map.of("outcome", "decision:outcome", "reasons", "decision:reasons"));
    }

    public String draw() {
        return act(() -> review.drawPanel(id, panelSize, excludeSameCity), "workspace.review.application.drawn",
                Map.of("size", "draw:size"));
    }

    public String decline(long assignmentId) {
        int row = panel.stream().map(Assignment::getId).toList().indexOf(assignmentId);
        return act(() -> review.decline(assignmentId, declineReasons.get(assignmentId)),
                "workspace.review.application.declined", Map.of("reason", "panel:seats:" + row + ":reason"));
    }

    public String recordInspection() {
        return act(() -> review.recordInspection(standing.inspection().getId(), inspectionResult, findingsText),
                "workspace.review.application.inspected",
                Map.of("result", "inspection:result", "findings", "inspection:findings"));
    }

    public String include() {
        return act(() -> review.propose(id, true, proposalReason), "workspace.review.application.proposed",
                Map.of("reason", "proposal:reason"));
    }

    public String exclude() {
        return act(() -> review.propose(id, false, proposalReason), "workspace.review.application.proposed",
                Map.of("reason", "proposal:reason"));
    }

    /** Does the work and comes back to this page with a message; a refusal stays, with what was typed. */
    private String act(Runnable work, String doneKey, Map<String, String> fields) {
        try {
            work.run();
            Faces.info(doneKey);
            Faces.keepMessages();
            return "/workspace/review/application.xhtml?faces-redirect=true&id=" + id;
        } catch (PortalException e) {
            Faces.show(e, fields);
            return null;
        }
    }

    public boolean isClerk() {
        return currentActor.get().is(Role.PROVINCE_CLERK);
    }

    /** The rule's outcome as it stands today, to word a checklist line; none for an indicator's line. */
    public RuleOutcome outcomeOf(CheckRow row) {
        return outcomes.stream().filter(o -> row.getCode().equals("RULE:" + o.rule().name())).findFirst().orElse(null);
    }

    /** Whether the checklist can still be changed: opened, undecided, and this is the province's clerk. */
    public boolean isChecking() {
        return preliminary != null && !preliminary.decided() && isClerk();
    }

    public PreliminaryOutcome[] getPreliminaryOutcomes() {
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

    public List<CheckRow> getChecklist() {
        return checklist;
    }

    public List<RuleOutcome> getOutcomes() {
        return outcomes;
    }

    public List<Engagement> getEngagements() {
        return engagements;
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
