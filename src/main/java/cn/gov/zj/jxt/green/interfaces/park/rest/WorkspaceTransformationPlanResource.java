package cn.gov.zj.jxt.green.interfaces.park.rest;

import cn.gov.zj.jxt.green.application.park.TransformationPlanService;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService.PlanSummary;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService.PlanView;
import cn.gov.zj.jxt.green.domain.model.park.PlanStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Circular transformation plans in the workspace API: {@code GET /api/workspace/transformation-plans?status=} (the
 * clerk's parks' plans), {@code GET /api/workspace/transformation-plans/{id}} (one plan with its projects and
 * history) and {@code GET /api/workspace/transformation-plans/own} (the acting park's plan). The service checks who
 * may read what.
 */
@Path("workspace/transformation-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceTransformationPlanResource {

    public record Line(long id, String park, String regionCode, PlanStatus status, Instant updatedAt) {

        static Line of(PlanSummary p) {
            return new Line(p.id(), p.parkName(), p.region().getCode(), p.status(), p.updatedAt());
        }
    }

    public record Project(String name, String content, BigDecimal investment, int startYear, int endYear) {
    }

    public record Event(String kind, Instant at, String by, String comment) {
    }

    public record Plan(long id, long version, String park, String regionCode, PlanStatus status, String basics,
            String mainTasks, List<Project> projects, BigDecimal totalInvestment, Map<String, BigDecimal> outcomes,
            String measures, List<Event> history, Instant updatedAt, Instant approvedAt) {

        static Plan of(PlanView v) {
            return new Plan(v.id(), v.version(), v.parkName(), v.region().getCode(), v.status(), v.basics(),
                    v.mainTasks(), v.projects().stream().map(p -> new Project(p.getName(), p.getContent(),
                            p.getInvestment(), p.getStartYear(), p.getEndYear())).toList(),
                    v.totalInvestment(), v.outcomes().asMap(), v.measures(),
                    v.history().stream().map(e -> new Event(e.getKind().name(), e.getAt(), e.getBy(),
                            e.getComment())).toList(), v.updatedAt(), v.approvedAt());
        }
    }

    @Inject
    TransformationPlanService plans;

    @GET
    public List<Line> list(@QueryParam("status") PlanStatus status) {
        return plans.list(status).stream().map(Line::of).toList();
    }

    @GET
    @Path("own")
    public Plan own() {
        return plans.own().map(Plan::of).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id:[0-9]+}")
    public Plan get(@PathParam("id") long id) {
        return Plan.of(plans.view(id));
    }
}
