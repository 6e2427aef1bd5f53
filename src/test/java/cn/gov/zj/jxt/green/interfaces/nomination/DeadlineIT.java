package cn.gov.zj.jxt.green.interfaces.nomination;

import static cn.gov.zj.jxt.green.testing.NominationFixture.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.nomination.ApplicationService;
import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.application.notification.NotificationService.InboxEntry;
import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.Route;
import cn.gov.zj.jxt.green.domain.model.nomination.SubmissionEvent;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deadline of a batch on a moved clock: open until 23:59:59 Asia/Shanghai of June 30's stand-in, closed from
 * 24:00 with a message that says so; the persistent timer records the lock and tells the cities that missed it,
 * once, however many triggers ring at the same instant.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    NominationFixture fixture;

    @Inject
    MovableClock clock;

    @Inject
    BatchService batches;

    @Inject
    ApplicationService applications;

    @Inject
    NominationService nominations;

    @Inject
    DeadlineService deadlines;

    @Inject
    NotificationService notifications;

    @Inject
    AccountRepository accounts;

    @Inject
    Instance<RequestContextController> requestContexts;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void submissionsLockAtMidnightShanghaiAndTheLockIsRecordedOnce() throws Exception {
        // A deadline two days ahead, sooner than any other batch's: moving past it fires this batch's only.
        LocalDate deadline = clock.today().plusDays(2);
        Region hangzhou = fixture.city("330100");
        Batch batch = fixture.openBatch("截止测试（" + UUID.randomUUID().toString().substring(0, 8) + "）", deadline,
                Map.of("330100", 3, "330200", 2));

        // The reminder (seven days before, so already due) reaches 宁波's clerks in their workspace.
        awaitDone(batch, "batch.submission.reminder");
        Actor ningbo = Actor.of(accounts.findByUsername(DemoAccounts.NINGBO).orElseThrow(), null);
        assertTrue(notifications.inbox(ningbo, new PageRequest(0, 50)).items().stream()
                .anyMatch(n -> n.subject().contains(batch.getTitle())), "宁波 is reminded");

        Organisation early = fixture.register(OrganisationType.ENTERPRISE, "截止前提交的工厂", fixture.countyOf(hangzhou));
        Organisation late = fixture.register(OrganisationType.ENTERPRISE, "截止后提交的工厂", fixture.countyOf(hangzhou));
        Application onTime = fixture.drafted(batch, early, NominationFixture.leadingForm(early, Route.SELF_EVALUATION, null));
        Application tooLate = fixture.drafted(batch, late, NominationFixture.leadingForm(late, Route.SELF_EVALUATION, null));

        Instant closes = deadline.plusDays(1).atStartOfDay(MovableClock.ZONE).toInstant();
        clock.moveTo(closes.minusSeconds(1));
        fixture.submit(early, onTime.getId());

        clock.moveTo(closes);
        BusinessRuleException closed = assertThrows(BusinessRuleException.class,
                () -> fixture.submit(late, tooLate.getId()));
        assertEquals("batch.closed", closed.messageKey());
        assertTrue(String.valueOf(closed.parameters()[0]).contains(deadline.getMonthValue() + "月"
                + deadline.getDayOfMonth() + "日"), "the message names the deadline");

        // Moving the clock set the timers again on it: the lock's timer rings now. Two more triggers at the same
        // instant, as if a second timer and the start-up sweep rang too, change nothing.
        long lock = deadline(batch, "batch.submission.lock").getId();
        List<Boolean> fired = twice(lock);
        Deadline done = awaitDone(batch, "batch.submission.lock");
        assertTrue(fired.stream().filter(Boolean::booleanValue).count() <= 1, fired.toString());
        assertNotNull(done.getOutcome());
        assertNotNull(batches.get(batch.getId()).getLockedAt());
        for (String city : List.of("330100", "330200")) {
            List<SubmissionEvent> events = fixture.as(PROVINCE, () -> nominations.submission(batch.getId(), city))
                    .getEvents();
            assertEquals(1, events.stream().filter(e -> e.getEvent() == SubmissionEvent.Kind.LOCKED).count(), city);
        }
        assertEquals(false, deadlines.fire(lock), "done is done");
    }

    @Test
    void aReminderIsPendingUntilTheDeadlineItRemindsOfAndThenOnlyListedAsExpired() throws Exception {
        LocalDate deadline = clock.today().plusDays(2);
        Batch batch = fixture.openBatch("提醒到期测试（" + UUID.randomUUID().toString().substring(0, 8) + "）", deadline,
                Map.of("330200", 1));
        awaitDone(batch, "batch.submission.reminder");
        Actor ningbo = Actor.of(accounts.findByUsername(DemoAccounts.NINGBO).orElseThrow(), null);
        InboxEntry reminder = reminderOf(notifications.unread(ningbo, new PageRequest(0, 100)).items(), batch);
        assertNotNull(reminder, "pending before the deadline");
        assertFalse(reminder.expired());

        clock.moveTo(batch.submissionClosesAt());
        assertNull(reminderOf(notifications.unread(ningbo, new PageRequest(0, 100)).items(), batch),
                "no longer pending once the deadline has passed");
        InboxEntry kept = reminderOf(notifications.inbox(ningbo, new PageRequest(0, 100)).items(), batch);
        assertNotNull(kept, "still in the inbox");
        assertTrue(kept.expired(), "marked expired");
        assertFalse(kept.read(), "expired is not read");
        // The move also brings the submission lock due, whose overdue notice reaches 宁波's inbox: compare the two
        // counts once it has, and only across reads between which nothing arrived.
        awaitDone(batch, "batch.submission.lock");
        long before;
        long listed;
        long after;
        do {
            before = notifications.unreadCount(ningbo);
            listed = notifications.unread(ningbo, new PageRequest(0, 1)).total();
            after = notifications.unreadCount(ningbo);
        } while (before != after);
        assertEquals(listed, after, "the badge counts what the pending list holds");
    }

    @Test
    void aReminderThatRingsAfterItsDeadlineRemindsNoOne() throws Exception {
        // Opened on a clock ten days back, the batch's reminder (seven days before its deadline) is not yet due; the
        // clock then jumps past the deadline, as a portal started after a long stop would find it.
        LocalDate deadline = clock.today().plusDays(2);
        clock.moveTo(clock.now().minus(Duration.ofDays(10)));
        Batch batch = fixture.openBatch("过期提醒测试（" + UUID.randomUUID().toString().substring(0, 8) + "）", deadline,
                Map.of("330200", 1));
        assertEquals(null, deadline(batch, "batch.submission.reminder").getDoneAt(), "not yet due");

        clock.moveTo(batch.submissionClosesAt().plusSeconds(60));
        Deadline reminder = awaitDone(batch, "batch.submission.reminder");
        assertTrue(reminder.getOutcome().startsWith("not reminded"), reminder.getOutcome());
        awaitDone(batch, "batch.submission.lock");
        Actor ningbo = Actor.of(accounts.findByUsername(DemoAccounts.NINGBO).orElseThrow(), null);
        List<InboxEntry> inbox = notifications.inbox(ningbo, new PageRequest(0, 100)).items();
        assertNull(reminderOf(inbox, batch), "no reminder of a deadline already passed");
        assertTrue(inbox.stream().anyMatch(n -> n.subject().startsWith("【逾期】" + batch.getTitle())),
                "the overdue notice tells 宁波 instead");
        assertEquals(0, fixture.as(PROVINCE, () -> nominations.submission(batch.getId(), "330200")).getEvents()
                .stream().filter(e -> e.getEvent() == SubmissionEvent.Kind.REMINDED).count(), "none recorded either");
    }

    private static InboxEntry reminderOf(List<InboxEntry> entries, Batch batch) {
        return entries.stream().filter(n -> n.subject().startsWith("【提醒】" + batch.getTitle())).findFirst()
                .orElse(null);
    }

    private Deadline deadline(Batch batch, String kind) {
        return deadlines.ofSubject("Batch", batch.getId()).stream().filter(d -> d.getKind().equals(kind)).findFirst()
                .orElseThrow();
    }

    /** Waits for the timer to do the deadline; the test fails if it has not within twenty seconds. */
    private Deadline awaitDone(Batch batch, String kind) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            Deadline deadline = deadline(batch, kind);
            if (deadline.getDoneAt() != null) {
                return deadline;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(kind + " of batch " + batch.getId() + " not done by its timer");
    }

    /** Two triggers of one deadline at the same instant, each in its own request. */
    private List<Boolean> twice(long id) throws Exception {
        return AtOnce.run(requestContexts, List.<Callable<Boolean>>of(() -> deadlines.fire(id),
                () -> deadlines.fire(id)));
    }
}
