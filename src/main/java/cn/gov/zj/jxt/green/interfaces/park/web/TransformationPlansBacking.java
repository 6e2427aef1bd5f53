package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.TransformationPlanService;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService.PlanSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * transformation-plans.xhtml: the parks whose circular transformation plans the province approved (seed 001), each
 * with its expected outcomes. Stateless: read by anyone.
 */
@Named
@RequestScoped
public class TransformationPlansBacking {

    @Inject
    TransformationPlanService plans;

    private List<PlanSummary> approved = List.of();

    public void load() {
        approved = plans.approved();
    }

    public List<PlanSummary> getApproved() {
        return approved;
    }
}
