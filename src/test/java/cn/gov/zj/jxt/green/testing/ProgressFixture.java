package cn.gov.zj.jxt.green.testing;

import cn.gov.zj.jxt.green.application.account.AccountService;
import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.park.PlanDecisionForm;
import cn.gov.zj.jxt.green.application.park.ProgressPeriods;
import cn.gov.zj.jxt.green.application.park.TransformationPlanForm;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService;
import cn.gov.zj.jxt.green.application.park.TransformationPlanService.PlanView;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.park.ProgressReport;
import cn.gov.zj.jxt.green.domain.model.park.ProgressReportRepository;
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
import java.math.BigDecimal;
import java.util.List;

/**
 * Parks with approved circular transformation plans for the progress report tests, each with an APPLICANT account
 * (the demo password): the plan is submitted as the park and approved as the province through the services, so the
 * approval opens the year's report as it does in use. Also runs the deadlines now due (as the timers would) and
 * reports what a year's report went through: its state, the reminders and overdue notices its park received and how
 * often the cut-off marked it overdue (audit entries). Exists only in the test deployment.
 */
@Stateless
@Path("test-support/progress")
public class ProgressFixture {

    @Inject
    NominationFixture nomination;

    @Inject
    AccountService accounts;

    @Inject
    TransformationPlanService plans;

    @Inject
    ProgressReportRepository reports;

    @Inject
    DeadlineService deadlines;

    @Inject
    CurrentActor currentActor;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** A park of {@code city}'s first county with an approved plan: {"username", "planId", "name"}. */
    @POST
    @Path("parks")
    @Produces(MediaType.APPLICATION_JSON)
    public String park(@QueryParam("city") String city, @QueryParam("name") String name) {
        Organisation park = nomination.register(OrganisationType.PARK, DynamicFixture.unique(name),
                nomination.countyOf(nomination.city(city)));
        Account account = new Account();
        account.setUsername("progress-" + Long.toString(System.nanoTime(), 36));
        account.setDisplayName("园区联系人");
        account.setRole(Role.APPLICANT);
        account.setOrganisation(park);
        currentActor.runAsSystem(() -> accounts.create(account, DemoAccounts.PASSWORD));
        Actor parkActor = new Actor(account.getUsername(), Role.APPLICANT, null, park.getId(), null, null);
        currentActor.runAs(parkActor, () -> plans.submit(form()));
        // Read again, as the province would: the query writes the submission first, so the version is current.
        PlanView plan = currentActor.runAs(parkActor, () -> plans.own().orElseThrow());
        currentActor.runAs(NominationFixture.PROVINCE, () -> plans.decide(
                new PlanDecisionForm(plan.id(), PlanDecisionForm.Decision.APPROVE, null, plan.version())));
        return Json.createObjectBuilder().add("username", account.getUsername()).add("planId", plan.id())
                .add("name", park.getName()).build().toString();
    }

    /** Runs every deadline due now, as the timers would; how many this call ran. */
    @POST
    @Path("sweep")
    public String sweep() {
        int ran = 0;
        for (Long id : deadlines.dueNow()) {
            if (deadlines.fire(id)) {
                ran++;
            }
        }
        return String.valueOf(ran);
    }

    /** What the plan's report of {@code year} went through; 404 when the year is not open. */
    @GET
    @Path("plans/{plan}/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    public String report(@PathParam("plan") long planId, @PathParam("year") int year) {
        ProgressReport report = reports.find(planId, year).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        long park = report.getPlan().getOrganisation().getId();
        JsonArrayBuilder due = Json.createArrayBuilder();
        for (Deadline deadline : deadlines.ofSubject(ProgressPeriods.SUBJECT, report.getId())) {
            due.add(deadline.getKind() + (deadline.getDoneAt() == null ? "" : ":done"));
        }
        return Json.createObjectBuilder().add("id", report.getId()).add("filed", report.isFiled())
                .add("late", report.isLate()).add("overdue", report.getOverdueAt() != null)
                .add("reminders", notices(park, year + "年度%待报送"))
                .add("overdueNotices", notices(park, "%" + year + "年度%逾期未报"))
                .add("overdueMarks", em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = :action"
                        + " AND a.entityType = 'ProgressReport' AND a.entityId = :id", Long.class)
                        .setParameter("action", "progress.overdue").setParameter("id", report.getId().toString())
                        .getSingleResult())
                .add("deadlines", due).build().toString();
    }

    private long notices(long organisationId, String subject) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.category = 'park.progress'"
                + " AND n.audience.organisationId = :organisation AND n.subject LIKE :subject", Long.class)
                .setParameter("organisation", organisationId).setParameter("subject", subject).getSingleResult();
    }

    private static TransformationPlanForm form() {
        return new TransformationPlanForm("园区规划面积12平方公里，以新材料为主导产业。", "推进余热利用和中水回用。",
                List.of(new TransformationPlanForm.Project("中水回用工程", "建设日处理5000吨中水回用设施",
                        new BigDecimal("3200"), 2022, 2025)),
                new BigDecimal("8000"), new BigDecimal("300000"), new BigDecimal("21000"), new BigDecimal("5000"),
                new BigDecimal("200000"), new BigDecimal("90"), new BigDecimal("0.5"), new BigDecimal("7"),
                new BigDecimal("92"), "管委会成立工作专班。", null);
    }
}
