package cn.gov.zj.jxt.green.interfaces.nomination.rest;

import static cn.gov.zj.jxt.green.interfaces.nomination.rest.RequiredInput.body;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.ApplicationView;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.SubmissionView;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/**
 * The city's submission in the workspace API (seed 003 §三): its nominees within the quota, the nomination letter
 * 推荐函, the submission itself, and the province's return for correction. Every call is authorized in the services
 * by role and region.
 */
@Path("workspace")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceSubmissionResource {

    @Inject
    NominationService nominations;

    public record LetterRequest(String number) {
    }

    public record ReturnRequest(String reason, LocalDate correctionDue) {
    }

    @GET
    @Path("batches/{id}/submission")
    public SubmissionView submission(@PathParam("id") long batchId, @QueryParam("city") String city) {
        return SubmissionView.of(nominations.submission(batchId, city));
    }

    @GET
    @Path("batches/{id}/candidates")
    public List<ApplicationView> candidates(@PathParam("id") long batchId, @QueryParam("city") String city) {
        return nominations.candidates(batchId, city).stream().map(ApplicationView::of).toList();
    }

    @POST
    @Path("applications/{id}/nominate")
    public ApplicationView nominate(@PathParam("id") long id) {
        return ApplicationView.of(nominations.nominate(id));
    }

    @POST
    @Path("applications/{id}/withdraw-nomination")
    public ApplicationView withdrawNomination(@PathParam("id") long id) {
        return ApplicationView.of(nominations.withdrawNomination(id));
    }

    @POST
    @Path("batches/{id}/submission/letter")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubmissionView letter(@PathParam("id") long batchId, LetterRequest request) {
        return SubmissionView.of(nominations.issueLetter(batchId, request == null ? null : request.number()));
    }

    @POST
    @Path("batches/{id}/submission/submit")
    public SubmissionView submitSubmission(@PathParam("id") long batchId) {
        return SubmissionView.of(nominations.submit(batchId));
    }

    @POST
    @Path("batches/{id}/submission/city-list")
    public SubmissionView reportCityList(@PathParam("id") long batchId) {
        return SubmissionView.of(nominations.reportCityList(batchId));
    }

    @GET
    @Path("submissions/{id}")
    public SubmissionView submission(@PathParam("id") long id) {
        return SubmissionView.of(nominations.submission(id));
    }

    @GET
    @Path("submissions/{id}/letter.{type:pdf|docx}")
    public Response letterFile(@PathParam("id") long id, @PathParam("type") String type) {
        return Downloads.attachment(nominations.letter(id,
                "docx".equals(type) ? RenditionType.DOCX : RenditionType.PDF));
    }

    @POST
    @Path("submissions/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubmissionView returnSubmission(@PathParam("id") long id, ReturnRequest request) {
        body(request);
        return SubmissionView.of(nominations.returnForCorrection(id, request.reason(), request.correctionDue()));
    }
}
