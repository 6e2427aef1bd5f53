package cn.gov.zj.jxt.green.interfaces.organisation.rest;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.zj.jxt.green.application.organisation.OrganisationService;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PublicAddress;

/** Organisations for signed-in clerks, within their region scope (the service enforces it). */
@Path("workspace/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    /** An organisation as the API shows it; {@code version} must be sent back unchanged with a PUT. */
    public record OrganisationView(Long id, Long version, OrganisationType type, String name, String creditCode,
            String region, String regionName, String address, String legalRepresentative, String contactName,
            String contactPhone, String contactEmail) {

        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.getId(), o.getVersion(), o.getType(), o.getName(), o.getCreditCode(),
                    o.getRegion().getCode(), o.getRegion().getFullName(), o.getAddress(), o.getLegalRepresentative(),
                    o.getContactName(), o.getContactPhone(), o.getContactEmail());
        }

        Organisation toOrganisation() {
            Organisation o = new Organisation();
            o.setType(type);
            o.setName(name);
            o.setCreditCode(creditCode);
            o.setRegion(region == null ? null : Region.reference(region));
            o.setAddress(address);
            o.setLegalRepresentative(legalRepresentative);
            o.setContactName(contactName);
            o.setContactPhone(contactPhone);
            o.setContactEmail(contactEmail);
            return o;
        }
    }

    public record OrganisationPage(List<OrganisationView> organisations, long total, int first, int size) {
    }

    @Inject
    PublicAddress address;

    @Inject
    OrganisationService organisations;

    @GET
    public OrganisationPage search(@QueryParam("type") OrganisationType type, @QueryParam("q") String text,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        PageRequest request = new PageRequest(first, size);
        Page<Organisation> page = organisations.search(type, text, request);
        return new OrganisationPage(page.items().stream().map(OrganisationView::of).toList(), page.total(),
                request.first(), request.size());
    }

    @GET
    @Path("{id}")
    public OrganisationView get(@PathParam("id") long id) {
        return OrganisationView.of(organisations.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull(message = "{request.bodyRequired}") OrganisationView input) {
        Organisation created = organisations.register(input.toOrganisation());
        return Response.created(address.api().path("workspace/organisations")
                .path(String.valueOf(created.getId())).build())
                .entity(OrganisationView.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganisationView update(@PathParam("id") long id, @NotNull(message = "{request.bodyRequired}") OrganisationView input) {
        long expected = input.version() == null ? -1 : input.version();
        return OrganisationView.of(organisations.update(id, expected, input.toOrganisation()));
    }
}
