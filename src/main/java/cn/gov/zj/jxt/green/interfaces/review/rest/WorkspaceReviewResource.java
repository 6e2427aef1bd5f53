package cn.gov.zj.jxt.green.interfaces.review.rest;

import cn.gov.zj.jxt.green.application.review.ExpertForm;
import cn.gov.zj.jxt.green.application.review.ReviewService.ApplicationSummary;
import cn.gov.zj.jxt.green.application.review.ReviewService.StandingView;
import cn.gov.zj.jxt.green.application.review.ReviewService;
import cn.gov.zj.jxt.green.application.review.ScoreForm;
import cn.gov.zj.jxt.green.application.review.ScoringService;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.CheckFinding;
import cn.gov.zj.jxt.green.domain.model.review.InspectionResult;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryOutcome;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.RuleView;
import cn.gov.zj.jxt.green.interfaces.review.rest.ReviewViews.AssignmentView;
import cn.gov.zj.jxt.green.interfaces.review.rest.ReviewViews.DrawView;
import cn.gov.zj.jxt.green.interfaces.review.rest.ReviewViews.ExpertAssignmentView;
import cn.gov.zj.jxt.green.interfaces.review.rest.ReviewViews.ExpertView;
import cn.gov.zj.jxt.green.interfaces.review.rest.ReviewViews.InspectionView;
import cn.gov.zj.jxt.green.interfaces.review.rest.ReviewViews.PreliminaryView;
import cn.gov.zj.jxt.green.interfaces.review.rest.ReviewViews.ProposalView;
import cn.gov.zj.jxt.green.interfaces.review.rest.ReviewViews.ReadingView;
import cn.gov.zj.jxt.green.interfaces.review.rest.ReviewViews.ScoreView;
import cn.gov.zj.jxt.green.interfaces.review.rest.ReviewViews.VerificationView;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.validation.constraints.NotNull;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The provincial review (004 §(十五)) over the API. The services decide who may do what: the provincial clerk
 * writes, the discipline office and administrators read, an expert reaches only his own assignments.
 */
