package cn.gov.zj.jxt.green.interfaces.publicity.rest;

import cn.gov.zj.jxt.green.application.publicity.PublicityForm;
import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.interfaces.publicity.rest.PublicityViews.ObjectionView;
import cn.gov.zj.jxt.green.interfaces.publicity.rest.PublicityViews.PublicityView;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.validation.constraints.NotNull;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PublicAddress;

/** The provincial clerk's side of the publicity; the service checks the role on every call. */
@Path("workspace/publicity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkspacePublicityResource {

    public record PeriodRequest(LocalDate lastDay, String reason) {
    }

    public record DecisionRequest(Boolean upheld, String verification, String reasons) {
    }

    public record PublicationRequest(LocalDate effectiveDate) {
    }

    @Inject
    PublicityService publicity;

    @Inject
    PublicAddress address;

    @POST
    @Path("batches/{batchId}")
    public Response publish(@PathParam("batchId") long batchId, @NotNull(message = "{request.bodyRequired}") PublicityForm form) {
        return Response.status(Response.Status.CREATED).entity(view(publicity.publish(batchId, form).getId()))
                .build();
    }

    @POST
    @Path("{id}/extension")
    public PublicityView extend(@PathParam("id") long id, PeriodRequest request) {
        PeriodRequest r = request == null ? new PeriodRequest(null, null) : request;
        publicity.extend(id, r.lastDay(), r.reason());
        return view(id);
    }

    @POST
    @Path("{id}/suspension")
    public PublicityView suspend(@PathParam("id") long id, PeriodRequest request) {
        publicity.suspend(id, request == null ? null : request.reason());
        return view(id);
    }

    @POST
    @Path("{id}/resumption")
    public PublicityView resume(@PathParam("id") long id, PeriodRequest request) {
        PeriodRequest r = request == null ? new PeriodRequest(null, null) : request;
        publicity.resume(id, r.lastDay(), r.reason());
        return view(id);
    }

    @POST
    @Path("{id}/conclusion")
    public PublicityView conclude(@PathParam("id") long id) {
        publicity.conclude(id);
        return view(id);
    }

    @POST
    @Path("{id}/publication")
    public PublicityView publishJointly(@PathParam("id") long id, PublicationRequest request) {
        publicity.publishJointly(id, request == null ? null : request.effectiveDate());
        return view(id);
    }

    @GET
    @Path("{id}/objections")
    public List<ObjectionView> objections(@PathParam("id") long id) {
        return publicity.objections(id).stream().map(ObjectionView::of).toList();
    }

    @POST
    @Path("objections/{id}/decision")
    public ObjectionView decide(@PathParam("id") long id, DecisionRequest request) {
        DecisionRequest r = request == null ? new DecisionRequest(null, null, null) : request;
        if (r.upheld() == null) {
            throw InputValidation.violation("upheld", "objection.upheld.required");
        }
        return ObjectionView.of(publicity.decide(id, r.upheld(), r.verification(), r.reasons()));
    }

    @GET
    @Path("objections/{id}/evidence/{position}")
    @Produces({MediaType.WILDCARD})
    public Response evidence(@PathParam("id") long id, @PathParam("position") int position) {
        return Downloads.attachment(publicity.evidence(id, position));
    }

    private PublicityView view(long id) {
        return PublicityView.of(publicity.get(id), address.api().path("publicity").build() + "/");
    }
}
