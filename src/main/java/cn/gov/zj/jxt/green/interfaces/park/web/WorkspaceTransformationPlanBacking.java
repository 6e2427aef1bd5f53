package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.PlanAcceptanceForm;
import cn.gov.zj.jxt.green.application.park.PlanDecisionForm;
import cn.gov.zj.jxt.green.application.park.ProgressReportService;
import cn.gov.zj.jxt.green.application.park.ProgressReportService.ProgressView;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService.PlanView;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.park.AcceptanceResult;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * workspace/transformation-plans/view.xhtml: one park's circular transformation plan, for the clerks whose region
 * covers the park and the province; the province approves a submitted plan or returns it with its comments, and
 * records the acceptance (验收) of an approved one. The park's yearly progress reports are shown below the plan.
 */
@Named
@ViewScoped
public class WorkspaceTransformationPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("comment", "decision:comment",
            "decision", "decision:comment");
    private static final Map<String, String> ACCEPTANCE_FIELDS = Map.of("comment", "acceptance:comment",
            "date", "acceptance:date", "result", "acceptance:comment");

    @Inject
    TransformationPlanService plans;

    @Inject
    CurrentActor currentActor;

    @Inject
    ProgressReportService progress;

    private Long id;
    private PlanView plan;
    private List<ProgressView> reports = List.of();
    private String comment;
    private LocalDate acceptanceDate;
    private String acceptanceComment;

    public void load() {
        if (plan != null) {
            return;
        }
        if (id == null) {
            Faces.notFound();
            return;
        }
        plan = plans.view(id);
        reports = progress.ofPlan(id);
    }

    public String acceptPassed() {
        return accept(AcceptanceResult.PASSED);
    }

    public String acceptFailed() {
        return accept(AcceptanceResult.FAILED);
    }

    private String accept(AcceptanceResult result) {
        try {
            PlanView accepted = plans.accept(new PlanAcceptanceForm(plan.id(), result, acceptanceDate,
                    acceptanceComment, plan.version()));
            Faces.info("workspace.plans.acceptance.recorded", accepted.parkName());
            Faces.keepMessages();
            return "/workspace/transformation-plans/view.xhtml?faces-redirect=true&id=" + accepted.id();
        } catch (PortalException e) {
            Faces.show(e, ACCEPTANCE_FIELDS);
            return null;
        }
    }

    /** Whether the acceptance form is shown: the province, on an approved plan not yet accepted. */
    public boolean isAcceptable() {
        return plan != null && plan.acceptable() && currentActor.get().is(Role.PROVINCE_CLERK, Role.ADMIN);
    }

    public List<ProgressView> getReports() {
        return reports;
    }

    public LocalDate getAcceptanceDate() {
        return acceptanceDate;
    }

    public void setAcceptanceDate(LocalDate acceptanceDate) {
        this.acceptanceDate = acceptanceDate;
    }

    public String getAcceptanceComment() {
        return acceptanceComment;
    }

    public void setAcceptanceComment(String acceptanceComment) {
        this.acceptanceComment = acceptanceComment;
    }

    public String approve() {
        return decide(PlanDecisionForm.Decision.APPROVE, "workspace.plans.approved");
    }

    public String returnPlan() {
        return decide(PlanDecisionForm.Decision.RETURN, "workspace.plans.returned");
    }

    private String decide(PlanDecisionForm.Decision decision, String done) {
        try {
            PlanView decided = plans.decide(new PlanDecisionForm(plan.id(), decision, comment, plan.version()));
            Faces.info(done, decided.parkName());
            Faces.keepMessages();
            return "/workspace/transformation-plans/view.xhtml?faces-redirect=true&id=" + decided.id();
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            return null;
        }
    }

    /** Whether the decision form is shown: the province, on a plan awaiting its decision. */
    public boolean isDecidable() {
        return plan != null && plan.awaitingDecision() && currentActor.get().is(Role.PROVINCE_CLERK, Role.ADMIN);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanView getPlan() {
        return plan;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
