package cn.gov.zj.jxt.green.interfaces.publicity.rest;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.nomination.EvidenceFiles;
import cn.gov.zj.jxt.green.application.publicity.ObjectionForm;
import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.publicity.rest.PublicityViews.ListedPage;
import cn.gov.zj.jxt.green.interfaces.publicity.rest.PublicityViews.ListedView;
import cn.gov.zj.jxt.green.interfaces.publicity.rest.PublicityViews.PublicitySummary;
import cn.gov.zj.jxt.green.interfaces.publicity.rest.PublicityViews.PublicityView;
import cn.gov.zj.jxt.green.interfaces.publicity.rest.PublicityViews.ReceiptView;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PublicAddress;

/**
 * The publicity as open data ({@code GET /api/publicity}, {@code GET /api/publicity/{id}}, the notice PDF), the
 * public's objections ({@code POST /api/publicity/{id}/objections}, multipart, no account), the receipt look-up
 * and the provincial list. Objections and look-ups are rate-limited per client address (429).
 */
@Path("publicity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicityResource {

    @Inject
    PublicityService publicity;

    @Inject
    PublicAddress address;

    @GET
    public List<PublicitySummary> list() {
        return publicity.all().stream().map(PublicitySummary::of).toList();
    }

    @GET
    @Path("{id}")
    public PublicityView get(@PathParam("id") long id) {
        return PublicityView.of(publicity.get(id), base());
    }

    @GET
    @Path("{id}/notice.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response notice(@PathParam("id") long id) {
        return Downloads.attachment(publicity.notice(id, RenditionType.PDF));
    }

    @GET
    @Path("{id}/publication.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response publication(@PathParam("id") long id) {
        return Downloads.attachment(publicity.publication(id, RenditionType.PDF));
    }

    /** Multipart: entryId, name, idNumber, phone, email, facts as text parts; up to five {@code evidence} files. */
    @POST
    @Path("{id}/objections")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response object(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        String entry = null;
        String name = null;
        String idNumber = null;
        String phone = null;
        String email = null;
        String facts = null;
        List<EvidenceFiles.Upload> evidence = new ArrayList<>();
        for (EntityPart part : parts) {
            // A part without a name is no field of the form: ignored like an unknown one.
            switch (part.getName() == null ? "" : part.getName()) {
                case "entryId" -> entry = text(part);
                case "name" -> name = text(part);
                case "idNumber" -> idNumber = text(part);
                case "phone" -> phone = text(part);
                case "email" -> email = text(part);
                case "facts" -> facts = text(part);
                case "evidence" -> {
                    if (evidence.size() > EvidenceFiles.MAX_FILES) {
                        // One too many is enough for the service to refuse the count; more would only cost memory.
                        continue;
                    }
                    try (InputStream in = part.getContent()) {
                        // One byte past the limit, so the inspector can say the file is too large.
                        evidence.add(new EvidenceFiles.Upload(part.getFileName().orElse(null),
                                in.readNBytes((int) UploadPolicy.evidence().maxBytes() + 1)));
                    }
                }
                default -> {
                    // Unknown parts are ignored, as a form's extra fields are.
                }
            }
        }
        Long entryId = entry == null || !entry.strip().matches("\\d{1,18}") ? null : Long.valueOf(entry.strip());
        PublicityService.Receipt receipt = publicity.object(id,
                new ObjectionForm(entryId, name, idNumber, phone, email, facts), evidence);
        return Response.status(Response.Status.CREATED).entity(ReceiptView.of(receipt.code(), receipt.objection()))
                .build();
    }

    @GET
    @Path("receipts/{code}")
    public ReceiptView receipt(@PathParam("code") String code) {
        return ReceiptView.of(code, publicity.track(code));
    }

    /** The provincial list 省级名单, searchable by name. */
    @GET
    @Path("lists/provincial")
    public ListedPage provincial(@QueryParam("q") String name, @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("20") int size) {
        PageRequest request = new PageRequest(Math.max(0, first), size);
        Page<ListedUnit> page = publicity.provincialList(name, request);
        return new ListedPage(page.items().stream().map(ListedView::of).toList(), page.total(), request.first(),
                request.size());
    }

    private String base() {
        return address.api().path("publicity").build() + "/";
    }

    private static String text(EntityPart part) throws IOException {
        try (InputStream in = part.getContent()) {
            return new String(in.readNBytes(20_000), StandardCharsets.UTF_8);
        }
    }
}
