package cn.gov.zj.jxt.green.interfaces.park.rest;

import cn.gov.zj.jxt.green.application.park.PilotService;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * The PDFs of a pilot application, {@code GET /api/workspace/pilot-applications/{id}/files/{position}} (from 1):
 * for its park and the province.
 */
@Path("workspace/pilot-applications")
@RequestScoped
public class WorkspacePilotApplicationResource {

    @Inject
    PilotService pilots;

    @GET
    @Path("{id:[0-9]+}/files/{position:[0-9]+}")
    public Response file(@PathParam("id") long id, @PathParam("position") int position) {
        return Downloads.attachment(pilots.file(id, position));
    }
}
