package cn.gov.zj.jxt.green.interfaces.notification;

import static cn.gov.zj.jxt.green.testing.NominationFixture.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.account.AccountService;
import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.nomination.EngagementService;
import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.application.notification.NotificationService.InboxEntry;
import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.publicity.ObjectionForm;
import cn.gov.zj.jxt.green.application.publicity.PublicityForm;
import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.application.report.NamedReportService;
import cn.gov.zj.jxt.green.application.report.ReportForm;
import cn.gov.zj.jxt.green.application.review.ReviewService;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.ReviewDecision;
import cn.gov.zj.jxt.green.domain.model.nomination.Route;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.report.ReportSubject;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.CheckFinding;
import cn.gov.zj.jxt.green.domain.model.review.CheckItem;
import cn.gov.zj.jxt.green.domain.model.review.Expert;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryOutcome;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.NominationFixture;
import cn.gov.zj.jxt.green.testing.ReviewFixture;
import cn.gov.zj.jxt.green.testing.SmtpListener;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each step of the cycle that concerns someone tells that someone, in the workspace, with a link to the page
 * concerned, and no one of another city or organisation: the applicant its reviews and its institution's answers and
 * undertaking, the institution a request, the city an undertaking and a returned submission, the expert a seat, the
 * provincial clerks an objection, the clerk a named report assigned to her. The steps run through the services as
 * the people do; the server mails through {@link SmtpListener} on the port the build reserved (PORTAL_SMTP_PORT).
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowNotificationsIT {

    private static final String DEMO_MAIL_DOMAIN = "@green-portal.example";

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    NominationFixture fixture;

    @Inject
    ReviewFixture reviewFixture;

    @Inject
    ApplicationService applications;

    @Inject
    EngagementService engagements;

    @Inject
    NominationService nominations;

    @Inject
    ReviewService review;

    @Inject
    PublicityService publicity;

    @Inject
    NamedReportService reports;

    @Inject
    NotificationService notifications;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    ListingRepository listings;

    @Inject
    CurrentActor currentActor;

    @Test
    void anApplicantHearsOfItsInstitutionsAnswerItsUndertakingAndItsReviewsAndTheCityOfTheUndertaking()
            throws Exception {
        Region hangzhou = fixture.city("330100");
        Batch batch = fixture.openBatch(ReviewFixture.unique("通知测试批次"), nextJune30(), Map.of("330100", 2));
        Organisation institution = fixture.registerInstitution(ReviewFixture.unique("通知测试机构"),
                fixture.city("330108"), "法人甲");
        Organisation factory = fixture.register(OrganisationType.ENTERPRISE, ReviewFixture.unique("通知测试工厂"),
                fixture.countyOf(hangzhou));
        Organisation bystander = fixture.register(OrganisationType.ENTERPRISE, ReviewFixture.unique("旁观工厂"),
                fixture.countyOf(hangzhou));
        fixture.listMunicipal(factory);
        Actor applicantInbox = organisationReader(Role.APPLICANT, factory);
        Actor institutionInbox = organisationReader(Role.INSTITUTION, institution);

        // Requested: the institution is told, not the demo institution.
        Application application = fixture.drafted(batch, factory,
                NominationFixture.leadingForm(factory, Route.INSTITUTION, institution.getId()));
        InboxEntry requested = newest(institutionInbox, factory.getName());
        assertNotNull(requested, "the institution is asked");
        assertTrue(requested.subject().startsWith("【评价委托】"), requested.subject());
        assertEquals("/workspace/engagements/index.xhtml", requested.link());
        assertNull(newest(demo(DemoAccounts.INSTITUTION), factory.getName()), "another institution is not");

        // Accepted and the undertaking uploaded: the applicant hears both; 杭州's clerks the undertaking; 宁波 nothing.
        Engagement engagement = fixture.as(PROVINCE, () -> applications.engagements(application.getId())).get(0);
        fixture.as(fixture.institution(institution), () -> engagements.accept(engagement.getId()));
        InboxEntry accepted = newest(applicantInbox, institution.getName());
        assertNotNull(accepted, "the applicant hears of the acceptance");
        assertTrue(accepted.subject().contains("已接受"), accepted.subject());
        assertEquals("/workspace/applications/edit.xhtml?id=" + application.getId(), accepted.link());

        try (SmtpListener smtp = new SmtpListener(Integer.parseInt(System.getenv("PORTAL_SMTP_PORT")))) {
            byte[] scan = fixture.reportPdf("盖章承诺书");
            fixture.as(fixture.institution(institution), () -> engagements.uploadSigned(engagement.getId(),
                    "承诺书.pdf", new ByteArrayInputStream(scan)));
            InboxEntry city = newest(demo(DemoAccounts.HANGZHOU), factory.getName());
            assertNotNull(city, "杭州's clerk hears of the undertaking");
            assertEquals("【承诺书】" + institution.getName() + "已为" + factory.getName() + "上传签章的承诺书",
                    city.subject());
            assertEquals("/workspace/reviews/view.xhtml?id=" + application.getId(), city.link());
            assertTrue(newest(applicantInbox, "承诺书").subject().startsWith("【承诺书】" + institution.getName()));
            assertNull(newest(demo(DemoAccounts.NINGBO), factory.getName()), "宁波's clerk is another city");
            assertNull(newest(organisationReader(Role.APPLICANT, bystander), institution.getName()),
                    "another applicant hears nothing");

            SmtpListener.Mail mail = smtp.await(m -> city.subject().equals(m.subject()), Duration.ofSeconds(30));
            assertNotNull(mail, "mailed after the commit");
            assertEquals(List.of(DemoAccounts.HANGZHOU + DEMO_MAIL_DOMAIN), mail.recipients(),
                    "to 杭州's clerk only");
        }

        // Returned by the county with its reason, then approved: the applicant hears each decision.
        fixture.submit(factory, application.getId());
        Region county = fixture.as(PROVINCE, () -> applications.get(application.getId())).getRegion();
        fixture.as(fixture.countyClerk(county), () -> applications.review(application.getId(),
                applications.get(application.getId()).getVersion(), ReviewDecision.RETURNED, "能耗数据缺少计量依据"));
        InboxEntry returned = newest(applicantInbox, "退回");
        assertNotNull(returned, "the applicant hears of the return");
        assertTrue(returned.subject().startsWith("【退回】县（市、区）经信局退回了贵单位的申报"), returned.subject());
        assertTrue(returned.body().contains("能耗数据缺少计量依据"), "with the reason: " + returned.body());
        assertEquals("/workspace/applications/edit.xhtml?id=" + application.getId(), returned.link());

        fixture.submit(factory, application.getId());
        fixture.approve(application.getId());
        List<String> subjects = pending(applicantInbox).stream().map(InboxEntry::subject).toList();
        assertTrue(subjects.contains("【审核通过】县（市、区）经信局已审核通过贵单位的申报（" + batch.getTitle() + "）"),
                subjects.toString());
        assertTrue(subjects.contains("【审核通过】设区市经信局已审核通过贵单位的申报（" + batch.getTitle() + "）"),
                subjects.toString());
        assertTrue(pending(organisationReader(Role.APPLICANT, bystander)).isEmpty(), "another applicant: nothing");
    }

    @Test
    void anApplicantHearsThatItsInstitutionDeclined() {
        Batch batch = fixture.openBatch(ReviewFixture.unique("拒绝委托测试"), nextJune30(), Map.of("330200", 1));
        Organisation institution = fixture.registerInstitution(ReviewFixture.unique("拒绝测试机构"),
                fixture.city("330200"), "法人乙");
        Organisation park = fixture.register(OrganisationType.PARK, ReviewFixture.unique("拒绝测试园区"),
                fixture.countyOf(fixture.city("330200")));
        Application application = fixture.drafted(batch, park,
                NominationFixture.leadingForm(park, Route.INSTITUTION, institution.getId()));
        Engagement engagement = fixture.as(PROVINCE, () -> applications.engagements(application.getId())).get(0);
        fixture.as(fixture.institution(institution), () -> engagements.decline(engagement.getId()));

        InboxEntry declined = newest(organisationReader(Role.APPLICANT, park), institution.getName());
        assertNotNull(declined);
        assertEquals("【评价委托】" + institution.getName() + "拒绝了贵单位的评价委托（" + batch.getTitle() + "）",
                declined.subject());
        assertTrue(declined.body().contains("另选第三方机构"), declined.body());
    }

    @Test
    void theCityWhoseSubmissionIsReturnedIsToldAndNoOtherCity() {
        Region hangzhou = fixture.city("330100");
        Batch batch = fixture.openBatch(ReviewFixture.unique("退回报送测试"), nextJune30(), Map.of("330100", 1));
        Application approved = fixture.approvedFactory(batch, fixture.countyOf(hangzhou),
                ReviewFixture.unique("退回测试工厂"));
        CitySubmission submitted = fixture.as(fixture.cityClerk(hangzhou), () -> {
            nominations.nominate(approved.getId());
            nominations.issueLetter(batch.getId(), "杭经信函〔2026〕" + (approved.getId() % 1000) + "号");
            return nominations.submit(batch.getId());
        });
        LocalDate due = LocalDate.now(OfficialDay.ZONE).plusDays(5);
        fixture.as(PROVINCE, () -> nominations.returnForCorrection(submitted.getId(), "汇总表行业填写不规范", due));

        InboxEntry returned = newest(demo(DemoAccounts.HANGZHOU), batch.getTitle());
        assertNotNull(returned, "杭州's clerk is told");
        assertEquals("【退回】省经信厅退回了贵局的推荐材料（" + batch.getTitle() + "）", returned.subject());
        assertTrue(returned.body().contains("汇总表行业填写不规范"), returned.body());
        assertTrue(returned.body().contains(due.getMonthValue() + "月" + due.getDayOfMonth() + "日前"), returned.body());
        assertEquals("/workspace/nomination/index.xhtml?batch=" + batch.getId(), returned.link());
        assertNull(newest(demo(DemoAccounts.NINGBO), batch.getTitle()), "宁波 is another city");
        assertNull(newest(demo(DemoAccounts.XIHU), batch.getTitle()), "nor the county clerk: the city submits");
    }

    @Test
    void anExpertDrawnForAPanelIsToldThroughHisAccountAndNoOtherExpert() {
        // Every expert of the pool signs in (the clerk links an account where there is none), so whoever is drawn
        // has an inbox to be told in.
        List<Expert> pool = fixture.as(PROVINCE, () -> review.experts()).stream().filter(Expert::isActive).toList();
        Map<Long, Actor> readers = new java.util.HashMap<>();
        for (Expert expert : pool) {
            readers.put(expert.getId(), reviewFixture.expertActor(expert));
        }
        Region huzhou = fixture.city(ReviewFixture.HUZHOU);
        Batch batch = fixture.openBatch(ReviewFixture.unique("抽取专家通知测试"), nextJune30(),
                Map.of(ReviewFixture.HUZHOU, 1));
        Application application = fixture.approvedFactory(batch, fixture.countyOf(huzhou),
                ReviewFixture.unique("专家通知测试工厂"));
        fixture.as(fixture.cityClerk(huzhou), () -> {
            nominations.nominate(application.getId());
            nominations.issueLetter(batch.getId(), "湖经信函〔2026〕" + (application.getId() % 1000) + "号");
            return nominations.submit(batch.getId());
        });
        fixture.as(PROVINCE, () -> review.openPreliminary(application.getId()));
        for (CheckItem item : fixture.as(PROVINCE, () -> review.preliminary(application.getId())).getItems()) {
            fixture.as(PROVINCE, () -> review.check(application.getId(), item.getCode(), CheckFinding.OK, null));
        }
        fixture.as(PROVINCE, () -> review.decide(application.getId(), PreliminaryOutcome.PASS, null));
        fixture.as(PROVINCE, () -> review.drawPanel(application.getId(), 2, false));

        List<Assignment> seats = fixture.as(PROVINCE, () -> review.panel(application.getId()));
        assertEquals(2, seats.size());
        String name = application.getOrganisation().getName();
        for (Assignment seat : seats) {
            InboxEntry told = newest(readers.get(seat.getExpert().getId()), name);
            assertNotNull(told, seat.getExpert().getName() + " is told");
            assertTrue(told.subject().startsWith("【评审任务】您被抽取为" + name + "的评审专家"), told.subject());
            assertEquals("/workspace/expert/score.xhtml?id=" + seat.getId(), told.link());
        }
        Optional<Expert> notDrawn = pool.stream()
                .filter(e -> seats.stream().noneMatch(s -> s.getExpert().getId().equals(e.getId()))).findFirst();
        assertTrue(notDrawn.isPresent(), "the pool is larger than the panel");
        assertNull(newest(readers.get(notDrawn.get().getId()), name), "an expert not drawn is not told");
    }

    @Test
    void anObjectionIsToldToTheProvincialClerksWithoutWhoObjected() throws Exception {
        Batch batch = reviewFixture.proposedBatch(ReviewFixture.unique("异议通知测试批次"),
                List.of(ReviewFixture.unique("湖州异议通知厂")));
        Publicity published = fixture.as(PROVINCE, () -> publicity.publish(batch.getId(),
                new PublicityForm(LocalDate.now(OfficialDay.ZONE), null, "0571-87000000")));
        String unit = published.getEntries().get(0).getUnitName();
        try (SmtpListener smtp = new SmtpListener(Integer.parseInt(System.getenv("PORTAL_SMTP_PORT")))) {
            currentActor.runAs(Actor.anonymous(someAddress()), () -> publicity.object(published.getId(),
                    new ObjectionForm(published.getEntries().get(0).getId(), "赵某某", "11010519491231002X",
                            "13800000000", null, "该单位近三年内受过环保处罚。"), List.of()));

            InboxEntry told = newest(demo(DemoAccounts.PROVINCE), unit);
            assertNotNull(told, "the provincial clerk is told");
            assertEquals("【异议】公示中的" + unit + "收到一件异议（" + published.getTitle() + "）", told.subject());
            assertEquals("/workspace/publicity/view.xhtml?id=" + published.getId(), told.link());
            assertTrue(!told.subject().contains("赵某某") && !told.body().contains("赵某某"), "no word of who objected");
            assertNull(newest(demo(DemoAccounts.HANGZHOU), unit), "not the cities' clerks");

            SmtpListener.Mail mail = smtp.await(m -> told.subject().equals(m.subject()), Duration.ofSeconds(30));
            assertNotNull(mail, "mailed after the commit");
            assertEquals(List.of(DemoAccounts.PROVINCE + DEMO_MAIL_DOMAIN), mail.recipients());
        }
    }

    @Test
    void aNamedReportAssignedToAClerkIsToldToHerAlone() {
        Region hangzhou = fixture.city("330100");
        Organisation factory = fixture.register(OrganisationType.ENTERPRISE, ReviewFixture.unique("举报通知测试厂"),
                fixture.countyOf(hangzhou));
        fixture.listMunicipal(factory);
        long unit = listings.find(factory.getId(), UnitType.FACTORY, ListLevel.MUNICIPAL).orElseThrow().getId();
        long id = currentActor.runAs(Actor.anonymous(someAddress()), () -> reports.report(new ReportForm(
                ReportSubject.LISTED_UNIT, unit, "钱某某", "11010519491231002X", "0571-88880000", null,
                "举报事实：能耗数据不实。"), List.of())).report().getId();
        Account colleague = cityClerkAccount(hangzhou);

        fixture.as(PROVINCE, () -> reports.assign(id, colleague.getUsername()));

        String reference = fixture.as(PROVINCE, () -> reports.get(id)).reference();
        InboxEntry told = newest(Actor.of(colleague, null), reference);
        assertNotNull(told, "the assigned clerk is told");
        assertEquals("【实名举报】实名举报 " + reference + " 已交由您办理", told.subject());
        assertTrue(told.body().contains(factory.getName()), told.body());
        assertEquals("/workspace/reports/view.xhtml?id=" + id, told.link());
        assertNull(newest(demo(DemoAccounts.HANGZHOU), reference), "not her colleague");
        assertNull(newest(demo(DemoAccounts.NINGBO), reference), "nor another city");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** A documentation address of its own, so that the public forms' limit per address counts this call alone. */
    private static String someAddress() {
        return "192.0.2." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
    }

    private static LocalDate nextJune30() {
        return LocalDate.of(LocalDate.now(OfficialDay.ZONE).getYear() + 1, 6, 30);
    }

    /** The newest pending notification of the reader whose subject names {@code text}; null if none. */
    private InboxEntry newest(Actor reader, String text) {
        return pending(reader).stream().filter(n -> n.subject().contains(text)).findFirst().orElse(null);
    }

    private List<InboxEntry> pending(Actor reader) {
        return notifications.unread(reader, new PageRequest(0, 100)).items();
    }

    private Actor demo(String username) {
        return Actor.of(accounts.findByUsername(username).orElseThrow(), null);
    }

    /**
     * An inbox of the organisation as its accounts read it. A notification to an organisation is matched on the
     * organisation, so a reader with an account id of no account sees what each of its accounts sees, all unread.
     */
    private static Actor organisationReader(Role role, Organisation organisation) {
        return new Actor("it-reader-" + organisation.getId(), role, null, organisation.getId(), Long.MAX_VALUE,
                null);
    }

    private Account cityClerkAccount(Region city) {
        Account account = new Account();
        account.setUsername("it-clerk-" + UUID.randomUUID().toString().substring(0, 8));
        account.setDisplayName("测试经办人");
        account.setRole(Role.CITY_CLERK);
        account.setRegion(city);
        return currentActor.runAsSystem(() -> accountService.create(account, "Clerk2025test!"));
    }
}
