package cn.gov.zj.jxt.green.interfaces.nomination.rest;

import static cn.gov.zj.jxt.green.interfaces.nomination.rest.RequiredInput.body;
import static cn.gov.zj.jxt.green.interfaces.nomination.rest.RequiredInput.id;

import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.nomination.PoolEntry;
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
 * The city's own lists in the workspace API: its cultivation pool 培育库 and its municipal list, from which the
 * provincial nominations are drawn. Every call is authorized in the services by role and region.
 */
@Path("workspace")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkspaceCityListResource {

    @Inject
    NominationService nominations;

    public record PoolRequest(Long organisationId, String plan) {
    }

    public record ListingRequest(Long organisationId, Integer year, String basis) {
    }

    public record PoolView(long id, long organisationId, String organisation, String unitType, String plan) {

        static PoolView of(PoolEntry p) {
            return new PoolView(p.getId(), p.getOrganisation().getId(), p.getOrganisation().getName(),
                    p.getUnitType().name(), p.getPlan());
        }
    }

    public record ListingView(long id, long organisationId, String organisation, String unitType, String level,
            int year, String basis) {

        static ListingView of(ListedUnit u) {
            return new ListingView(u.getId(), u.getOrganisation().getId(), u.getOrganisation().getName(),
                    u.getUnitType().name(), u.getLevel().name(), u.getYear(), u.getBasis());
        }
    }

    @GET
    @Path("pool")
    public List<PoolView> pool() {
        return nominations.pool().stream().map(PoolView::of).toList();
    }

    @POST
    @Path("pool")
    @Consumes(MediaType.APPLICATION_JSON)
    public PoolView addToPool(PoolRequest request) {
        body(request);
        return PoolView.of(nominations.addToPool(id(request.organisationId(), "organisationId"), request.plan()));
    }

    @POST
    @Path("pool/{id}/leave")
    public Response leavePool(@PathParam("id") long id) {
        nominations.leavePool(id);
        return Response.noContent().build();
    }

    @GET
    @Path("municipal-list")
    public List<ListingView> municipalList() {
        return nominations.municipalList().stream().map(ListingView::of).toList();
    }

    @POST
    @Path("municipal-list")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListingView listMunicipal(ListingRequest request) {
        body(request);
        return ListingView.of(nominations.listMunicipal(id(request.organisationId(), "organisationId"),
                request.year() == null ? 0 : request.year(), request.basis()));
    }
}
