package cn.gov.zj.jxt.green.interfaces.dynamic;

import static cn.gov.zj.jxt.green.testing.NominationFixture.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.dynamic.DynamicFormInput;
import cn.gov.zj.jxt.green.application.dynamic.DynamicManagementDeadlines;
import cn.gov.zj.jxt.green.application.dynamic.DynamicManagementService;
import cn.gov.zj.jxt.green.application.dynamic.RemovalService;
import cn.gov.zj.jxt.green.application.exclusion.ExclusionService;
import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.shared.AccessDeniedException;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.dynamic.ChangeKind;
import cn.gov.zj.jxt.green.domain.model.dynamic.ChangeStatus;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicForm;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicManagementRepository;
import cn.gov.zj.jxt.green.domain.model.dynamic.ProposalStatus;
import cn.gov.zj.jxt.green.domain.model.dynamic.ReReviewOutcome;
import cn.gov.zj.jxt.green.domain.model.dynamic.ReReviewTask;
import cn.gov.zj.jxt.green.domain.model.dynamic.RemovalDocuments;
import cn.gov.zj.jxt.green.domain.model.dynamic.RemovalProposal;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.listing.UnitEventKind;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import cn.gov.zj.jxt.green.domain.model.nomination.Route;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.DynamicFixture;
import cn.gov.zj.jxt.green.testing.NominationFixture;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dynamic management and removals inside the server, through the services as each person uses them: the form filed
 * by April 15 and reviewed by the city, the missed form that makes a unit a removal candidate once, the five-yearly
 * re-review, an immediate removal announced at once, and the yearly announcement that publishes several removals
 * together on the date the province set. A removed unit's next application is refused (004 §(十七) 3).
 */
@ExtendWith(ArquillianExtension.class)
class DynamicManagementIT {

    private static final String HUZHOU = "330500";

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    NominationFixture fixture;

    @Inject
    DynamicFixture dynamicFixture;

    @Inject
    DynamicManagementService dynamic;

    @Inject
    RemovalService removals;

    @Inject
    DynamicManagementRepository repository;

    @Inject
    ListingRepository listings;

    @Inject
    ExclusionService exclusions;

    @Inject
    DeadlineService deadlines;

    @Inject
    DocumentService documents;

    @Inject
    NotificationService notifications;

    @Inject
    DynamicManagementDeadlines handler;

    @Inject
    CurrentActor currentActor;

    @Inject
    MovableClock clock;

