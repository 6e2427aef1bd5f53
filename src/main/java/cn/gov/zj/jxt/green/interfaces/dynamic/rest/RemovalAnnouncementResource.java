package cn.gov.zj.jxt.green.interfaces.dynamic.rest;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.dynamic.RemovalService;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/**
 * The removal announcements 移出公告 as published documents, open to everyone like the other notices
 * ({@code GET /api/removal-announcements}, {@code …/{id}.pdf}, {@code …/{id}.docx}); the public unit page links
 * them through the unit's removal document.
 */
@Path("removal-announcements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RemovalAnnouncementResource {

    @Inject
    RemovalService removals;

    public record AnnouncementView(long id, String number, String title, LocalDate dated, String pdf) {

        static AnnouncementView of(IssuedDocument d) {
            return new AnnouncementView(d.getId(), d.getNumber(), d.getTitle(), d.getDated(),
                    "/api/removal-announcements/" + d.getId() + ".pdf");
        }
    }

    @GET
    public List<AnnouncementView> list() {
        return removals.announcements().stream().map(AnnouncementView::of).toList();
    }

    @GET
    @Path("{id}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") long id) {
        return Downloads.attachment(removals.announcement(id, RenditionType.PDF));
    }

    @GET
    @Path("{id}.docx")
    @Produces({"application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.APPLICATION_JSON})
    public Response docx(@PathParam("id") long id) {
        return Downloads.attachment(removals.announcement(id, RenditionType.DOCX));
    }
}
