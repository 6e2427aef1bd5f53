package cn.gov.zj.jxt.green.interfaces.park.rest;

import cn.gov.zj.jxt.green.application.park.ParkTargetForm;
import cn.gov.zj.jxt.green.application.park.ParkTargetService;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.park.ParkTargets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The province's park targets in the workspace API: {@code GET} a year's targets as stored (with the version to
 * revise them by) and {@code PUT} them — the first time without a version, afterwards with the version read.
 * Provincial clerks and administrators; the service checks the role and audits the change.
 */
@Path("workspace/park-targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceParkTargetResource {

    /** What a PUT carries: the basis (document number), city code → target, and the version read when revising. */
    public record TargetsRequest(String basis, Map<String, Integer> targets, Long version) {
    }

    public record TargetsView(int year, String basis, Map<String, Integer> targets, int total, long version,
            Instant updatedAt, String updatedBy) {

        static TargetsView of(ParkTargets t) {
            return new TargetsView(t.getYear(), t.getBasis(), t.getTargets(), t.total(), t.getVersion(),
                    t.getUpdatedAt(), t.getUpdatedBy());
        }
    }

    @Inject
    ParkTargetService parks;

    @GET
    @Path("{year}")
    public TargetsView get(@PathParam("year") int year) {
        return parks.targets(year).map(TargetsView::of)
                .orElseThrow(() -> new RecordNotFoundException("ParkTargets", year));
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TargetsView put(@PathParam("year") int year, TargetsRequest request) {
        if (request == null) {
            throw new InvalidInputException(List.of(new InvalidInputException.Violation("body",
                    "request.bodyRequired")));
        }
        return TargetsView.of(parks.set(new ParkTargetForm(year, request.basis(), request.targets(),
                request.version())));
    }
}
