package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.ProgressReportService;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService;
import cn.gov.zj.jxt.green.domain.model.park.ProgressTotals;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService.PlanSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * transformation-plans.xhtml: the parks whose circular transformation plans the province approved (seed 001), each
 * with its expected outcomes, and the province's yearly progress sums. Stateless: read by anyone.
 */
@Named
@RequestScoped
public class TransformationPlansBacking {

    @Inject
    TransformationPlanService plans;

    @Inject
    ProgressReportService progress;

    private List<PlanSummary> approved = List.of();
    private List<ProgressTotals> totals = List.of();

    public void load() {
        approved = plans.approved();
        totals = progress.provinceTotals();
    }

    /** The province's yearly progress sums, newest year first. */
    public List<ProgressTotals> getTotals() {
        return totals;
    }

    public List<PlanSummary> getApproved() {
        return approved;
    }
}
