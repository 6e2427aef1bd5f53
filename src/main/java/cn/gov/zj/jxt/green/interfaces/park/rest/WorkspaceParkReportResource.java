package cn.gov.zj.jxt.green.interfaces.park.rest;

import cn.gov.zj.jxt.green.application.park.ParkReportService;
import cn.gov.zj.jxt.green.application.park.ParkReportService.Published;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A park's management body publishes its yearly green low-carbon development report (seed 000 §三(一)4):
 * {@code POST /api/workspace/park-reports/{year}} (multipart, field {@code file}: a PDF, checked like every upload)
 * and {@code GET /api/workspace/park-reports} (its own reports). Applicants of a listed park only.
 */
@Path("workspace/park-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceParkReportResource {

    @Inject
    ParkReportService reports;

    @GET
    public List<Published> own() {
        return reports.own();
    }

    @POST
    @Path("{year}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Published upload(@PathParam("year") int year, @FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw InputValidation.violation("file", "upload.fileRequired");
        }
        try (InputStream in = file.getContent()) {
            return reports.upload(year, file.getFileName().orElse(null), in);
        }
    }
}
