package cn.gov.zj.jxt.green.interfaces.exclusion.rest;

import cn.gov.zj.jxt.green.application.exclusion.ExclusionForm;
import cn.gov.zj.jxt.green.application.exclusion.ExclusionImportReport;
import cn.gov.zj.jxt.green.application.exclusion.ExclusionService;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionEntry;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.exclusion.RejectedRow;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PublicAddress;

/**
 * The exclusion register (004 §(十七)) over the API, the same operations as the workspace page. An import whose
 * rows are all good answers 200 with the count; one with a bad row answers 422 with every bad row and its
 * problems in the caller's language (Accept-Language), and has recorded nothing.
 */
@Path("workspace/exclusions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceExclusionResource {

    private static final int UNPROCESSABLE = 422;

    public record EntryRequest(String creditCode, String organisationName, ExclusionGround ground,
            LocalDate occurredOn, String source, String note) {

        ExclusionForm form() {
            return new ExclusionForm(creditCode, organisationName, ground, occurredOn, source, note);
        }
    }

    public record WithdrawRequest(String reason) {
    }

    public record EntryView(long id, String creditCode, String organisationName, String ground, String clause,
            LocalDate occurredOn, String source, String note, String evidenceFileName, String evidenceSha256,
            Instant recordedAt, String recordedBy, String recordedRegion, boolean withdrawn, Instant withdrawnAt,
            String withdrawnBy, String withdrawalReason) {

        static EntryView of(ExclusionEntry e) {
            return new EntryView(e.getId(), e.getCreditCode(), e.getOrganisationName(), e.getGround().name(),
                    e.getGround().clause(), e.getOccurredOn(), e.getSource(), e.getNote(), e.getEvidenceFileName(),
                    e.getEvidenceSha256(), e.getRecordedAt(), e.getRecordedBy(),
                    e.getRecordedRegion() == null ? null : e.getRecordedRegion().getCode(), e.isWithdrawn(),
                    e.getWithdrawnAt(), e.getWithdrawnBy(), e.getWithdrawalReason());
        }
    }

    public record EntryPage(List<EntryView> entries, long total, int first, int size) {
    }

    public record ImportResult(boolean imported, int rows, List<RejectedRow> rejectedRows) {
    }

    @Inject
    PublicAddress address;

    @Inject
    ExclusionService exclusions;

    @Context
    HttpHeaders headers;

    @GET
    public EntryPage search(@QueryParam("q") String text, @QueryParam("ground") ExclusionGround ground,
            @QueryParam("withdrawn") @DefaultValue("false") boolean includeWithdrawn,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        PageRequest request = new PageRequest(Math.max(0, first), size);
        Page<ExclusionEntry> page = exclusions.search(text, ground, includeWithdrawn, request);
        return new EntryPage(page.items().stream().map(EntryView::of).toList(), page.total(), request.first(),
                request.size());
    }

    /** What bars a unit: its entries not withdrawn since {@code since} (the eligibility check's question). */
    @GET
    @Path("in-force")
    public List<EntryView> inForce(@QueryParam("creditCode") String creditCode, @QueryParam("since") String since) {
        if (creditCode == null || creditCode.isBlank()) {
            throw InputValidation.violation("creditCode", "creditCode.required");
        }
        if (since == null || since.isBlank()) {
            throw InputValidation.violation("since", "exclusion.date.format");
        }
        return exclusions.inForce(creditCode, date(since)).stream().map(EntryView::of).toList();
    }

    @GET
    @Path("{id}")
    public EntryView get(@PathParam("id") long id) {
        return EntryView.of(exclusions.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(EntryRequest request) {
        if (request == null) {
            throw InputValidation.violation("creditCode", "creditCode.required");
        }
        return created(exclusions.record(request.form(), null, null));
    }

    /** The same as JSON, as a form with an {@code evidence} file (PDF, JPEG or PNG). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response recordWithEvidence(@FormParam("creditCode") String creditCode,
            @FormParam("organisationName") String organisationName, @FormParam("ground") String ground,
            @FormParam("occurredOn") String occurredOn, @FormParam("source") String source,
            @FormParam("note") String note, @FormParam("evidence") EntityPart evidence)
            throws IOException {
        ExclusionForm form = new ExclusionForm(creditCode, organisationName,
                ground == null || ground.isBlank() ? null : ExclusionGround.parse(ground).orElseThrow(
                        () -> InputValidation.violation("ground", "exclusion.ground.required")),
                occurredOn == null || occurredOn.isBlank() ? null : date(occurredOn), source, note);
        if (evidence == null) {
            return created(exclusions.record(form, null, null));
        }
        try (InputStream in = evidence.getContent()) {
            return created(exclusions.record(form, evidence.getFileName().orElse(null), in));
        }
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntryView withdraw(@PathParam("id") long id, WithdrawRequest request) {
        return EntryView.of(exclusions.withdraw(id, request == null ? null : request.reason()));
    }

    /** Multipart form: {@code file}, a CSV or XLSX laid out like {@code template.csv}. */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw InputValidation.violation("file", "upload.fileRequired");
        }
        ExclusionImportReport report;
        try (InputStream in = file.getContent()) {
            report = exclusions.importFile(file.getFileName().orElse(null), in);
        }
        ImportResult result = new ImportResult(report.imported(), report.rows(), RejectedRow.of(report, locale()));
        return Response.status(report.imported() ? Response.Status.OK.getStatusCode() : UNPROCESSABLE)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(result).build();
    }

    @GET
    @Path("template.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response template() {
        return Downloads.attachment(exclusions.importTemplate());
    }

    @GET
    @Path("{id}/evidence")
    @Produces({MediaType.WILDCARD, MediaType.APPLICATION_JSON})
    public Response evidence(@PathParam("id") long id) {
        return Downloads.attachment(exclusions.evidence(id));
    }

    private Response created(ExclusionEntry entry) {
        return Response.created(address.api().path("workspace/exclusions")
                .path(String.valueOf(entry.getId())).build()).entity(EntryView.of(entry)).build();
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InputValidation.violation("date", "exclusion.date.format");
        }
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().stream()
                .filter(l -> !l.getLanguage().equals("*"))
                .findFirst()
                .orElse(Messages.DEFAULT_LOCALE);
    }
}
