package cn.gov.zj.jxt.green.testing;

import cn.gov.zj.jxt.green.application.report.NamedReportService;
import cn.gov.zj.jxt.green.application.report.ReportForm;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.report.ReportSubject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Sets up named-report data from outside, for tests that drive the deployed portal over HTTP: a factory on a
 * city's municipal list, and a report about it filed as the public files it (through the service; the form itself
 * is the browser test's). Exists only in the test deployment.
 */
@Path("test-support/named-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportSupport {

    @Inject
    NominationFixture fixture;

    @Inject
    ListingRepository listings;

    @Inject
    NamedReportService reports;

    /** A new factory in a county of {@code city}, on the city's municipal list: {"unitId", "name"}. */
    @POST
    @Path("listed-unit")
    public String listedUnit(@QueryParam("city") String city, @QueryParam("name") String name) {
        Organisation factory = fixture.register(OrganisationType.ENTERPRISE, ReviewFixture.unique(name),
                fixture.countyOf(fixture.city(city)));
        fixture.listMunicipal(factory);
        long unitId = listings.find(factory.getId(), UnitType.FACTORY, ListLevel.MUNICIPAL).orElseThrow().getId();
        return Json.createObjectBuilder().add("unitId", unitId).add("name", factory.getName()).build().toString();
    }

    /** A report about listed unit {@code unit} by the person given: {"id", "code"}. */
    @POST
    public String report(@QueryParam("unit") long unit, @QueryParam("name") String name,
            @QueryParam("idNumber") String idNumber, @QueryParam("phone") String phone,
            @QueryParam("email") String email) {
        NamedReportService.Receipt receipt = reports.report(new ReportForm(ReportSubject.LISTED_UNIT, unit, name,
                idNumber, phone, email, "举报事实：该单位申报材料中的能耗数据与实际不符。"), List.of());
        return Json.createObjectBuilder().add("id", receipt.report().getId()).add("code", receipt.code()).build()
                .toString();
    }
}
