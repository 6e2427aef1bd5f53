package cn.gov.zj.jxt.green.interfaces.document.rest;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.domain.model.document.DocumentTemplate;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
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
import java.time.Instant;
import java.util.List;

/**
 * The DOCX templates of the document formats: the one in use, for a clerk to change in Word, and replacements,
 * which are validated against GB/T 9704 before they are used.
 */
@Path("workspace/document-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    public record TemplateView(long id, String format, String fileName, String sha256, long size,
            Instant uploadedAt, String uploadedBy, Instant retiredAt) {

        static TemplateView of(DocumentTemplate t) {
            return new TemplateView(t.getId(), t.getFormat().name(), t.getFileName(), t.getSha256(), t.getSize(),
                    t.getUploadedAt(), t.getUploadedBy(), t.getRetiredAt());
        }
    }

    @Inject
    DocumentService documents;

    @GET
    public List<TemplateView> replacements() {
        return documents.templates().stream().map(TemplateView::of).toList();
    }

    @GET
    @Path("{format}")
    @Produces({"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        MediaType.APPLICATION_JSON})
    public Response template(@PathParam("format") DocumentFormat format) {
        return Downloads.attachment(documents.templateInUse(format));
    }

    /** Multipart form with the DOCX as {@code file}. */
    @POST
    @Path("{format}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("format") DocumentFormat format, @FormParam("file") EntityPart file)
            throws IOException {
        if (file == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("file", "upload.fileRequired")));
        }
        try (InputStream in = file.getContent()) {
            DocumentTemplate template = documents.uploadTemplate(format, file.getFileName().orElse(null), in);
            return Response.status(Response.Status.CREATED).entity(TemplateView.of(template)).build();
        }
    }

    @POST
    @Path("replacements/{id}/retire")
    public TemplateView retire(@PathParam("id") long id) {
        return TemplateView.of(documents.retireTemplate(id));
    }
}
