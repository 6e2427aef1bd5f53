package cn.gov.zj.jxt.green.interfaces.document.rest;

import cn.gov.zj.jxt.green.application.DocumentService;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The DOCX template in use for a format, for a clerk to change in Word and upload back. */
@Path("workspace/document-templates")
@RequestScoped
public class TemplateResource {

    @Inject
    DocumentService documents;

    @GET
    @Path("{format}")
    @Produces({"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        MediaType.APPLICATION_JSON})
    public Response template(@PathParam("format") DocumentFormat format) {
        return Downloads.attachment(documents.templateInUse(format));
    }
}
