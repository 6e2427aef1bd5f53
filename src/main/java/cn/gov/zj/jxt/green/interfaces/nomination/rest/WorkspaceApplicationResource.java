package cn.gov.zj.jxt.green.interfaces.nomination.rest;

import static cn.gov.zj.jxt.green.interfaces.nomination.rest.RequiredInput.body;
import static cn.gov.zj.jxt.green.interfaces.nomination.rest.RequiredInput.file;
import static cn.gov.zj.jxt.green.interfaces.nomination.rest.RequiredInput.version;

import cn.gov.zj.jxt.green.application.nomination.ApplicationForm;
import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.domain.model.nomination.ReviewDecision;
import cn.gov.zj.jxt.green.domain.model.nomination.Route;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.ApplicationView;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.EngagementView;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.RuleView;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Applications in the workspace API (seed 003, 004 §二): the applicant fills in, attaches the self-evaluation report
 * and submits; county and city clerks review. Every call is authorized in the services by role and region.
 */
@Path("workspace")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceApplicationResource {

    @Inject
    ApplicationService applications;

    public record VersionRequest(Long version) {
    }

    public record ApplicationRequest(Long version, String productionRegion, String industry, Route route,
            Long institutionId, BigDecimal energy, BigDecimal energyBenchmark, BigDecimal water,
            BigDecimal waterBenchmark, BigDecimal resourceUse, BigDecimal resourceUseBenchmark,
            BigDecimal renewableShare, BigDecimal renewableShareBenchmark, BigDecimal carbonIntensity,
            BigDecimal carbonIntensityBenchmark, Boolean legalBoundary, Boolean unifiedManagement,
            BigDecimal industrialShare, Boolean cultivationPlan) {

        ApplicationForm form() {
            return new ApplicationForm(productionRegion, industry, route, institutionId, energy, energyBenchmark,
                    water, waterBenchmark, resourceUse, resourceUseBenchmark, renewableShare, renewableShareBenchmark,
                    carbonIntensity, carbonIntensityBenchmark, legalBoundary, unifiedManagement, industrialShare,
                    cultivationPlan);
        }
    }

    public record ReviewRequest(Long version, ReviewDecision decision, String comment) {
    }

    public record InstitutionView(long id, String name, String creditCode, String legalRepresentative) {
    }

    @GET
    @Path("applications")
    public List<ApplicationView> mine() {
        return applications.mine().stream().map(ApplicationView::of).toList();
    }

    @GET
    @Path("institutions")
    public List<InstitutionView> institutions() {
        return applications.institutions().stream().map(o -> new InstitutionView(o.getId(), o.getName(),
                o.getCreditCode(), o.getLegalRepresentative())).toList();
    }

    @GET
    @Path("applications/{id}")
    public ApplicationView application(@PathParam("id") long id) {
        return ApplicationView.of(applications.get(id));
    }

    @PUT
    @Path("applications/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationView update(@PathParam("id") long id, ApplicationRequest request) {
        return ApplicationView.of(applications.update(id, version(body(request).version()), request.form()));
    }

    @POST
    @Path("applications/{id}/report")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ApplicationView report(@PathParam("id") long id, @FormParam("file") EntityPart file) throws IOException {
        try (InputStream in = file(file).getContent()) {
            return ApplicationView.of(applications.attachReport(id, file.getFileName().orElse(null), in));
        }
    }

    @GET
    @Path("applications/{id}/report")
    public Response downloadReport(@PathParam("id") long id) {
        return Downloads.attachment(applications.report(id));
    }

    @POST
    @Path("applications/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationView submit(@PathParam("id") long id, VersionRequest request) {
        return ApplicationView.of(applications.submit(id, version(body(request).version())));
    }

    @POST
    @Path("applications/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationView review(@PathParam("id") long id, ReviewRequest request) {
        body(request);
        if (request.decision() == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("decision",
                    "application.review.decisionRequired")));
        }
        return ApplicationView.of(applications.review(id, version(request.version()), request.decision(),
                request.comment()));
    }

    @GET
    @Path("applications/{id}/eligibility")
    public List<RuleView> eligibility(@PathParam("id") long id) {
        return applications.eligibility(id).stream().map(RuleView::of).toList();
    }

    @GET
    @Path("applications/{id}/engagements")
    public List<EngagementView> applicationEngagements(@PathParam("id") long id) {
        return applications.engagements(id).stream().map(EngagementView::of).toList();
    }
}
