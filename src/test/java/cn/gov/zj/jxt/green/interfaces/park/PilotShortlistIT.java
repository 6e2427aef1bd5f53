package cn.gov.zj.jxt.green.interfaces.park;

import static cn.gov.zj.jxt.green.testing.NominationFixture.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.park.PilotApplicationForm;
import cn.gov.zj.jxt.green.application.park.PilotCallForm;
import cn.gov.zj.jxt.green.application.park.PilotDeadlines;
import cn.gov.zj.jxt.green.application.park.PilotService;
import cn.gov.zj.jxt.green.application.park.PilotService.CallView;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.park.PilotStatus;
import cn.gov.zj.jxt.green.domain.model.park.ZoneKind;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import cn.gov.zj.jxt.green.testing.AtOnce;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.NominationFixture;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A pilot call's shortlist and deadline inside the server: ten eligible parks recommended at the same instant
 * leave exactly three on the shortlist (seed 002 §四(二)), the call's row lock ordering them; the reminder reaches
 * the provincial clerks, and at 24:00 of the due date the call is marked overdue once, however many triggers ring,
 * and takes no more applications.
 */
@ExtendWith(ArquillianExtension.class)
class PilotShortlistIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    NominationFixture fixture;

    @Inject
    PilotService pilots;

    @Inject
    DeadlineService deadlines;

    @Inject
    NotificationService notifications;

    @Inject
    AccountRepository accounts;

    @Inject
    MovableClock clock;

    @Inject
    Instance<RequestContextController> requestContexts;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void tenConcurrentRecommendationsLeaveExactlyThreeOnTheShortlist() throws Exception {
        CallView call = open(clock.today().plusDays(60));
        Region county = fixture.countyOf(fixture.city("330500"));
        List<Long> eligible = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Organisation park = fixture.register(OrganisationType.PARK, "并发推荐测试园区" + i, county);
            long id = apply(call, park);
            fixture.as(PROVINCE, () -> pilots.checkEligibility(id, true, null));
            eligible.add(id);
        }

        List<Object> outcomes = AtOnce.run(requestContexts, eligible.stream().map(id -> (Callable<Object>) () -> {
            try {
                return fixture.as(PROVINCE, () -> pilots.recommend(id)).status();
            } catch (BusinessRuleException e) {
                return e;
            }
        }).toList());

        assertEquals(3, outcomes.stream().filter(o -> o == PilotStatus.RECOMMENDED).count(), outcomes.toString());
        List<BusinessRuleException> refused = outcomes.stream().filter(o -> o instanceof BusinessRuleException)
                .map(BusinessRuleException.class::cast).toList();
        assertEquals(7, refused.size(), outcomes.toString());
        for (BusinessRuleException refusal : refused) {
            assertEquals("pilot.recommend.full", refusal.messageKey());
            assertEquals(3L, ((Number) refusal.parameters()[0]).longValue(), "the refusal shows the count");
        }
        CallView after = fixture.as(PROVINCE, () -> pilots.call(call.id()));
        assertEquals(3, after.recommended());
        assertEquals(3, after.applications().stream().filter(a -> a.status() == PilotStatus.RECOMMENDED).count());

        // The letter names the three; afterwards the shortlist no longer changes.
        CallView issued = fixture.as(PROVINCE, () -> pilots.issueLetter(call.id()));
        assertNotNull(issued.letterNumber());
        long recommended = after.applications().stream().filter(a -> a.status() == PilotStatus.RECOMMENDED)
                .findFirst().orElseThrow().id();
        BusinessRuleException closed = assertThrows(BusinessRuleException.class,
                () -> fixture.as(PROVINCE, () -> pilots.withdrawRecommendation(recommended)));
        assertEquals("pilot.letter.issued", closed.messageKey());
    }

    @Test
    void theReminderReachesTheProvinceAndTheCallIsOverdueOnceFromMidnight() throws Exception {
        LocalDate due = clock.today().plusDays(2);
        CallView call = open(due);
        // Seven days before: already due, so its timer rings now.
        Deadline reminder = awaitDone(call.id(), PilotDeadlines.REMINDER);
        assertEquals("reminded the province", reminder.getOutcome());
        Actor province = Actor.of(accounts.findByUsername(DemoAccounts.PROVINCE).orElseThrow(), null);
        assertTrue(notifications.inbox(province, new PageRequest(0, 100)).items().stream()
                .anyMatch(n -> n.subject().contains(call.title())), "the province is reminded");

        Organisation park = fixture.register(OrganisationType.PARK, "逾期测试园区", fixture.countyOf(fixture.city("330200")));
        Instant closes = due.plusDays(1).atStartOfDay(MovableClock.ZONE).toInstant();
        clock.moveTo(closes.minusSeconds(1));
        apply(call, park);
        clock.moveTo(closes);
        Organisation late = fixture.register(OrganisationType.PARK, "逾期后申报园区", fixture.countyOf(fixture.city("330200")));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> apply(call, late));
        assertEquals("pilot.call.closed", refused.messageKey());

        long overdue = deadline(call.id(), PilotDeadlines.OVERDUE).getId();
        List<Boolean> fired = AtOnce.run(requestContexts, List.<Callable<Boolean>>of(() -> deadlines.fire(overdue),
                () -> deadlines.fire(overdue)));
        Deadline done = awaitDone(call.id(), PilotDeadlines.OVERDUE);
        assertTrue(fired.stream().filter(Boolean::booleanValue).count() <= 1, fired.toString());
        assertEquals("marked overdue", done.getOutcome());
        Instant overdueAt = fixture.as(PROVINCE, () -> pilots.call(call.id())).overdueAt();
        assertTrue(overdueAt != null && !overdueAt.isBefore(closes), "overdue from 24:00: " + overdueAt);
        assertEquals(false, deadlines.fire(overdue), "done is done");
    }

    private CallView open(LocalDate due) {
        String title = "低碳园区试点测试（" + UUID.randomUUID().toString().substring(0, 8) + "）";
        return fixture.as(PROVINCE, () -> pilots.openCall(new PilotCallForm(due.getYear(), title, due, 7)));
    }

    private long apply(CallView call, Organisation park) {
        List<PilotApplicationForm.Year> years = new ArrayList<>();
        for (int y = 2022; y <= 2024; y++) {
            years.add(new PilotApplicationForm.Year(y, new BigDecimal("20000"), new BigDecimal("8000"),
                    new BigDecimal("90000"), new BigDecimal("17000"), new BigDecimal("300"), new BigDecimal("280")));
        }
        PilotApplicationForm form = new PilotApplicationForm(call.id(), ZoneKind.HIGH_TECH_ZONE, true, true, true,
                "园区概况", "技术研发", "能源资源利用", "废弃物利用", "管理能力", "试点目标", years);
        byte[] pdf = fixture.reportPdf("低碳工业园区试点申报材料");
        return fixture.as(fixture.applicant(park), () -> pilots.apply(form, "申报材料.pdf", new ByteArrayInputStream(pdf)))
                .id();
    }

    private Deadline deadline(long callId, String kind) {
        return deadlines.ofSubject("PilotCall", callId).stream().filter(d -> d.getKind().equals(kind)).findFirst()
                .orElseThrow();
    }

    /** Waits for the timer to do the deadline; the test fails if it has not within twenty seconds. */
    private Deadline awaitDone(long callId, String kind) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            Deadline deadline = deadline(callId, kind);
            if (deadline.getDoneAt() != null) {
                return deadline;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(kind + " of pilot call " + callId + " not done by its timer");
    }
}
