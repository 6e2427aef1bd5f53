package cn.gov.zj.jxt.green.interfaces.park.rest;

import cn.gov.zj.jxt.green.application.park.ParkTargetService;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.domain.model.park.ParkProgress;
import cn.gov.zj.jxt.green.domain.model.park.ProvincePath;
import cn.gov.zj.jxt.green.interfaces.park.ParkTargetCsv;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Downloads;
import cn.gov.zj.jxt.green.interfaces.shared.rest.Negotiation;
import cn.gov.zj.jxt.green.interfaces.shared.rest.PublicAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/**
 * The park targets of seed 000 as open data, no account needed: {@code GET /api/park-targets} (the years with
 * targets) and {@code GET /api/park-targets/{year}}: each city's target and the provincial green low-carbon parks the
 * registry lists for it that year, the totals and the province's path to 50 parks by 2025. JSON, or CSV when asked by
 * {@code Accept: text/csv} or {@code format=csv}.
 */
@Path("park-targets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParkTargetResource {

    public record Years(List<YearLink> years) {
    }

    public record YearLink(int year, URI self) {
    }

    public record CityLine(String cityCode, String city, int target, long achieved, long remaining, boolean met) {
    }

    public record Totals(int target, long achieved, long remaining, long citiesMet) {
    }

    public record PathStep(int year, Integer target, long achieved, long cumulative) {
    }

    public record Province(int goal, int goalYear, long reached, long remaining, List<PathStep> path) {
    }

    public record Links(URI self, URI csv, URI html, URI units) {
    }

    public record TargetsView(int year, String basis, Instant updatedAt, List<CityLine> cities, Totals totals,
            Province province, Links links) {
    }

    @Inject
    ParkTargetService parks;

    @Inject
    PublicAddress address;

    @Context
    HttpHeaders headers;

    @GET
    public Years years() {
        return new Years(parks.years().stream()
                .map(y -> new YearLink(y, address.api().path("park-targets").path(String.valueOf(y)).build()))
                .toList());
    }

    @GET
    @Path("{year}")
    @Produces({MediaType.APPLICATION_JSON, Negotiation.CSV})
    public Response year(@PathParam("year") String year, @QueryParam("format") String format,
            @QueryParam("lang") String lang) {
        int chosen = year(year);
        ParkTargetService.Report report = parks.report(chosen);
        Locale reader = Negotiation.language(lang, headers);
        if (Negotiation.csvWanted(format, headers, "park.format.invalid")) {
            ParkTargetCsv csv = new ParkTargetCsv(reader);
            StreamingOutput body = out -> csv.write(report, out);
            return Downloads.csv(body, csv.fileName(chosen));
        }
        return Response.ok(view(report, reader), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    private static int year(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            throw InputValidation.violation("year", "park.year.range");
        }
        return Integer.parseInt(text.strip());
    }

    private TargetsView view(ParkTargetService.Report report, Locale reader) {
        boolean english = reader.getLanguage().equals("en");
        ParkProgress progress = report.progress();
        ProvincePath path = report.path();
        List<CityLine> cities = progress.cities().stream()
                .map(c -> new CityLine(c.city().getCode(), english ? c.city().getNameEn() : c.city().getName(),
                        c.target(), c.achieved(), c.remaining(), c.met()))
                .toList();
        Totals totals = new Totals(progress.totalTarget(), progress.totalAchieved(), progress.totalRemaining(),
                progress.citiesMet());
        Province province = new Province(path.goal(), path.goalYear(), path.reachedByGoalYear(), path.remaining(),
                path.steps().stream().map(s -> new PathStep(s.year(), s.target(), s.achieved(), s.cumulative()))
                        .toList());
        String year = String.valueOf(progress.year());
        URI self = address.api().path("park-targets").path(year).build();
        return new TargetsView(progress.year(), progress.basis(), report.updatedAt(), cities, totals, province,
                new Links(self, address.api().path("park-targets").path(year).queryParam("format", "csv").build(),
                        address.page("park-targets.xhtml").queryParam("year", year).build(),
                        address.api().path("units").queryParam("type", "PARK").queryParam("level", "PROVINCIAL")
                                .queryParam("year", year).build()));
    }
}
