package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.UniqueConstraint;
import cn.gov.zj.jxt.green.application.shared.Versions;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.park.AcceptanceResult;
import cn.gov.zj.jxt.green.domain.model.park.ExpectedOutcomes;
import cn.gov.zj.jxt.green.domain.model.park.PlanContent;
import cn.gov.zj.jxt.green.domain.model.park.PlanProject;
import cn.gov.zj.jxt.green.domain.model.park.PlanStatus;
import cn.gov.zj.jxt.green.domain.model.park.TransformationPlan;
import cn.gov.zj.jxt.green.domain.model.park.TransformationPlanRepository;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultTransformationPlanService implements TransformationPlanService {

    static final String TYPE = "TransformationPlan";

    @Inject
    TransformationPlanRepository plans;

    @Inject
    OrganisationRepository organisations;

    @Inject
    InputValidation validation;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Inject
    TransformationPlanNotifications notifications;

    @Inject
    ProgressPeriods periods;

    @Override
    public Optional<PlanView> own() {
        Actor actor = currentActor.get();
        Organisation park = park(actor, "plan.own");
        return plans.findByOrganisation(park.getId()).map(DefaultTransformationPlanService::view);
    }

    @Override
    public PlanView save(TransformationPlanForm form) {
        return view(write(form));
    }

    @Override
    public PlanView submit(TransformationPlanForm form) {
        TransformationPlan plan = write(form);
        if (!plan.isSubmittable()) {
            throw new BusinessRuleException("plan.notSubmittable");
        }
        Map<String, Object> before = plan.auditState();
        plan.submit(clock.now(), currentActor.get().name());
        audit.changed("plan.submit", plan, before);
        return view(plan);
    }

    @Override
    public PlanView view(long id) {
        Actor actor = currentActor.get();
        TransformationPlan plan = plans.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
        if (actor.is(Role.APPLICANT)) {
            if (!plan.getOrganisation().getId().equals(actor.organisationId())) {
                access.deny(actor, "plan.view", TYPE, id);
            }
        } else {
            access.requireRole(actor, "plan.view", Role.COUNTY_CLERK, Role.CITY_CLERK, Role.PROVINCE_CLERK,
                    Role.SUPERVISOR, Role.ADMIN);
            access.requireRegion(actor, "plan.view", plan.getOrganisation().getRegion(), TYPE, id);
        }
        return view(plan);
    }

    @Override
    public List<PlanSummary> list(PlanStatus status) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "plan.list", Role.COUNTY_CLERK, Role.CITY_CLERK, Role.PROVINCE_CLERK,
                Role.SUPERVISOR, Role.ADMIN);
        return plans.list(actor.scope().restriction(), status).stream().map(DefaultTransformationPlanService::summary)
                .toList();
    }

    @Override
    public PlanView decide(PlanDecisionForm form) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "plan.decide", Role.PROVINCE_CLERK, Role.ADMIN);
        List<InvalidInputException.Violation> more = new ArrayList<>();
        if (form.decision() == PlanDecisionForm.Decision.RETURN
                && InputValidation.blankToNull(form.comment()) == null) {
            more.add(new InvalidInputException.Violation("comment", "plan.comment.required"));
        }
        validation.require(form, more);
        TransformationPlan plan = plans.find(form.planId())
                .orElseThrow(() -> new RecordNotFoundException(TYPE, form.planId()));
        String park = plan.getOrganisation().getName();
        Versions.require(plan.getVersion(), form.version(), park);
        if (!plan.isAwaitingDecision()) {
            throw new BusinessRuleException("plan.notAwaitingDecision", park);
        }
        Map<String, Object> before = plan.auditState();
        if (form.decision() == PlanDecisionForm.Decision.APPROVE) {
            plan.approve(clock.now(), actor.name(), form.comment());
            audit.changed("plan.approve", plan, before);
            // Progress is reported from the year of approval on (from 2022, §三(三)).
            periods.open(plan, clock.today().getYear());
        } else {
            plan.returnWithComments(clock.now(), actor.name(), form.comment());
            audit.changed("plan.return", plan, before);
        }
        notifications.decided(plan, form.comment());
        return view(plan);
    }

    @Override
    public PlanView accept(PlanAcceptanceForm form) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "plan.accept", Role.PROVINCE_CLERK, Role.ADMIN);
        List<InvalidInputException.Violation> more = new ArrayList<>();
        if (form.result() == AcceptanceResult.FAILED && InputValidation.blankToNull(form.comment()) == null) {
            more.add(new InvalidInputException.Violation("comment", "acceptance.comment.required"));
        }
        validation.require(form, more);
        TransformationPlan plan = plans.find(form.planId())
                .orElseThrow(() -> new RecordNotFoundException(TYPE, form.planId()));
        String park = plan.getOrganisation().getName();
        Versions.require(plan.getVersion(), form.version(), park);
        if (!plan.isAcceptable()) {
            throw new BusinessRuleException("acceptance.notAcceptable", park);
        }
        if (form.date().isBefore(OfficialDay.of(plan.getApprovedAt())) || form.date().isAfter(clock.today())) {
            throw InputValidation.violation("date", "acceptance.date.range");
        }
        Map<String, Object> before = plan.auditState();
        plan.recordAcceptance(form.result(), form.date(), form.comment(), clock.now(), actor.name());
        audit.changed(form.result() == AcceptanceResult.PASSED ? "plan.accept" : "plan.acceptFail", plan, before);
        return view(plan);
    }

    @Override
    public List<PlanSummary> approved() {
        return plans.list(null, PlanStatus.APPROVED).stream().map(DefaultTransformationPlanService::summary)
                .toList();
    }

    /** Creates the acting park's plan or revises it, after every check; audited. */
    private TransformationPlan write(TransformationPlanForm form) {
        Actor actor = currentActor.get();
        Organisation park = park(actor, "plan.save");
        validation.require(form, scheduleViolations(form));
        PlanContent content = content(form);
        Optional<TransformationPlan> existing = plans.findByOrganisation(park.getId());
        if (existing.isPresent()) {
            TransformationPlan plan = existing.get();
            if (form.version() == null) {
                throw new BusinessRuleException("plan.exists", park.getName());
            }
            Versions.require(plan.getVersion(), form.version(), park.getName());
            if (!plan.isEditable()) {
                throw new BusinessRuleException("plan.notEditable", park.getName());
            }
            Map<String, Object> before = plan.auditState();
            plan.revise(content, clock.now(), actor.name());
            audit.changed("plan.revise", plan, before);
            return plan;
        }
        TransformationPlan plan = new TransformationPlan(park, content, clock.now(), actor.name());
        plans.add(plan);
        // One plan per park: a second one written at the same moment is stopped by the unique constraint.
        UniqueConstraint.flush(plans::flush, () -> new BusinessRuleException("plan.exists", park.getName()));
        audit.changed("plan.file", plan, null);
        return plan;
    }

    /** The acting applicant's organisation, which must be a park: only a park's management body files a plan. */
    private Organisation park(Actor actor, String action) {
        access.requireRole(actor, action, Role.APPLICANT);
        if (actor.organisationId() == null) {
            access.deny(actor, action, null, null);
        }
        Organisation organisation = organisations.find(actor.organisationId())
                .orElseThrow(() -> new RecordNotFoundException("Organisation", actor.organisationId()));
        if (organisation.getType() != OrganisationType.PARK) {
            throw new BusinessRuleException("plan.parksOnly");
        }
        return organisation;
    }

    /** A project ends no earlier than it starts: a rule on two fields that no annotation states. */
    private static List<InvalidInputException.Violation> scheduleViolations(TransformationPlanForm form) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (form.projects() == null) {
            return violations;
        }
        for (int i = 0; i < form.projects().size(); i++) {
            TransformationPlanForm.Project p = form.projects().get(i);
            if (p != null && p.startYear() != null && p.endYear() != null && p.startYear() > p.endYear()) {
                violations.add(new InvalidInputException.Violation("projects[" + i + "].endYear",
                        "plan.project.schedule"));
            }
        }
        return violations;
    }

    private static PlanContent content(TransformationPlanForm form) {
        List<PlanProject> projects = form.projects().stream().map(p -> new PlanProject(p.name().strip(),
                p.content().strip(), p.investment(), p.startYear(), p.endYear())).toList();
        ExpectedOutcomes outcomes = new ExpectedOutcomes(form.energySaved(), form.waterSaved(), form.co2Reduced(),
                form.solidWasteReduced(), form.wastewaterReduced(), form.airPollutantsReduced(), form.energyPerGdp(),
                form.waterPerGdp(), form.solidWasteUtilisation());
        return new PlanContent(form.basics(), form.mainTasks(), projects, outcomes, form.measures());
    }

    private static PlanView view(TransformationPlan plan) {
        Organisation park = plan.getOrganisation();
        return new PlanView(plan.getId(), plan.getVersion(), park.getId(), park.getName(), park.getRegion(),
                plan.getStatus(), plan.getBasics(), plan.getMainTasks(), List.copyOf(plan.getProjects()),
                plan.totalInvestment(), plan.getOutcomes(), plan.getMeasures(), List.copyOf(plan.getHistory()),
                plan.getUpdatedAt(), plan.getApprovedAt(), plan.isEditable(), plan.isAwaitingDecision(),
                plan.getAcceptanceResult(), plan.getAcceptanceDate(), plan.getAcceptanceComment(), plan.isAcceptable());
    }

    private static PlanSummary summary(TransformationPlan plan) {
        Organisation park = plan.getOrganisation();
        return new PlanSummary(plan.getId(), park.getName(), park.getRegion(), plan.getStatus(), plan.getOutcomes(),
                plan.getUpdatedAt(), plan.getApprovedAt(), plan.getAcceptanceResult(), plan.getAcceptanceDate());
    }
}
