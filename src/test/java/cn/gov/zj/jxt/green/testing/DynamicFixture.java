package cn.gov.zj.jxt.green.testing;

import cn.gov.zj.jxt.green.application.dynamic.DynamicManagementService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicManagementRepository;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;

/**
 * Listed units for the dynamic management tests, put on a list directly (the publication that lists them has its
 * own tests), and, over HTTP for the restart test, the year's deadlines and a count of a unit's candidacies.
 * Exists only in the test deployment.
 */
@Stateless
@Path("test-support/dynamic")
public class DynamicFixture {

    @Inject
    NominationFixture nomination;

    @Inject
    ListingRepository listings;

    @Inject
    DynamicManagementRepository repository;

    @Inject
    DynamicManagementService dynamic;

    @Inject
    CurrentActor currentActor;

    @Inject
    PortalClock clock;

    @Inject
    jakarta.enterprise.event.Event<cn.gov.zj.jxt.green.domain.model.listing.RemovalProposed> removalProposed;

    /** As the named reports feature does when a city concludes a verified report: inside its transaction. */
    public void reportConcluded(long organisationId, RemovalGround ground, String receiptCode) {
        removalProposed.fire(new cn.gov.zj.jxt.green.domain.model.listing.RemovalProposed(organisationId, ground,
                "经核实举报属实", receiptCode, "it-city"));
    }

    public static String unique(String name) {
        return name + "（" + UUID.randomUUID().toString().substring(0, 8) + "）";
    }

    /** A new factory of {@code cityCode}'s first county, listed at {@code level} in {@code year}, now. */
    public ListedUnit listedFactory(String name, String cityCode, ListLevel level, int year) {
        Organisation factory = nomination.register(OrganisationType.ENTERPRISE, name,
                nomination.countyOf(nomination.city(cityCode)));
        return list(factory, level, year);
    }

    /** Puts {@code organisation} on the list of {@code level} as of now, as the publication would. */
    public ListedUnit list(Organisation organisation, ListLevel level, int year) {
        ListedUnit unit = new ListedUnit(organisation, UnitType.of(organisation.getType()), level, year,
                organisation.getRegion().city(), "测试行业", year + "年名单（测试）", null, clock.now(), "it-fixture");
        listings.add(unit);
        return unit;
    }

    public ListedUnit unit(long id) {
        ListedUnit unit = listings.find(id).orElseThrow();
        unit.getHistory().size();
        return unit;
    }

    /** The id of a new municipal factory of 湖州, listed as of the portal's clock. */
    @POST
    @Path("listed/{year}")
    public String listed(@PathParam("year") int year) {
        return String.valueOf(listedFactory(unique("动态管理重启测试厂"), "330500", ListLevel.MUNICIPAL, year).getId());
    }

    @POST
    @Path("years/{year}")
    public String ensureYear(@PathParam("year") int year) {
        currentActor.runAsSystem(() -> {
            dynamic.ensureYear(year);
            return null;
        });
        return "ok";
    }

    /** Runs the April 15 effect again, outside its deadline: how many new candidates it made. */
    @POST
    @Path("missed/{year}")
    public String markMissed(@PathParam("year") int year) {
        return String.valueOf(currentActor.runAsSystem(() -> dynamic.markMissedForms(year)));
    }

    /** How many times unit {@code id} became a removal candidate for a missed form of {@code year}. */
    @GET
    @Path("units/{id}/no-form/{year}")
    public String noFormCandidacies(@PathParam("id") long id, @PathParam("year") int year) {
        return String.valueOf(repository.proposalsOfUnit(id).stream()
                .filter(p -> p.getGround() == RemovalGround.NO_FORM && p.getFormYear() == year).count());
    }
}
