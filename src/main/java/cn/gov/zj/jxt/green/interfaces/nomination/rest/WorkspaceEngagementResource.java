package cn.gov.zj.jxt.green.interfaces.nomination.rest;

import static cn.gov.zj.jxt.green.interfaces.nomination.rest.RequiredInput.file;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.nomination.EngagementService;
import cn.gov.zj.jxt.green.interfaces.nomination.rest.NominationViews.EngagementView;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A third-party institution's engagements in the workspace API (004 §三): accept or decline, the caps it has used,
 * the undertaking 承诺书 to sign and its signed copy. Every call is authorized in the services by role.
 */
@Path("workspace")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceEngagementResource {

    @Inject
    EngagementService engagements;

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
        return Downloads.attachment(engagements.undertaking(id,
                "docx".equals(type) ? RenditionType.DOCX : RenditionType.PDF));
    }

    @POST
    @Path("engagements/{id}/signed")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public EngagementView uploadSigned(@PathParam("id") long id, @FormParam("file") EntityPart file)
            throws IOException {
        try (InputStream in = file(file).getContent()) {
            return EngagementView.of(engagements.uploadSigned(id, file.getFileName().orElse(null), in));
        }
    }

    @GET
    @Path("engagements/{id}/signed")
    public Response signed(@PathParam("id") long id) {
        return Downloads.attachment(engagements.signedCopy(id));
    }
}
