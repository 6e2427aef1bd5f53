package cn.gov.zj.jxt.green.interfaces.institution.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.zj.jxt.green.application.institution.InstitutionAffiliateService;
import cn.gov.zj.jxt.green.domain.model.institution.InstitutionAffiliate;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PublicAddress;

/**
 * Affiliated units of third-party institutions: an institution's account lists, adds and removes its own;
 * provincial clerks, supervisors and administrators read all ({@code ?institution=} narrows to one).
 */
@Path("workspace/institution/affiliates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AffiliateResource {

    /** An affiliate as the API shows it; only name, creditCode and relation are read on a POST. */
    public record AffiliateView(Long id, Long institutionId, String institutionName, String name,
            String creditCode, String relation, String addedBy, Instant addedAt) {

        static AffiliateView of(InstitutionAffiliate a) {
            return new AffiliateView(a.getId(), a.getInstitution().getId(), a.getInstitution().getName(),
                    a.getName(), a.getCreditCode(), a.getRelation(), a.getAddedBy(), a.getAddedAt());
        }

        InstitutionAffiliate toAffiliate() {
            InstitutionAffiliate a = new InstitutionAffiliate();
            a.setName(name);
            a.setCreditCode(creditCode);
            a.setRelation(relation);
            return a;
        }
    }

    public record AffiliateList(List<AffiliateView> affiliates) {
    }

    /** The credit codes that count as one legal person for the cap of 003 §二(一). */
    public record Group(Set<String> creditCodes) {
    }

    @Inject
    PublicAddress address;

    @Inject
    InstitutionAffiliateService service;

    @GET
    public AffiliateList list(@QueryParam("institution") Long institutionId) {
        return new AffiliateList(service.list(institutionId).stream().map(AffiliateView::of).toList());
    }

    @GET
    @Path("group")
    public Group group(@QueryParam("institution") Long institutionId) {
        return new Group(service.group(institutionId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull(message = "{request.bodyRequired}") AffiliateView input) {
        InstitutionAffiliate added = service.add(input.toAffiliate());
        return Response.created(address.api().path("workspace/institution/affiliates")
                .path(String.valueOf(added.getId())).build())
                .entity(AffiliateView.of(added))
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        service.remove(id);
        return Response.noContent().build();
    }
}
