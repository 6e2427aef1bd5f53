package cn.gov.zj.jxt.green.interfaces.park.rest;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.park.PilotService;
import cn.gov.zj.jxt.green.application.park.PilotService.ApplicationLine;
import cn.gov.zj.jxt.green.application.park.PilotService.CallView;
import cn.gov.zj.jxt.green.domain.model.park.PilotStatus;
import cn.gov.zj.jxt.green.domain.model.park.ZoneKind;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * National low-carbon industrial park pilot calls in the workspace API (seed 002): {@code GET
 * /api/workspace/pilot-calls} (every call; its applications for the province), {@code GET
 * /api/workspace/pilot-calls/{id}} (one call with its applications) and the joint recommendation letter as PDF or
 * DOCX. The service checks who may read what.
 */
@Path("workspace/pilot-calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspacePilotResource {

    public record Application(long id, String park, String region, ZoneKind zoneKind, PilotStatus status,
            Instant submittedAt) {

        static Application of(ApplicationLine a) {
            return new Application(a.id(), a.park(), a.regionName(), a.zoneKind(), a.status(), a.submittedAt());
        }
    }

    public record Call(long id, int year, String title, LocalDate recommendationDue, boolean open,
            boolean shortlistOpen, String letterNumber, Instant overdueAt, long recommended,
            List<Application> applications) {

        static Call of(CallView c) {
            return new Call(c.id(), c.year(), c.title(), c.recommendationDue(), c.open(), c.shortlistOpen(),
                    c.letterNumber(), c.overdueAt(), c.recommended(),
                    c.applications().stream().map(Application::of).toList());
        }
    }

    @Inject
    PilotService pilots;

    @GET
    public List<Call> list() {
        return pilots.calls().stream().map(Call::of).toList();
    }

    @GET
    @Path("{id:[0-9]+}")
    public Call get(@PathParam("id") long id) {
        return Call.of(pilots.call(id));
    }

    @GET
    @Path("{id:[0-9]+}/letter.{type:pdf|docx}")
    public Response letter(@PathParam("id") long id, @PathParam("type") String type) {
        return Downloads.attachment(pilots.letter(id, "docx".equals(type) ? RenditionType.DOCX : RenditionType.PDF));
    }
}
