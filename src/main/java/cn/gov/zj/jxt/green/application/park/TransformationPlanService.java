package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.domain.model.park.AcceptanceResult;
import cn.gov.zj.jxt.green.domain.model.park.ExpectedOutcomes;
import cn.gov.zj.jxt.green.domain.model.park.PlanEvent;
import cn.gov.zj.jxt.green.domain.model.park.PlanProject;
import cn.gov.zj.jxt.green.domain.model.park.PlanStatus;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Circular transformation implementation plans (发改办环资〔2021〕1004号 §三(二)(三)), one per park: the park's
 * management body (an applicant of a park) writes and submits its own; the city and county clerks read their parks'
 * plans; the province (provincial clerks, administrators) approves or returns them with comments, and reads them all
 * as the discipline office does, and records their acceptance; anyone reads the expected outcomes of approved plans.
 * Every change is audited.
 */
public interface TransformationPlanService {

    /** A plan as its readers see it, built inside the service's transaction. */
    record PlanView(long id, long version, long organisationId, String parkName, Region region, PlanStatus status,
            String basics, String mainTasks, List<PlanProject> projects, BigDecimal totalInvestment,
            ExpectedOutcomes outcomes, String measures, List<PlanEvent> history, Instant updatedAt,
            Instant approvedAt, boolean editable, boolean awaitingDecision, AcceptanceResult acceptance,
            LocalDate acceptanceDate, String acceptanceComment, boolean acceptable) implements Serializable {
    }

    /** A line of a list of plans, with the latest acceptance (验收) if any. */
    record PlanSummary(long id, String parkName, Region region, PlanStatus status, ExpectedOutcomes outcomes,
            Instant updatedAt, Instant approvedAt, AcceptanceResult acceptance, LocalDate acceptanceDate) {
    }

    /**
     * The acting park's plan, if it has written one; refused (BusinessRuleException plan.parksOnly) for an applicant
     * that is not a park.
     */
    Optional<PlanView> own();

    /** Writes the acting park's first draft or revises its draft or returned plan (with the version read). */
    PlanView save(@NotNull @Valid TransformationPlanForm form);

    /** As {@link #save}, then submits the plan to the province, in one step. */
    PlanView submit(@NotNull @Valid TransformationPlanForm form);

    /** One plan: its park, the clerks whose region covers the park, the province. */
    PlanView view(long id);

    /** The plans of the clerk's region (the whole province for the province), in {@code status} if given. */
    List<PlanSummary> list(PlanStatus status);

    /** The province approves or returns a submitted plan; the park is told. */
    PlanView decide(@NotNull @Valid PlanDecisionForm form);

    /**
     * The province records the acceptance (验收, §三(五)) of an approved plan: passed or failed, the day, comments
     * (required when it failed). A passed acceptance ends the park's yearly progress reports.
     */
    PlanView accept(@NotNull @Valid PlanAcceptanceForm form);

    /** Approved plans with their expected outcomes, for anyone. */
    List<PlanSummary> approved();
}
