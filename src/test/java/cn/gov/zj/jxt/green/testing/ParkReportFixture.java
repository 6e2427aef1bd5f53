package cn.gov.zj.jxt.green.testing;

import cn.gov.zj.jxt.green.application.account.AccountService;
import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.park.ParkReportReminders;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Parks on a list for the tests of the parks' yearly report reminder (seed 000 §三(一)4), each with an APPLICANT
 * account (the demo password); makes a year's reminder row as the start-up does for the current year, and reports
 * what a park was told. Exists only in the test deployment.
 */
@Stateless
@Path("test-support/park-reports")
public class ParkReportFixture {

    @Inject
    NominationFixture nomination;

    @Inject
    DynamicFixture dynamic;

    @Inject
    AccountService accounts;

    @Inject
    ParkReportReminders reminders;

    @Inject
    DeadlineService deadlines;

    @Inject
    CurrentActor currentActor;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A park of {@code city}'s first county on the list of {@code level} for {@code year}: {"id", "username"}. */
    @POST
    @Path("parks")
    @Produces(MediaType.APPLICATION_JSON)
    public String park(@QueryParam("city") String city, @QueryParam("name") String name,
            @QueryParam("level") ListLevel level, @QueryParam("year") int year) {
        Organisation park = nomination.register(OrganisationType.PARK, DynamicFixture.unique(name),
                nomination.countyOf(nomination.city(city)));
        dynamic.list(park, level, year);
        Account account = new Account();
        account.setUsername("parkreport-" + Long.toString(System.nanoTime(), 36));
        account.setDisplayName("园区联系人");
        account.setRole(Role.APPLICANT);
        account.setOrganisation(park);
        currentActor.runAsSystem(() -> accounts.create(account, DemoAccounts.PASSWORD));
        return Json.createObjectBuilder().add("id", park.getId()).add("username", account.getUsername()).build()
                .toString();
    }

    /** Makes the reminder row of {@code year}, as the start-up does for the current year. */
    @POST
    @Path("years/{year}")
    public String open(@PathParam("year") int year) {
        currentActor.runAsSystem(() -> {
            reminders.open(year);
            return null;
        });
        return "ok";
    }

    /** The reminder rows of {@code year} and how many of its reminders the park received. */
    @GET
    @Path("parks/{park}/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    public String told(@PathParam("park") long parkId, @PathParam("year") int year) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (Deadline deadline : deadlines.ofSubject(ParkReportReminders.SUBJECT, year)) {
            rows.add(deadline.getKind() + (deadline.getDoneAt() == null ? "" : ":done"));
        }
        long reminders = em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.category = 'park.report'"
                + " AND n.audience.organisationId = :park AND n.subject LIKE :subject", Long.class)
                .setParameter("park", parkId).setParameter("subject", year + "年度%").getSingleResult();
        return Json.createObjectBuilder().add("deadlines", rows).add("reminders", reminders).build().toString();
    }
}
