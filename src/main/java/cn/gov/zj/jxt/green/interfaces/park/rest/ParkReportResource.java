package cn.gov.zj.jxt.green.interfaces.park.rest;

import cn.gov.zj.jxt.green.application.park.ParkReportService;
import cn.gov.zj.jxt.green.application.park.ParkReportService.Published;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PublicAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Parks' yearly green low-carbon development reports (seed 000 §三(一)4): {@code GET /api/park-reports/{code}} lists
 * a park's reports and {@code GET /api/park-reports/{code}/{year}.pdf} downloads one, no account needed
 * ({@link WorkspaceParkReportResource} uploads them).
 */
@Path("park-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParkReportResource {

    public record ReportView(int year, String fileName, long size, Instant uploadedAt, URI pdf) {
    }

    @Inject
    ParkReportService reports;

    @Inject
    PublicAddress address;

    @GET
    @Path("{code}")
    public List<ReportView> list(@PathParam("code") String code) {
        return reports.published(code).stream().map(r -> view(code, r)).toList();
    }

    @GET
    @Path("{code}/{year: \\d{4}}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("code") String code, @PathParam("year") int year) {
        return Downloads.attachment(reports.file(code, year));
    }

    private ReportView view(String code, Published r) {
        return new ReportView(r.year(), r.fileName(), r.size(), r.uploadedAt(),
                address.api().path("park-reports").path(code).path(r.year() + ".pdf").build());
    }
}
