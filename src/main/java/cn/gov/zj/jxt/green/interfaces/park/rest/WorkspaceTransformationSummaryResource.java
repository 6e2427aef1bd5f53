package cn.gov.zj.jxt.green.interfaces.park.rest;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.park.TransformationSummaryService;
import cn.gov.zj.jxt.green.application.park.TransformationSummaryService.SummaryView;
import cn.gov.zj.jxt.green.domain.model.park.SummaryKind;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
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
import java.util.List;

/**
 * The province's reports to NDRC and MIIT on circular transformation (发改办环资〔2021〕1004号 §三(五)) in the
 * workspace API: {@code GET /api/workspace/transformation-summaries} (every report issued), {@code POST} with
 * {@code {"kind":"YEARLY","year":2024}} or {@code {"kind":"FINAL"}} to issue one, and each report's document as PDF
 * or DOCX. The service checks who may do what, before it looks at the request.
 */
@Path("workspace/transformation-summaries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceTransformationSummaryResource {

    /** What to issue; {@code year} only for a yearly report. */
    public record IssueRequest(SummaryKind kind, Integer year) {
    }

    @Inject
    TransformationSummaryService summaries;

    @GET
    public List<SummaryView> list() {
        return summaries.issued();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public SummaryView issue(IssueRequest request) {
        return summaries.issue(request == null ? null : request.kind(), request == null ? null : request.year());
    }

    @GET
    @Path("{id:[0-9]+}/document.{type:pdf|docx}")
    public Response document(@PathParam("id") long id, @PathParam("type") String type) {
        return Downloads.attachment(summaries.file(id, "docx".equals(type) ? RenditionType.DOCX : RenditionType.PDF));
    }
}
