package cn.gov.zj.jxt.green.interfaces.park.rest;

import cn.gov.zj.jxt.green.application.park.TransformationPlanService;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService.PlanSummary;
import cn.gov.zj.jxt.green.domain.model.park.AcceptanceResult;
import cn.gov.zj.jxt.green.interfaces.park.TransformationPlanCsv;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Negotiation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Approved circular transformation plans as open data (seed 001), no account needed:
 * {@code GET /api/transformation-plans}, each park with its region, the approval date and the expected outcomes'
 * indicators (tce, m³, t, tce and m³ per 10,000 yuan of GDP, %) and the acceptance if recorded — the province's list
 * of parks for circular transformation (§三(二)). JSON, or CSV when asked by {@code Accept: text/csv} or
 * {@code format=csv} (in the language of {@code lang} or the request).
 */
@Path("transformation-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TransformationPlanResource {

    public record ApprovedPlan(String park, String regionCode, String region, Instant approvedAt,
            Map<String, BigDecimal> outcomes, AcceptanceResult acceptance, LocalDate acceptanceDate) {

        static ApprovedPlan of(PlanSummary p) {
            return new ApprovedPlan(p.parkName(), p.region().getCode(), p.region().getFullName(), p.approvedAt(),
                    p.outcomes().asMap(), p.acceptance(), p.acceptanceDate());
        }
    }

    public record Plans(int total, List<ApprovedPlan> plans) {
    }

    @Inject
    TransformationPlanService plans;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, Negotiation.CSV})
    public Response approved(@QueryParam("format") String format, @QueryParam("lang") String lang) {
        List<PlanSummary> approved = plans.approved();
        if (Negotiation.csvWanted(format, headers, "park.format.invalid")) {
            TransformationPlanCsv csv = new TransformationPlanCsv(Negotiation.language(lang, headers));
            StreamingOutput body = out -> csv.write(approved, out);
            return Downloads.csv(body, csv.fileName());
        }
        List<ApprovedPlan> list = approved.stream().map(ApprovedPlan::of).toList();
        return Response.ok(new Plans(list.size(), list), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .build();
    }
}
