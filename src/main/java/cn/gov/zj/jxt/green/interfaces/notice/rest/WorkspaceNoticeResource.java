package cn.gov.zj.jxt.green.interfaces.notice.rest;

import cn.gov.zj.jxt.green.application.notice.NoticeForm;
import cn.gov.zj.jxt.green.application.notice.NoticeService.AnnexTableSource;
import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeKind;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeStatus;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.validation.constraints.NotNull;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PublicAddress;

/**
 * The provincial clerks' notices over the API, the same operations as the workspace pages: draft, annexes,
 * preview, issue, publish, correct. Drafts are visible here, never under the public {@code /api/notices}.
 */
@Path("workspace/notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceNoticeResource {

    public record DraftRequest(NoticeKind kind, String title, String recipients, String body,
            List<String> coIssuers, String copyTo, LocalDate dated, Long version) {

        NoticeForm form() {
            return new NoticeForm(kind, title, recipients, body, coIssuers, copyTo, dated);
        }
    }

    public record TableRequest(AnnexTableSource source, String title, String pasted) {
    }

    public record VersionRequest(Long version) {
    }

    public record DraftView(long id, long version, String kind, String status, String title, String number,
            String recipients, String body, List<String> coIssuers, String copyTo, LocalDate dated,
            List<AnnexView> annexes, Long corrects, Long documentId, String docxSha256, String pdfSha256,
            Instant publishedAt) {

        static DraftView of(Notice n) {
            return of(n, true);
        }

        /** A list row leaves the annexes out: they are loaded only for a single notice, inside the service. */
        static DraftView of(Notice n, boolean withAnnexes) {
            return new DraftView(n.getId(), n.getVersion(), n.getKind().name(), n.getStatus().name(), n.getTitle(),
                    n.getNumber(), n.getRecipients(), n.getBody(), n.getCoIssuerList(), n.getCopyTo(), n.getDated(),
                    !withAnnexes ? null : n.getAnnexes().stream().map(a -> new AnnexView(a.getPosition(), a.getTitle(), a.isGenerated(),
                            a.getFileName(), a.getMediaType(), a.getFileSize(), a.getFileSha256())).toList(),
                    n.getCorrects() == null ? null : n.getCorrects().getId(),
                    n.getDocument() == null ? null : n.getDocument().getId(),
                    n.getDocument() == null ? null : n.getDocument().getDocxSha256(),
                    n.getDocument() == null ? null : n.getDocument().getPdfSha256(), n.getPublishedAt());
        }
    }

    public record AnnexView(int number, String title, boolean generated, String fileName, String mediaType,
            Long size, String sha256) {
    }

    public record DraftPage(List<DraftView> notices, long total, int first, int size) {
    }

    @Inject
    PublicAddress address;

    @Inject
    NoticeService notices;

    @GET
    public DraftPage list(@QueryParam("q") String text, @QueryParam("status") NoticeStatus status,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        PageRequest request = new PageRequest(Math.max(0, first), size);
        Page<Notice> page = notices.all(text, status, request);
        return new DraftPage(page.items().stream().map(n -> DraftView.of(n, false)).toList(), page.total(),
                request.first(),
                request.size());
    }

    @GET
    @Path("{id}")
    public DraftView get(@PathParam("id") long id) {
        return DraftView.of(notices.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull(message = "{request.bodyRequired}") DraftRequest request) {
        Notice created = notices.create(request.form());
        return Response.created(address.api().path("workspace/notices")
                .path(String.valueOf(created.getId())).build())
                .entity(DraftView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView update(@PathParam("id") long id, DraftRequest request) {
        if (request == null || request.version() == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("version",
                    "notice.version.required")));
        }
        return DraftView.of(notices.update(id, request.version(), request.form()));
    }

    /** Multipart form: {@code title} and {@code file}. */
    @POST
    @Path("{id}/annexes")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public DraftView upload(@PathParam("id") long id, @FormParam("title") String title,
            @FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("file", "upload.fileRequired")));
        }
        try (InputStream in = file.getContent()) {
            return DraftView.of(notices.addUploadedAnnex(id, title, file.getFileName().orElse(null), in));
        }
    }

    @POST
    @Path("{id}/tables")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView addTable(@PathParam("id") long id, @NotNull(message = "{request.bodyRequired}") TableRequest request) {
        return DraftView.of(notices.addTableAnnex(id, request.source(), request.title(), request.pasted()));
    }

    @POST
    @Path("{id}/annexes/{number}/remove")
    public DraftView removeAnnex(@PathParam("id") long id, @PathParam("number") int number) {
        return DraftView.of(notices.removeAnnex(id, number));
    }

    @DELETE
    @Path("{id}")
    public Response deleteDraft(@PathParam("id") long id, @QueryParam("version") Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("version",
                    "notice.version.required")));
        }
        notices.deleteDraft(id, version);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/preview.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response preview(@PathParam("id") long id) {
        return Downloads.inlinePdf("preview-" + id + ".pdf", notices.previewPdf(id));
    }

    @POST
    @Path("{id}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    public DraftView issue(@PathParam("id") long id, VersionRequest request) {
        if (request == null || request.version() == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("version",
                    "notice.version.required")));
        }
        return DraftView.of(notices.issue(id, request.version()));
    }

    @POST
    @Path("{id}/publish")
    public DraftView publish(@PathParam("id") long id) {
        return DraftView.of(notices.publish(id));
    }

    @POST
    @Path("{id}/correct")
    public Response correct(@PathParam("id") long id) {
        Notice draft = notices.correct(id);
        return Response.created(address.api().path("workspace/notices")
                .path(String.valueOf(draft.getId()))
                .build()).entity(DraftView.of(draft)).build();
    }
}
