package cn.gov.zj.jxt.green.interfaces.notice.rest;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.notice.NoticeService;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeAnnex;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PublicAddress;

/** Published notices as open data: {@code GET /api/notices}, {@code GET /api/notices/{id}} and their files. */
@Path("notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    /** A notice with links to its DOCX and PDF and to each uploaded annex. */
    public record NoticeView(long id, String kind, String title, String number, String issuers, LocalDate dated,
            Instant publishedAt, String recipients, List<String> body, List<AnnexView> annexes, Links links,
            Long corrects) {
    }

    public record AnnexView(int number, String title, String fileName, String mediaType, Long size, URI href) {
    }

    public record Links(URI self, URI html, URI docx, URI pdf) {
    }

    public record NoticeSummary(long id, String kind, String title, String number, String issuers, LocalDate dated,
            Instant publishedAt, Links links) {
    }

    public record NoticePage(List<NoticeSummary> notices, long total, int first, int size) {
    }

    @Inject
    NoticeService notices;

    @Inject
    PublicAddress address;

    @GET
    public NoticePage list(@QueryParam("q") String text, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("20") int size) {
        PageRequest request = new PageRequest(Math.max(0, first), size);
        Page<Notice> page = notices.published(text, request);
        return new NoticePage(page.items().stream().map(n -> new NoticeSummary(n.getId(), n.getKind().name(),
                n.getTitle(), n.getNumber(), n.getIssuerNames(), n.getDated(), n.getPublishedAt(), links(n)))
                .toList(), page.total(), request.first(), request.size());
    }

    @GET
    @Path("{id}")
    public NoticeView get(@PathParam("id") long id) {
        Notice n = notices.get(id);
        return new NoticeView(n.getId(), n.getKind().name(), n.getTitle(), n.getNumber(), n.getIssuerNames(),
                n.getDated(), n.getPublishedAt(), n.getRecipients(), n.paragraphs(),
                n.getAnnexes().stream().map(a -> annex(n, a)).toList(), links(n),
                n.getCorrects() == null ? null : n.getCorrects().getId());
    }

    @GET
    @Path("{id}/document.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") long id) {
        return Downloads.attachment(notices.document(id, RenditionType.PDF));
    }

    @GET
    @Path("{id}/document.docx")
    @Produces({"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        MediaType.APPLICATION_JSON})
    public Response docx(@PathParam("id") long id) {
        return Downloads.attachment(notices.document(id, RenditionType.DOCX));
    }

    @GET
    @Path("{id}/annexes/{number}")
    @Produces({MediaType.WILDCARD})
    public Response annex(@PathParam("id") long id, @PathParam("number") int number) {
        return Downloads.attachment(notices.annex(id, number));
    }

    private Links links(Notice n) {
        URI self = address.api().path("notices").path(String.valueOf(n.getId())).build();
        URI html = address.page("notice.xhtml").queryParam("id", n.getId()).build();
        if (n.getDocument() == null) {
            return new Links(self, html, null, null);
        }
        return new Links(self, html, URI.create(self + "/document.docx"), URI.create(self + "/document.pdf"));
    }

    private AnnexView annex(Notice n, NoticeAnnex a) {
        URI href = a.isGenerated() ? null : address.api().path("notices").path(String.valueOf(n.getId()))
                .path("annexes").path(String.valueOf(a.getPosition())).build();
        return new AnnexView(a.getPosition(), a.getTitle(), a.getFileName(), a.getMediaType(), a.getFileSize(),
                href);
    }
}
