package cn.gov.zj.jxt.green.interfaces.listing.rest;

import cn.gov.zj.jxt.green.application.listing.RegistryService.DocumentRef;
import cn.gov.zj.jxt.green.application.listing.RegistryService.Entry;
import cn.gov.zj.jxt.green.application.listing.RegistryService.HistoryLine;
import cn.gov.zj.jxt.green.application.listing.RegistryService.UnitRecord;
import cn.gov.zj.jxt.green.application.listing.RegistryService;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.RegistryRow;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.listing.UnitQuery;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.listing.RegistryExport;
import cn.gov.zj.jxt.green.interfaces.listing.RegistryFilter;
import cn.gov.zj.jxt.green.interfaces.shared.Clauses;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Negotiation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PublicAddress;

/**
 * The registry of listed units as open data, no account needed: {@code GET /api/units} (the page's filters, then
 * {@code page} from 1 and {@code size} up to 500; {@code format=csv} or {@code xlsx} streams the whole filtered view
 * instead of a page), {@code GET /api/units/{code}} (the organisation's entries and their history) and the PDFs of
 * the documents that history names.
 */
@Path("units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    /** The query parameters of the list, as the page's view parameters name them. */
    public static class Filters {
        @QueryParam("name") String name;
        @QueryParam("code") String code;
        @QueryParam("level") String level;
        @QueryParam("type") String type;
        @QueryParam("city") String city;
        @QueryParam("industry") String industry;
        @QueryParam("year") String year;
        @QueryParam("status") String status;
        @QueryParam("sort") String sort;
        @QueryParam("order") String order;

        RegistryFilter filter() {
            return new RegistryFilter(name, code, level, type, city, industry, year, status, sort, order);
        }
    }

    public record Links(URI self, URI html) {
    }

    public record UnitSummary(String name, String creditCode, String type, String level, int year, String cityCode,
            String city, String industry, String basis, Instant listedAt, String status, Instant removedAt,
            String removalGround, String removalClause, Labels labels, Links links) {
    }

    /**
     * The codes beside them as people read them, in the language asked for ({@code lang} or Accept-Language): the
     * type, level, status and removal ground's labels and the removal clause cited as the rules cite it.
     */
    public record Labels(String type, String level, String status, String removalGround, String removalClause) {

        static Labels of(UnitType type, ListLevel level, boolean removed, RemovalGround ground, Locale reader) {
            return new Labels(Messages.text(reader, "enum.UnitType." + type),
                    Messages.text(reader, "enum.ListLevel." + level),
                    Messages.text(reader, "enum.UnitStatus." + (removed ? "REMOVED" : "LISTED")),
                    ground == null ? null : Messages.text(reader, "enum.RemovalGround." + ground),
                    ground == null ? null : Clauses.cite(ground.clause(), reader));
        }
    }

    public record UnitPage(List<UnitSummary> units, long total, int page, int size) {
    }

    public record DocumentView(long id, String number, String title, URI pdf) {
    }

    /** {@code detailText} is the detail as people read it (a clause code cited). */
    public record EventView(String kind, String kindLabel, Instant occurredAt, String detail, String detailText,
            DocumentView document) {
    }

    public record EntryView(String level, String type, int year, String cityCode, String city, String name,
            String industry, String basis, Instant listedAt, DocumentView listingDocument, String status,
            Instant removedAt, String removalGround, String removalClause, Labels labels, DocumentView removalDocument,
            List<EventView> history) {
    }

    public record UnitView(String creditCode, String name, List<EntryView> entries, Links links) {
    }

    @Inject
    RegistryService registry;

    @Inject
    PortalClock clock;

    @Inject
    PublicAddress address;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response list(@BeanParam Filters filters, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("format") String format, @QueryParam("lang") String lang) {
        UnitQuery query = filters.filter().toQuery();
        if (format != null && !format.isBlank() && !format.strip().equalsIgnoreCase("json")) {
            return export(query, format.strip(), lang);
        }
        int pageNumber = number(page, 1, "page", "registry.page.invalid");
        int pageSize = number(size, 20, "size", "registry.size.invalid");
        if (pageNumber < 1) {
            throw InputValidation.violation("page", "registry.page.invalid");
        }
        if (pageSize < 1 || pageSize > PageRequest.MAX_SIZE) {
            throw InputValidation.violation("size", "registry.size.invalid");
        }
        long first = (long) (pageNumber - 1) * pageSize;
        if (first > Integer.MAX_VALUE) {
            throw InputValidation.violation("page", "registry.page.invalid");
        }
        Page<RegistryRow> rows = registry.search(query, new PageRequest((int) first, pageSize));
        Locale reader = Negotiation.language(lang, headers);
        return Response.ok(new UnitPage(rows.items().stream().map(r -> summary(r, reader)).toList(), rows.total(),
                pageNumber, pageSize)).build();
    }

    @GET
    @Path("{code}")
    public UnitView get(@PathParam("code") String code, @QueryParam("lang") String lang) {
        UnitRecord unit = registry.unit(code);
        Locale reader = Negotiation.language(lang, headers);
        return new UnitView(unit.creditCode(), unit.name(),
                unit.entries().stream().map(e -> entry(unit.creditCode(), e, reader)).toList(),
                links(unit.creditCode()));
    }

    @GET
    @Path("{code}/documents/{id}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response document(@PathParam("code") String code, @PathParam("id") long id) {
        return Downloads.attachment(registry.document(code, id));
    }

    private Response export(UnitQuery query, String format, String lang) {
        RegistryExport.Format chosen;
        try {
            chosen = RegistryExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InputValidation.violation("format", "registry.format.invalid");
        }
        RegistryExport export = new RegistryExport(registry, Negotiation.language(lang, headers));
        StreamingOutput body = out -> export.write(query, chosen, out);
        return Response.ok(body, chosen.mediaType())
                .header("Content-Disposition", Downloads.disposition(export.fileName(chosen, clock.now())))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static int number(String value, int otherwise, String field, String key) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        if (!value.strip().matches("-?\\d{1,9}")) {
            throw InputValidation.violation(field, key);
        }
        return Integer.parseInt(value.strip());
    }

    private UnitSummary summary(RegistryRow r, Locale reader) {
        return new UnitSummary(r.name(), r.creditCode(), r.type().name(), r.level().name(), r.year(), r.cityCode(),
                r.cityName(), r.industry(), r.basis(), r.listedAt(), r.removed() ? "REMOVED" : "LISTED",
                r.removedAt(), r.removalGround() == null ? null : r.removalGround().name(),
                r.removalGround() == null ? null : r.removalGround().clause(),
                Labels.of(r.type(), r.level(), r.removed(), r.removalGround(), reader), links(r.creditCode()));
    }

    private EntryView entry(String code, Entry e, Locale reader) {
        return new EntryView(e.level().name(), e.type().name(), e.year(), e.cityCode(), e.cityName(), e.name(),
                e.industry(), e.basis(), e.listedAt(), document(code, e.listing()), e.removed() ? "REMOVED" : "LISTED",
                e.removedAt(), e.removalGround() == null ? null : e.removalGround().name(),
                e.removalGround() == null ? null : e.removalGround().clause(),
                Labels.of(e.type(), e.level(), e.removed(), e.removalGround(), reader), document(code, e.removal()),
                e.history().stream().map(h -> event(code, h, reader)).toList());
    }

    private EventView event(String code, HistoryLine h, Locale reader) {
        return new EventView(h.kind().name(), Messages.text(reader, "enum.UnitEventKind." + h.kind()), h.occurredAt(),
                h.detail(), Clauses.cite(h.detail(), reader), document(code, h.document()));
    }

    private DocumentView document(String code, DocumentRef ref) {
        if (ref == null) {
            return null;
        }
        return new DocumentView(ref.id(), ref.number(), ref.title(), address.api().path("units")
                .path(code).path("documents").path(ref.id() + ".pdf").build());
    }

    private Links links(String code) {
        return new Links(address.api().path("units").path(code).build(),
                address.page("units/view.xhtml").queryParam("code", code).build());
    }
}
