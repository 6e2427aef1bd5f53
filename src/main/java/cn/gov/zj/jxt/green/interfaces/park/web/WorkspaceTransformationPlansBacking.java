package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.TransformationPlanService;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService.PlanSummary;
import cn.gov.zj.jxt.green.domain.model.park.PlanStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * workspace/transformation-plans/index.xhtml: the circular transformation plans of the clerk's parks (the whole
 * province for the province), those awaiting the province's decision first when filtered by status.
 */
@Named
@RequestScoped
public class WorkspaceTransformationPlansBacking {

    @Inject
    TransformationPlanService plans;

    private PlanStatus status;
    private List<PlanSummary> list = List.of();

    public void load() {
        list = plans.list(status);
    }

    public List<PlanStatus> getStatuses() {
        return List.of(PlanStatus.values());
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public List<PlanSummary> getList() {
        return list;
    }
}
