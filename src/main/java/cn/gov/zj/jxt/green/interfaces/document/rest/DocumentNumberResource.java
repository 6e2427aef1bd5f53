package cn.gov.zj.jxt.green.interfaces.document.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.zj.jxt.green.application.document.DocumentNumberService;
import cn.gov.zj.jxt.green.domain.model.document.Issuer;
import cn.gov.zj.jxt.green.domain.model.document.RegisteredNumber;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PublicAddress;

/**
 * The register of document numbers 发文登记簿 for provincial clerks: read it, register a document issued
 * outside the portal (it takes the next number), void a number with a reason.
 */
@Path("workspace/document-numbers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentNumberResource {

    public record NumberView(long id, long version, String number, String prefix, int year, int serial,
            String title, Instant issuedAt, String issuedBy, boolean voided, String voidReason, Instant voidedAt,
            String voidedBy) {

        static NumberView of(RegisteredNumber n) {
            return new NumberView(n.getId(), n.getVersion(), n.getNumberText(), n.getPrefix(), n.getYear(),
                    n.getSerial(), n.getTitle(), n.getIssuedAt(), n.getIssuedBy(), n.isVoided(), n.getVoidReason(),
                    n.getVoidedAt(), n.getVoidedBy());
        }
    }

    public record NumberPage(List<NumberView> numbers, long total, int first, int size) {
    }

    public record IssueRequest(Issuer issuer, String title) {
    }

    public record VoidRequest(Long version, String reason) {
    }

    public record ContinueRequest(Issuer issuer, Integer year, Integer lastIssuedBefore) {
    }

    @Inject
    PublicAddress address;

    @Inject
    DocumentNumberService numbers;

    @GET
    public NumberPage register(@QueryParam("year") Integer year, @QueryParam("issuer") Issuer issuer,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        PageRequest request = new PageRequest(first, size);
        Page<RegisteredNumber> page = numbers.register(year, issuer, request);
        return new NumberPage(page.items().stream().map(NumberView::of).toList(), page.total(), request.first(),
                request.size());
    }

    @GET
    @Path("{id}")
    public NumberView get(@PathParam("id") long id) {
        return NumberView.of(numbers.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(@NotNull(message = "{request.bodyRequired}") IssueRequest request) {
        RegisteredNumber issued = numbers.issue(request.issuer() == null ? Issuer.GREEN : request.issuer(),
                request.title());
        return Response.created(address.api().path("workspace/document-numbers")
                .path(String.valueOf(issued.getId())).build())
                .entity(NumberView.of(issued))
                .build();
    }

    /** An administrator takes over a series begun on paper: the portal continues after {@code lastIssuedBefore}. */
    @POST
    @Path("series")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response continueSeries(@NotNull(message = "{request.bodyRequired}") ContinueRequest request) {
        numbers.continueSeries(request.issuer() == null ? Issuer.GREEN : request.issuer(), request.year(),
                request.lastIssuedBefore());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    public NumberView voidNumber(@PathParam("id") long id, @NotNull(message = "{request.bodyRequired}") VoidRequest request) {
        return NumberView.of(numbers.voidNumber(id, request.version(), request.reason()));
    }
}