    @Test
    void aFormIsFiledByApril15WithItsChangesAndTheCityConfirmsThem() {
        try {
            clock.moveTo(Instant.parse("2026-03-02T02:00:00Z"));
            ListedUnit unit = dynamicFixture.listedFactory(DynamicFixture.unique("填报测试厂"), HUZHOU,
                    ListLevel.MUNICIPAL, 2025);
            Organisation organisation = unit.getOrganisation();
            Indicators indicators = new Indicators();
            DynamicFormInput input = new DynamicFormInput(indicators, "年度指标稳定", List.of(
                    new DynamicFormInput.Change(ChangeKind.NAME, "公司更名", "浙江更名后绿色科技有限公司"),
                    new DynamicFormInput.Change(ChangeKind.ADDRESS, "生产地址迁至新厂区", null)));
            DynamicForm form = fixture.as(fixture.applicant(organisation), () -> dynamic.file(input));
            assertEquals(2026, form.getYear());
            assertEquals(2, form.getChanges().size());
            BusinessRuleException twice = assertThrows(BusinessRuleException.class,
                    () -> fixture.as(fixture.applicant(organisation), () -> dynamic.file(input)));
            assertEquals("dynamic.form.filed", twice.messageKey(), "one form per organisation and year");

            // The city of the unit reviews; another city may not.
            var ningbo = fixture.cityClerk(fixture.city("330200"));
            assertThrows(AccessDeniedException.class, () -> fixture.as(ningbo,
                    () -> dynamic.acceptChange(form.getChanges().get(0).getId())));
            var huzhou = fixture.cityClerk(fixture.city(HUZHOU));
            assertEquals(ChangeStatus.ACCEPTED, fixture.as(huzhou,
                    () -> dynamic.acceptChange(form.getChanges().get(0).getId())).getStatus());
            List<RemovalProposal> proposed = fixture.as(huzhou, () -> dynamic.proposeRemovalForChange(
                    form.getChanges().get(1).getId(), "迁址后不再符合绿色工厂评价要求"));
            assertEquals(1, proposed.size());
            assertEquals(RemovalGround.NO_LONGER_QUALIFIES, proposed.get(0).getGround());
            assertEquals(1, fixture.as(huzhou, () -> dynamic.formsOfCity(2026)).stream()
                    .filter(f -> f.getId().equals(form.getId())).count());

            ListedUnit renamed = dynamicFixture.unit(unit.getId());
            assertEquals("浙江更名后绿色科技有限公司", renamed.getName());
            assertTrue(renamed.getHistory().stream().anyMatch(e -> e.getKind() == UnitEventKind.RENAMED));

            // After 24:00 of April 15 the form is late.
            clock.moveTo(Instant.parse("2026-04-15T16:00:00Z"));
            ListedUnit late = dynamicFixture.listedFactory(DynamicFixture.unique("逾期填报测试厂"), HUZHOU,
                    ListLevel.MUNICIPAL, 2025);
            BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> fixture.as(
                    fixture.applicant(late.getOrganisation()), () -> dynamic.file(new DynamicFormInput(null, null,
                            List.of()))));
            assertEquals("dynamic.form.late", refused.messageKey());
        } finally {
            clock.reset();
        }
    }

    @Test
    void aUnitThatMissesApril15BecomesARemovalCandidateOnce() {
        int year = clock.today().getYear() + 1;
        ListedUnit missed = dynamicFixture.listedFactory(DynamicFixture.unique("未填报测试厂"), HUZHOU,
                ListLevel.MUNICIPAL, 2024);
        int first = currentActor.runAsSystem(() -> dynamic.markMissedForms(year));
        assertTrue(first >= 1, "at least ours: " + first);
        int second = currentActor.runAsSystem(() -> dynamic.markMissedForms(year));
        assertEquals(0, second, "nobody twice");
        List<RemovalProposal> ours = repository.proposalsOfUnit(missed.getId());
        assertEquals(1, ours.size());
        assertEquals(RemovalGround.NO_FORM, ours.get(0).getGround());
        assertEquals(Integer.valueOf(year), ours.get(0).getFormYear());
        assertEquals(ProposalStatus.PROPOSED, ours.get(0).getStatus());
    }

    @Test
    void everyUnitListedFiveYearsEarlierGetsOneReReviewTaskForItsCity() {
        int year = clock.today().getYear();
        ListedUnit due = dynamicFixture.listedFactory(DynamicFixture.unique("五年复核测试厂"), HUZHOU,
                ListLevel.MUNICIPAL, year - 5);
        ListedUnit notDue = dynamicFixture.listedFactory(DynamicFixture.unique("未满五年测试厂"), HUZHOU,
                ListLevel.MUNICIPAL, year - 3);
        currentActor.runAsSystem(() -> dynamic.openReReviews(year));
        currentActor.runAsSystem(() -> dynamic.openReReviews(year));
        var huzhou = fixture.cityClerk(fixture.city(HUZHOU));
        List<ReReviewTask> tasks = fixture.as(huzhou, () -> dynamic.reReviewsOfCity());
        assertEquals(1, tasks.stream().filter(t -> t.getUnit().getId().equals(due.getId())).count(), "once");
        assertEquals(0, tasks.stream().filter(t -> t.getUnit().getId().equals(notDue.getId())).count());
        ReReviewTask task = tasks.stream().filter(t -> t.getUnit().getId().equals(due.getId())).findFirst()
                .orElseThrow();
        assertTrue(fixture.as(fixture.cityClerk(fixture.city("330200")), () -> dynamic.reReviewsOfCity()).stream()
                .noneMatch(t -> t.getId().equals(task.getId())), "routed to 湖州 only");
        ReReviewTask concluded = fixture.as(huzhou, () -> dynamic.concludeReReview(task.getId(), true, "现场复核通过"));
        assertEquals(ReReviewOutcome.PASSED, concluded.getOutcome());
        assertTrue(dynamicFixture.unit(due.getId()).getHistory().stream()
                .anyMatch(e -> e.getKind() == UnitEventKind.RE_REVIEWED));
    }

    @Test
    void anImmediateRemovalIsAnnouncedAtOnceFromEveryLevelAndBarsANewApplication() {
        ListedUnit municipal = dynamicFixture.listedFactory(DynamicFixture.unique("事故测试厂"), HUZHOU,
                ListLevel.MUNICIPAL, 2023);
        Organisation organisation = municipal.getOrganisation();
        ListedUnit provincial = dynamicFixture.list(organisation, ListLevel.PROVINCIAL, 2024);
        var huzhou = fixture.cityClerk(fixture.city(HUZHOU));
        List<RemovalProposal> proposed = fixture.as(huzhou, () -> removals.propose(municipal.getId(),
                RemovalGround.MAJOR_ACCIDENT, "发生重大生产安全事故，造成人员伤亡", "事故通报.png",
                new ByteArrayInputStream(PNG)));
        assertEquals(2, proposed.size(), "every level the organisation is on");
        assertTrue(proposed.get(0).hasEvidence());

        IssuedDocument announcement = fixture.as(PROVINCE, () -> removals.decide(proposed.get(0).getId(), "同意移出"))
                .orElseThrow();
        assertNotNull(announcement.getNumber(), "numbered by the department");
        assertTrue(announcement.getNumber().startsWith("浙经信绿色〔"), announcement.getNumber());
        assertTrue(documents.file(announcement, DocumentService.RenditionType.PDF).content().length > 1000);

        for (ListedUnit entry : List.of(municipal, provincial)) {
            ListedUnit after = dynamicFixture.unit(entry.getId());
            assertTrue(after.isRemoved(), "removed: " + entry.getLevel());
            assertEquals(RemovalGround.MAJOR_ACCIDENT, after.getRemovalGround());
            assertEquals(announcement.getId(), after.getRemovalDocument().getId());
            assertEquals(UnitEventKind.LISTED, after.getHistory().get(0).getKind(), "history kept");
            assertEquals(UnitEventKind.REMOVED, after.getHistory().get(after.getHistory().size() - 1).getKind());
        }
        assertTrue(listings.onList(ListLevel.PROVINCIAL, organisation.getName(), new PageRequest(0, 50)).items()
                .isEmpty(), "off the current provincial list");
        assertTrue(listings.find(organisation.getId(), provincial.getUnitType(), ListLevel.PROVINCIAL).isEmpty());
        assertTrue(removals.announcements().stream().anyMatch(d -> d.getId().equals(announcement.getId())));

        // Barred for three years (004 §(十七) 3): the register holds it and the eligibility engine cites it.
        assertEquals(List.of(ExclusionGround.REMOVED_FROM_LIST), fixture.as(PROVINCE,
                () -> exclusions.inForce(organisation.getCreditCode(), LocalDate.now(OfficialDay.ZONE).minusYears(3))).stream()
                .map(e -> e.getGround()).toList());
        Batch batch = fixture.openBatch(DynamicFixture.unique("移出后申报测试"),
                LocalDate.of(LocalDate.now(OfficialDay.ZONE).getYear() + 1, 6, 30), Map.of(HUZHOU, 3));
        Application application = fixture.drafted(batch, organisation,
                NominationFixture.leadingForm(organisation, Route.SELF_EVALUATION, null));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> fixture.submit(organisation, application.getId()));
        assertEquals("application.ineligible", refused.messageKey());
        assertTrue(String.valueOf(refused.parameters()[0]).contains("004 §(十七) 3"), refused.parameters()[0].toString());
    }

    @Test
    void theYearlyAnnouncementPublishesEveryDecidedRemovalTogetherOnTheDateSet() {
        ListedUnit falsified = dynamicFixture.listedFactory(DynamicFixture.unique("数据造假测试厂"), HUZHOU,
                ListLevel.MUNICIPAL, 2023);
        ListedUnit excluded = dynamicFixture.listedFactory(DynamicFixture.unique("失信测试厂"), "330200",
                ListLevel.PROVINCIAL, 2023);
        ListedUnit dismissed = dynamicFixture.listedFactory(DynamicFixture.unique("驳回测试厂"), HUZHOU,
                ListLevel.MUNICIPAL, 2023);
        RemovalProposal p1 = fixture.as(fixture.cityClerk(fixture.city(HUZHOU)), () -> removals.propose(
                falsified.getId(), RemovalGround.FALSIFIED, "能耗数据造假", null, null)).get(0);
        RemovalProposal p2 = fixture.as(fixture.cityClerk(fixture.city("330200")), () -> removals.propose(
                excluded.getId(), RemovalGround.EXCLUSION, "被列为失信被执行人", null, null)).get(0);
        RemovalProposal p3 = fixture.as(fixture.cityClerk(fixture.city(HUZHOU)), () -> removals.propose(
                dismissed.getId(), RemovalGround.FALSIFIED, "举报称数据不实", null, null)).get(0);
        assertThrows(AccessDeniedException.class, () -> fixture.as(fixture.cityClerk(fixture.city(HUZHOU)),
                () -> removals.decide(p1.getId(), null)), "the province decides");
        fixture.as(PROVINCE, () -> removals.decide(p1.getId(), "核实属实"));
        fixture.as(PROVINCE, () -> removals.decide(p2.getId(), "核实属实"));
        fixture.as(PROVINCE, () -> removals.dismiss(p3.getId(), "经核实数据无误"));
        assertTrue(!dynamicFixture.unit(falsified.getId()).isRemoved(), "not before the announcement");

        int year = clock.today().getYear();
        LocalDate date = clock.today().plusDays(1);
        Deadline deadline = fixture.as(PROVINCE, () -> removals.setAnnouncementDate(year, date));
        assertEquals(date.atTime(9, 0).atZone(MovableClock.ZONE).toInstant(), deadline.getDueAt());
        try {
            assertTrue(!deadlines.fire(deadline.getId()), "not yet due");
            clock.moveTo(deadline.getDueAt().plusSeconds(60));
            // The timer may ring as well; the deadline runs once whichever comes first.
            deadlines.fire(deadline.getId());
        } finally {
            clock.reset();
        }
        Deadline done = deadlines.ofSubject("RemovalYear", year).stream()
                .filter(d -> d.getId().equals(deadline.getId())).findFirst().orElseThrow();
        assertNotNull(done.getDoneAt());
        RemovalProposal e1 = repository.proposal(p1.getId()).orElseThrow();
        RemovalProposal e2 = repository.proposal(p2.getId()).orElseThrow();
        assertEquals(ProposalStatus.EFFECTED, e1.getStatus());
        assertEquals(ProposalStatus.EFFECTED, e2.getStatus());
        assertEquals(e1.getAnnouncement().getId(), e2.getAnnouncement().getId(), "one announcement for both");
        assertEquals(ProposalStatus.DISMISSED, repository.proposal(p3.getId()).orElseThrow().getStatus());
        assertTrue(dynamicFixture.unit(falsified.getId()).isRemoved());
        assertTrue(dynamicFixture.unit(excluded.getId()).isRemoved());
        assertTrue(!dynamicFixture.unit(dismissed.getId()).isRemoved());
        assertEquals(RemovalDocuments.announcement(year, List.of(e1), false, date).title(),
                e1.getAnnouncement().getTitle());
        assertNull(currentActor.runAsSystem(() -> removals.publishYearly(year)), "nothing left to announce");
        assertEquals(2, repository.proposalsOfAnnouncement(e1.getAnnouncement().getId()).stream()
                .filter(p -> p.getId().equals(p1.getId()) || p.getId().equals(p2.getId())).count());
        assertEquals(Map.of(), repository.proposalsOfAnnouncement(e1.getAnnouncement().getId()).stream()
                .filter(p -> p.getStatus() != ProposalStatus.EFFECTED)
                .collect(Collectors.groupingBy(RemovalProposal::getStatus)));
    }

    @Test
    void aUnitThatHasNotFiledIsRemindedOncePerReminderDeadline() {
        int year = clock.today().getYear() + 1;
        ListedUnit unit = dynamicFixture.listedFactory(DynamicFixture.unique("催报测试厂"), HUZHOU,
                ListLevel.MUNICIPAL, 2024);
        currentActor.runAsSystem(() -> {
            dynamic.ensureYear(year);
            return null;
        });
        Deadline reminder = deadlines.ofSubject("DynamicYear", year).stream()
                .filter(d -> d.getKind().equals("dynamic.form.reminder.first")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(year, 4, 1).atStartOfDay(MovableClock.ZONE).toInstant(), reminder.getDueAt());
        // An account of the unit (the inbox is read per account; no such account has read anything).
        var applicant = new cn.gov.zj.jxt.green.application.shared.Actor("it-unit", cn.gov.zj.jxt.green.domain.model.account
                .Role.APPLICANT, null, unit.getOrganisation().getId(), Long.MAX_VALUE, null);
        long before = notifications.unreadCount(applicant);
        // Both triggers of one deadline (which the deadline service would never let run twice) tell the unit once.
        currentActor.runAsSystem(() -> handler.handle(reminder));
        currentActor.runAsSystem(() -> handler.handle(reminder));
        assertEquals(before + 1, notifications.unreadCount(applicant));
        var newest = notifications.unread(applicant, new PageRequest(0, 1)).items().get(0);
        assertTrue(newest.subject().contains(year + "年度动态管理表"), newest.subject());
        assertEquals("/workspace/dynamic/unit.xhtml", newest.link());
    }

    @Test
    void aFormReminderThatRingsAfterApril15RemindsNoOne() {
        // Last year's reminder, as the timers would ring it at a start-up long after its cut-off.
        int year = clock.today().getYear() - 1;
        ListedUnit unit = dynamicFixture.listedFactory(DynamicFixture.unique("迟到催报测试厂"), HUZHOU,
                ListLevel.MUNICIPAL, year - 1);
        var applicant = new cn.gov.zj.jxt.green.application.shared.Actor("it-unit", cn.gov.zj.jxt.green.domain.model.account
                .Role.APPLICANT, null, unit.getOrganisation().getId(), Long.MAX_VALUE, null);
        long before = notifications.unreadCount(applicant);
        Deadline late = new Deadline("dynamic.form.reminder.second", "DynamicYear", year,
                LocalDate.of(year, 4, 10).atStartOfDay(MovableClock.ZONE).toInstant());

        String outcome = currentActor.runAsSystem(() -> handler.handle(late));

        assertTrue(outcome.startsWith("not reminded"), outcome);
        assertEquals(before, notifications.unreadCount(applicant), "the unit that did not file is not reminded");
        assertTrue(notifications.inbox(applicant, new PageRequest(0, 100)).items().isEmpty(), "nor told anything");
    }

    @Test
    void aVerifiedNamedReportProposesRemovalFromEveryListTheOrganisationIsOn() {
        ListedUnit municipal = dynamicFixture.listedFactory(DynamicFixture.unique("被举报测试厂"), HUZHOU,
                ListLevel.MUNICIPAL, 2023);
        ListedUnit provincial = dynamicFixture.list(municipal.getOrganisation(), ListLevel.PROVINCIAL, 2024);
        dynamicFixture.reportConcluded(municipal.getOrganisation().getId(), RemovalGround.FALSIFIED, "RCPT-TEST-1");
        for (ListedUnit entry : List.of(municipal, provincial)) {
            List<RemovalProposal> proposals = repository.proposalsOfUnit(entry.getId());
            assertEquals(1, proposals.size(), entry.getLevel().toString());
            assertEquals(RemovalGround.FALSIFIED, proposals.get(0).getGround());
            assertEquals("RCPT-TEST-1", proposals.get(0).getSource());
            assertEquals(ProposalStatus.PROPOSED, proposals.get(0).getStatus(), "the province decides");
        }
    }

    /** A 1×1 PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}