@Path("workspace/review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkspaceReviewResource {

    public record CheckRequest(CheckFinding finding, String note) {
    }

    public record DecisionRequest(PreliminaryOutcome outcome, String reasons) {
    }

    public record DrawRequest(Integer size, Boolean excludeSameCity) {
    }

    public record ReasonRequest(String reason) {
    }

    public record SampleRequest(Integer count, Integer sharePercent) {
    }

    public record ResultRequest(InspectionResult result, String findings) {
    }

    public record ProposalRequest(Boolean include, String reason) {
    }

    public record ExpertRequest(ExpertForm expert, Long version) {
    }

    public record Aggregate(long applicationId, int panelSize, int scoresIn, java.math.BigDecimal mean,
            List<ReviewService.ExpertTotal> totals) {
    }

    @Inject
    ReviewService review;

    @Inject
    ScoringService scoring;

    // ---- the clerk's and the supervisor's side ----

    @GET
    @Path("batches/{batchId}/subjects")
    public List<StandingView> subjects(@PathParam("batchId") long batchId) {
        return review.subjectViews(batchId);
    }

    @GET
    @Path("applications/{id}/preliminary")
    public PreliminaryView preliminary(@PathParam("id") long id) {
        return PreliminaryView.of(review.preliminary(id));
    }

    @POST
    @Path("applications/{id}/preliminary")
    public PreliminaryView openPreliminary(@PathParam("id") long id) {
        return PreliminaryView.of(review.openPreliminary(id));
    }

    @PUT
    @Path("applications/{id}/preliminary/items/{code}")
    public PreliminaryView check(@PathParam("id") long id, @PathParam("code") String code, CheckRequest request) {
        CheckRequest r = require(request);
        return PreliminaryView.of(review.check(id, code, r.finding(), r.note()));
    }

    @POST
    @Path("applications/{id}/preliminary/decision")
    public PreliminaryView decide(@PathParam("id") long id, DecisionRequest request) {
        DecisionRequest r = require(request);
        return PreliminaryView.of(review.decide(id, r.outcome(), r.reasons()));
    }

    @GET
    @Path("experts")
    public List<ExpertView> experts() {
        return review.experts().stream().map(ExpertView::of).toList();
    }

    @POST
    @Path("experts")
    public Response addExpert(@NotNull(message = "{request.bodyRequired}") ExpertForm form) {
        return Response.status(Response.Status.CREATED).entity(ExpertView.of(review.addExpert(form))).build();
    }

    @PUT
    @Path("experts/{id}")
    public ExpertView changeExpert(@PathParam("id") long id, ExpertRequest request) {
        ExpertRequest r = require(request);
        if (r.version() == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("version",
                    "request.versionRequired")));
        }
        return ExpertView.of(review.changeExpert(id, r.version(), r.expert()));
    }

    @POST
    @Path("applications/{id}/draws")
    public Response drawPanel(@PathParam("id") long id, DrawRequest request) {
        DrawRequest r = request == null ? new DrawRequest(null, null) : request;
        DrawView draw = DrawView.of(review.drawPanel(id, r.size(),
                r.excludeSameCity() == null || r.excludeSameCity()));
        return Response.status(Response.Status.CREATED).entity(draw).build();
    }

    @GET
    @Path("applications/{id}/panel")
    public List<AssignmentView> panel(@PathParam("id") long id) {
        return review.panel(id).stream().map(AssignmentView::of).toList();
    }

    @GET
    @Path("applications/{id}/scores")
    public Aggregate scores(@PathParam("id") long id) {
        ReviewService.Aggregate a = review.aggregate(id);
        return new Aggregate(a.applicationId(), a.panelSize(), a.scoresIn(), a.mean(), a.totals());
    }

    /** The expert himself or the clerk; the answer is the replacement draw. */
    @POST
    @Path("assignments/{id}/decline")
    public DrawView decline(@PathParam("id") long id, ReasonRequest request) {
        return DrawView.of(review.decline(id, require(request).reason()));
    }

    @GET
    @Path("draws")
    public List<DrawView> draws() {
        return review.draws().stream().map(DrawView::of).toList();
    }

    @GET
    @Path("draws/{id}")
    public DrawView draw(@PathParam("id") long id) {
        return DrawView.of(review.draw(id));
    }

    @GET
    @Path("draws/{id}/verification")
    public VerificationView verify(@PathParam("id") long id) {
        return VerificationView.of(review.verify(id));
    }

    @POST
    @Path("batches/{batchId}/inspections")
    public Response sample(@PathParam("batchId") long batchId, SampleRequest request) {
        SampleRequest r = require(request);
        return Response.status(Response.Status.CREATED)
                .entity(DrawView.of(review.drawInspections(batchId, r.count(), r.sharePercent()))).build();
    }

    @GET
    @Path("batches/{batchId}/inspections")
    public List<InspectionView> inspections(@PathParam("batchId") long batchId) {
        return review.inspections(batchId).stream().map(InspectionView::of).toList();
    }

    @POST
    @Path("inspections/{id}/result")
    public InspectionView recordInspection(@PathParam("id") long id, ResultRequest request) {
        ResultRequest r = require(request);
        return InspectionView.of(review.recordInspection(id, r.result(), r.findings()));
    }

    @POST
    @Path("applications/{id}/proposal")
    public ProposalView propose(@PathParam("id") long id, ProposalRequest request) {
        ProposalRequest r = require(request);
        if (r.include() == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("include",
                    "review.proposal.include.required")));
        }
        return ProposalView.of(review.propose(id, r.include(), r.reason()));
    }

    /** The proposed list 拟入选名单 of the batch, which publicity reads. */
    @GET
    @Path("batches/{batchId}/proposed")
    public List<ProposalView> proposed(@PathParam("batchId") long batchId) {
        return review.proposedList(batchId).stream().map(ProposalView::of).toList();
    }

    // ---- the expert's side ----

    @GET
    @Path("assignments")
    public List<ExpertAssignmentView> myAssignments() {
        return scoring.myAssignments().stream().map(this::expertView).toList();
    }

    @GET
    @Path("assignments/{id}")
    public ExpertAssignmentView assignment(@PathParam("id") long id) {
        return expertView(scoring.assignment(id));
    }

    private ExpertAssignmentView expertView(Assignment a) {
        return new ExpertAssignmentView(a.getId(), ApplicationSummary.of(a.getApplication()),
                a.getApplication().getIndicators().readings().stream().map(ReadingView::of).toList(),
                a.getApplication().getReportName(), scoring.myScore(a.getId()).isPresent());
    }

    @GET
    @Path("assignments/{id}/eligibility")
    public List<RuleView> eligibility(@PathParam("id") long id) {
        return scoring.eligibility(id).stream().map(RuleView::of).toList();
    }

    @GET
    @Path("assignments/{id}/report")
    @Produces("application/pdf")
    public Response report(@PathParam("id") long id) {
        return Downloads.attachment(scoring.report(id));
    }

    @GET
    @Path("assignments/{id}/score")
    public ScoreView myScore(@PathParam("id") long id) {
        return scoring.myScore(id).map(ScoreView::of).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("assignments/{id}/score")
    public ScoreView score(@PathParam("id") long id, @NotNull(message = "{request.bodyRequired}") ScoreForm form) {
        return ScoreView.of(scoring.score(id, form));
    }

    private static <T> T require(T request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("body",
                    "request.bodyRequired")));
        }
        return request;
    }
}
