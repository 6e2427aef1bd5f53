package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.TransformationPlanService;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService.PlanSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/**
 * circular-parks.xhtml: the province's list of parks for circular transformation (发改办环资〔2021〕1004号 §三(二):
 * 省级以上园区清单 with each park's expected outcomes) — the parks whose implementation plan the province approved,
 * by city, each with the outcomes its plan expects and its acceptance (验收) if recorded. Stateless: read by anyone;
 * the same list is open data at /api/transformation-plans (JSON, or CSV with format=csv).
 */
@Named
@RequestScoped
public class CircularParksBacking {

    @Inject
    TransformationPlanService plans;

    private List<PlanSummary> parks = List.of();

    public void load() {
        parks = plans.approved().stream()
                .sorted(Comparator.comparing((PlanSummary p) -> p.region().getCode())
                        .thenComparing(PlanSummary::parkName))
                .toList();
    }

    public List<PlanSummary> getParks() {
        return parks;
    }
}
