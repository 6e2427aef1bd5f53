package cn.gov.zj.jxt.green.interfaces.nomination.rest;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.nomination.ApplicationForm;
import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.nomination.BatchForm;
import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.nomination.EngagementService;
import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.ReviewDecision;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.ApplicationView;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.BatchView;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.EngagementView;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.QuotaView;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.RuleView;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.SubmissionView;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nomination cycle's workspace API (seed 003, 004 §二–§三), the same operations as the pages. Every call is
 * authorized in the services by role and region.
 */
@Path("workspace")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceNominationResource {

    @Inject
    BatchService batches;

    @Inject
    ApplicationService applications;

    @Inject
    EngagementService engagements;

    @Inject
    NominationService nominations;

    public record BatchRequest(Integer year, ListLevel level, String title, Set<UnitType> unitTypes,
            LocalDate submissionDeadline, LocalDate cityListDeadline, Integer reminderDays, Integer provincialCap,
            Integer nationalCap, Map<String, Integer> quotas, Long callNoticeId, Long version) {

        BatchForm form() {
            return new BatchForm(year == null ? 0 : year, level, title, unitTypes, submissionDeadline,
                    cityListDeadline, reminderDays == null ? 7 : reminderDays,
                    provincialCap == null ? cn.gov.zj.jxt.green.domain.model.nomination.Batch.DEFAULT_PROVINCIAL_CAP
                            : provincialCap,
                    nationalCap == null ? cn.gov.zj.jxt.green.domain.model.nomination.Batch.DEFAULT_NATIONAL_CAP
                            : nationalCap, quotas, callNoticeId);
        }
    }

    public record VersionRequest(Long version) {
    }

    public record ApplicationRequest(Long version, String productionRegion, String industry,
            cn.gov.zj.jxt.green.domain.model.nomination.Route route, Long institutionId,
            java.math.BigDecimal energy, java.math.BigDecimal energyBenchmark, java.math.BigDecimal water,
            java.math.BigDecimal waterBenchmark, java.math.BigDecimal resourceUse,
            java.math.BigDecimal resourceUseBenchmark, java.math.BigDecimal renewableShare,
            java.math.BigDecimal renewableShareBenchmark, java.math.BigDecimal carbonIntensity,
            java.math.BigDecimal carbonIntensityBenchmark, Boolean legalBoundary, Boolean unifiedManagement,
            java.math.BigDecimal industrialShare, Boolean cultivationPlan) {

        ApplicationForm form() {
            return new ApplicationForm(productionRegion, industry, route, institutionId, energy, energyBenchmark,
                    water, waterBenchmark, resourceUse, resourceUseBenchmark, renewableShare, renewableShareBenchmark,
                    carbonIntensity, carbonIntensityBenchmark, legalBoundary, unifiedManagement, industrialShare,
                    cultivationPlan);
        }
    }

    public record ReviewRequest(Long version, ReviewDecision decision, String comment) {
    }

    public record LetterRequest(String number) {
    }

    public record ReturnRequest(String reason, LocalDate correctionDue) {
    }

    public record PoolRequest(Long organisationId, String plan) {
    }

    public record ListingRequest(Long organisationId, Integer year, String basis) {
    }

    public record PageView<T>(List<T> items, long total) {
    }

    // ---- batches (provincial clerks) ----

    @GET
    @Path("batches")
    public List<BatchView> batches() {
        return batches.all().stream().map(BatchView::of).toList();
    }

    @POST
    @Path("batches")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(BatchRequest request) {
        return Response.status(Response.Status.CREATED).entity(BatchView.of(batches.open(required(request).form())))
                .build();
    }

    @PUT
    @Path("batches/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BatchView update(@PathParam("id") long id, BatchRequest request) {
        return BatchView.of(batches.update(id, version(required(request).version()), request.form()));
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
        Page<cn.gov.zj.jxt.green.domain.model.nomination.Application> page =
                applications.search(id, status, text, new PageRequest(first, size));
        return new PageView<>(page.items().stream().map(ApplicationView::of).toList(), page.total());
    }

    // ---- applications (applicants, county and city clerks) ----

    @GET
    @Path("applications")
    public List<ApplicationView> mine() {
        return applications.mine().stream().map(ApplicationView::of).toList();
    }

    @POST
    @Path("batches/{id}/applications")
    public Response start(@PathParam("id") long batchId) {
        return Response.status(Response.Status.CREATED).entity(ApplicationView.of(applications.start(batchId)))
                .build();
    }

    public record InstitutionView(long id, String name, String creditCode, String legalRepresentative) {
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
        return ApplicationView.of(applications.update(id, version(required(request).version()), request.form()));
    }

    @POST
    @Path("applications/{id}/report")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ApplicationView report(@PathParam("id") long id, @FormParam("file") EntityPart file) throws IOException {
        try (InputStream in = requiredFile(file).getContent()) {
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
        return ApplicationView.of(applications.submit(id, version(required(request).version())));
    }

    @POST
    @Path("applications/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationView review(@PathParam("id") long id, ReviewRequest request) {
        required(request);
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

    // ---- engagements (third-party institutions) ----

    @GET
    @Path("engagements")
    public List<EngagementView> engagements() {
        return engagements.mine().stream().map(EngagementView::of).toList();
    }

    @GET
    @Path("engagements/{id}")
    public EngagementView engagement(@PathParam("id") long id) {
        return EngagementView.of(engagements.get(id));
    }

    @POST
    @Path("engagements/{id}/accept")
    public EngagementView accept(@PathParam("id") long id) {
        return EngagementView.of(engagements.accept(id));
    }

    @POST
    @Path("engagements/{id}/decline")
    public EngagementView decline(@PathParam("id") long id) {
        return EngagementView.of(engagements.decline(id));
    }

    @GET
    @Path("engagements/{id}/caps")
    public EngagementService.CapUse caps(@PathParam("id") long id) {
        return engagements.capUse(id);
    }

    @GET
    @Path("engagements/{id}/undertaking.{type:pdf|docx}")
    public Response undertaking(@PathParam("id") long id, @PathParam("type") String type) {
        return Downloads.attachment(engagements.undertaking(id, rendition(type)));
    }

    @POST
    @Path("engagements/{id}/signed")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public EngagementView uploadSigned(@PathParam("id") long id, @FormParam("file") EntityPart file)
            throws IOException {
        try (InputStream in = requiredFile(file).getContent()) {
            return EngagementView.of(engagements.uploadSigned(id, file.getFileName().orElse(null), in));
        }
    }

    @GET
    @Path("engagements/{id}/signed")
    public Response signed(@PathParam("id") long id) {
        return Downloads.attachment(engagements.signedCopy(id));
    }

    // ---- the city's submission ----

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
        return Downloads.attachment(nominations.letter(id, rendition(type)));
    }

    @POST
    @Path("submissions/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubmissionView returnSubmission(@PathParam("id") long id, ReturnRequest request) {
        required(request);
        return SubmissionView.of(nominations.returnForCorrection(id, request.reason(), request.correctionDue()));
    }

    // ---- the city's cultivation pool and municipal list ----

    public record PoolView(long id, long organisationId, String organisation, String unitType, String plan) {

        static PoolView of(cn.gov.zj.jxt.green.domain.model.nomination.PoolEntry p) {
            return new PoolView(p.getId(), p.getOrganisation().getId(), p.getOrganisation().getName(),
                    p.getUnitType().name(), p.getPlan());
        }
    }

    public record ListingView(long id, long organisationId, String organisation, String unitType, String level,
            int year, String basis) {

        static ListingView of(cn.gov.zj.jxt.green.domain.model.listing.ListedUnit u) {
            return new ListingView(u.getId(), u.getOrganisation().getId(), u.getOrganisation().getName(),
                    u.getUnitType().name(), u.getLevel().name(), u.getYear(), u.getBasis());
        }
    }

    @GET
    @Path("pool")
    public List<PoolView> pool() {
        return nominations.pool().stream().map(PoolView::of).toList();
    }

    @POST
    @Path("pool")
    @Consumes(MediaType.APPLICATION_JSON)
    public PoolView addToPool(PoolRequest request) {
        required(request);
        return PoolView.of(nominations.addToPool(id(request.organisationId(), "organisationId"), request.plan()));
    }

    @POST
    @Path("pool/{id}/leave")
    public Response leavePool(@PathParam("id") long id) {
        nominations.leavePool(id);
        return Response.noContent().build();
    }

    @GET
    @Path("municipal-list")
    public List<ListingView> municipalList() {
        return nominations.municipalList().stream().map(ListingView::of).toList();
    }

    @POST
    @Path("municipal-list")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListingView listMunicipal(ListingRequest request) {
        required(request);
        return ListingView.of(nominations.listMunicipal(id(request.organisationId(), "organisationId"),
                request.year() == null ? 0 : request.year(), request.basis()));
    }

    private static RenditionType rendition(String type) {
        return "docx".equals(type) ? RenditionType.DOCX : RenditionType.PDF;
    }

    private static <T> T required(T request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("body", "request.bodyRequired")));
        }
        return request;
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("version",
                    "request.versionRequired")));
        }
        return version;
    }

    private static long id(Long id, String field) {
        if (id == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation(field, "request.idRequired")));
        }
        return id;
    }

    private static EntityPart requiredFile(EntityPart file) {
        if (file == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("file", "upload.fileRequired")));
        }
        return file;
    }
}
