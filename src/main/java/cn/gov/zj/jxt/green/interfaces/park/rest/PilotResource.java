package cn.gov.zj.jxt.green.interfaces.park.rest;

import cn.gov.zj.jxt.green.application.park.PilotService;
import cn.gov.zj.jxt.green.domain.model.park.PilotStatus;
import cn.gov.zj.jxt.green.domain.model.park.ZoneKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Open data: {@code GET /api/pilots}, the parks the province recommended as national low-carbon industrial park
 * pilots (seed 002 §四(二)) and where each stands since, with the call and its recommendation letter's number.
 */
@Path("pilots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PilotResource {

    public record Pilot(long callId, int year, String call, String letterNumber, String park, String region,
            ZoneKind zoneKind, PilotStatus status) {
    }

    public record Pilots(List<Pilot> pilots) {
    }

    @Inject
    PilotService pilots;

    @GET
    public Pilots list() {
        return new Pilots(pilots.published().stream().map(p -> new Pilot(p.callId(), p.year(), p.callTitle(),
                p.letterNumber(), p.park(), p.regionName(), p.zoneKind(), p.status())).toList());
    }
}
