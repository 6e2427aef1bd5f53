package cn.gov.zj.jxt.green.interfaces.nomination.rest;

import static cn.gov.zj.jxt.green.interfaces.nomination.rest.RequiredInput.body;
import static cn.gov.zj.jxt.green.interfaces.nomination.rest.RequiredInput.version;

import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.nomination.BatchForm;
import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.ApplicationView;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.BatchView;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.QuotaView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The batches of the workspace API (seed 003): provincial clerks open and change them and follow each city's quota
 * and applications; an applicant starts an application in one. Every call is authorized in the services by role and
 * region.
 */
@Path("workspace")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceBatchResource {

    @Inject
    BatchService batches;

    @Inject
    ApplicationService applications;

    public record BatchRequest(Integer year, ListLevel level, String title, Set<UnitType> unitTypes,
            LocalDate submissionDeadline, LocalDate cityListDeadline, Integer reminderDays, Integer provincialCap,
            Integer nationalCap, Map<String, Integer> quotas, Long callNoticeId, Long version) {

        BatchForm form() {
            return new BatchForm(year == null ? 0 : year, level, title, unitTypes, submissionDeadline,
                    cityListDeadline, reminderDays == null ? 7 : reminderDays,
                    provincialCap == null ? Batch.DEFAULT_PROVINCIAL_CAP : provincialCap,
                    nationalCap == null ? Batch.DEFAULT_NATIONAL_CAP : nationalCap, quotas, callNoticeId);
        }
    }

    public record PageView<T>(List<T> items, long total) {
    }

    @GET
    @Path("batches")
    public List<BatchView> batches() {
        return batches.all().stream().map(BatchView::of).toList();
    }

    @POST
    @Path("batches")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(BatchRequest request) {
        return Response.status(Response.Status.CREATED).entity(BatchView.of(batches.open(body(request).form())))
                .build();
    }

    @PUT
    @Path("batches/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BatchView update(@PathParam("id") long id, BatchRequest request) {
        return BatchView.of(batches.update(id, version(body(request).version()), request.form()));
    }

    @GET
    @Path("batches/{id}")
    public BatchView batch(@PathParam("id") long id) {
        return BatchView.of(batches.get(id));
    }

    @GET
    @Path("batches/{id}/overview")
    public List<QuotaView> overview(@PathParam("id") long id) {
        return batches.quotaUse(id).stream().map(QuotaView::of).toList();
    }

    @GET
    @Path("batches/{id}/applications")
    public PageView<ApplicationView> applications(@PathParam("id") long id, @QueryParam("status") ApplicationStatus status,
            @QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        Page<Application> page = applications.search(id, status, text, new PageRequest(first, size));
        return new PageView<>(page.items().stream().map(ApplicationView::of).toList(), page.total());
    }

    @POST
    @Path("batches/{id}/applications")
    public Response start(@PathParam("id") long batchId) {
        return Response.status(Response.Status.CREATED).entity(ApplicationView.of(applications.start(batchId)))
                .build();
    }
}
