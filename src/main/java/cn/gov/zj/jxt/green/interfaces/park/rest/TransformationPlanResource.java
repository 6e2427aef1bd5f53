package cn.gov.zj.jxt.green.interfaces.park.rest;

import cn.gov.zj.jxt.green.application.park.TransformationPlanService;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService.PlanSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Approved circular transformation plans as open data (seed 001), no account needed:
 * {@code GET /api/transformation-plans}, each park with its region, the approval date and the expected outcomes'
 * indicators (tce, m³, t, tce and m³ per 10,000 yuan of GDP, %).
 */
@Path("transformation-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TransformationPlanResource {

    public record ApprovedPlan(String park, String regionCode, String region, Instant approvedAt,
            Map<String, BigDecimal> outcomes) {

        static ApprovedPlan of(PlanSummary p) {
            return new ApprovedPlan(p.parkName(), p.region().getCode(), p.region().getFullName(), p.approvedAt(),
                    p.outcomes().asMap());
        }
    }

    public record Plans(int total, List<ApprovedPlan> plans) {
    }

    @Inject
    TransformationPlanService plans;

    @GET
    public Plans approved() {
        List<ApprovedPlan> list = plans.approved().stream().map(ApprovedPlan::of).toList();
        return new Plans(list.size(), list);
    }
}
