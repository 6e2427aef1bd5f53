package cn.gov.zj.jxt.green.interfaces.publicity;

import static cn.gov.zj.jxt.green.testing.NominationFixture.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.nomination.EvidenceFiles;
import cn.gov.zj.jxt.green.application.publicity.ObjectionForm;
import cn.gov.zj.jxt.green.application.publicity.PublicityForm;
import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.application.shared.AccessDeniedException;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.application.shared.RejectedUploadException;
import cn.gov.zj.jxt.green.application.shared.TooManyRequestsException;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.publicity.Objection;
import cn.gov.zj.jxt.green.domain.model.publicity.ObjectionStatus;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityEntry;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityStatus;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.domain.shared.ResidentIdNumber;
import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import cn.gov.zj.jxt.green.testing.AtOnce;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.NominationFixture;
import cn.gov.zj.jxt.green.testing.ReviewFixture;
import cn.gov.zj.jxt.green.testing.StoredRows;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The publicity of a proposed list on a moved clock (004 §(十六)): the 15 calendar days to 24:00 Shanghai, opened
 * and closed by their deadlines once however many triggers ring, objections in time and one second late, the
 * identity number unreadable in the database, the rate limit of the public form, an upheld objection taking its
 * entry off, conclusion blocked while one is open, and the joint publication onto the provincial list.
 */
@ExtendWith(ArquillianExtension.class)
class PublicityIT {

    /** Every objector gets an address of his own (TEST-NET-2), so the rate limit is met only where meant. */
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    ReviewFixture fixture;

    @Inject
    NominationFixture nomination;

    @Inject
    PublicityService publicity;

    @Inject
    DeadlineService deadlines;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    MovableClock clock;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPeriodTakesObjectionsUntilMidnightOfItsLastDayClosesOnceAndEndsInTheJointPublication() throws Exception {
        Batch batch = fixture.proposedBatch(ReviewFixture.unique("公示测试批次"),
                List.of(ReviewFixture.unique("湖州公示一厂"), ReviewFixture.unique("湖州公示二厂"),
                        ReviewFixture.unique("湖州公示三厂")));
        LocalDate start = clock.today().plusDays(1);
        assertThrows(AccessDeniedException.class, () -> nomination.as(nomination.cityClerk(nomination.city("330500")),
                () -> publicity.publish(batch.getId(), new PublicityForm(start, null, "0571-87000000"))));
        Publicity published = clerk(() -> publicity.publish(batch.getId(), new PublicityForm(start, null,
                "浙江省经济和信息化厅节能与综合利用处，0571-87000000，杭州市省府路8号")));

        // 15 calendar days including the start date, to 24:00 Shanghai of the 15th.
        assertEquals(PublicityStatus.SCHEDULED, published.getStatus());
        assertEquals(start.plusDays(14), published.getLastDay());
        assertEquals(start.plusDays(15).atStartOfDay(MovableClock.ZONE).toInstant(), published.getEndsAt());
        assertEquals(3, published.getEntries().size());
        assertNotNull(published.getNotice().getPdfSha256(), "the 公示 notice is issued");
        assertEquals(null, published.getNotice().getNumber(), "a plain 公示 is unnumbered");
        byte[] pdf = publicity.notice(published.getId(), RenditionType.PDF).content();
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertThrows(BusinessRuleException.class, () -> clerk(() -> publicity.publish(batch.getId(),
                new PublicityForm(start, null, "x"))), "one publicity per batch");
        long id = published.getId();
        List<PublicityEntry> entries = published.getEntries();

        BusinessRuleException early = assertThrows(BusinessRuleException.class,
                () -> object(id, entries.get(0), "11010519491231002X"));
        assertEquals("publicity.objection.notYet", early.messageKey());

        // The open deadline rings at 00:00 of the first day.
        clock.moveTo(published.startsAt());
        awaitStatus(id, PublicityStatus.OPEN);

        // An objection with evidence; a wrong check character is refused; so is a file that is not evidence.
        InvalidInputException badNumber = assertThrows(InvalidInputException.class,
                () -> object(id, entries.get(0), "110105194912310021"));
        assertEquals("objection.idNumber.invalid", badNumber.violations().get(0).messageKey());
        assertThrows(RejectedUploadException.class, () -> anonymous(() -> publicity.object(id,
                form(entries.get(0), "11010519491231002X"),
                List.of(new EvidenceFiles.Upload("证据.pdf", "not a pdf".getBytes())))));
        PublicityService.Receipt upheld = anonymous(() -> publicity.object(id, form(entries.get(0),
                "11010519491231002X"), List.of(new EvidenceFiles.Upload("证据.pdf",
                        nomination.reportPdf("环保处罚决定书")))));
        assertTrue(upheld.code().matches("[A-Z2-7]{16}"), upheld.code());
        assertEquals(ObjectionStatus.RECEIVED, anonymous(() -> publicity.track(upheld.code())).getStatus());
        assertEquals(1, upheld.objection().getEvidence().size());

        // The number is unreadable at rest, masked everywhere it is shown, and absent from the audit log.
        String[] stored = row("SELECT id_number_cipher, id_number_masked FROM objection WHERE id = ?",
                upheld.objection().getId());
        assertFalse(stored[0].contains("11010519491231002X"), stored[0]);
        assertFalse(stored[0].contains("491231"), "no part of the birth date either: " + stored[0]);
        assertTrue(stored[0].startsWith("v1:"), stored[0]);
        assertEquals("1101**********002X", stored[1]);
        assertEquals("1101**********002X", ResidentIdNumber.parse("11010519491231002X").orElseThrow().toString());
        assertEquals("0", row("SELECT COUNT(*) FROM audit_entry WHERE after_state LIKE ? OR before_state LIKE ?",
                "%49123100%")[0], "the clear number is never audited");

        Objection second = anonymous(() -> publicity.object(id, form(entries.get(1), "33010619900101123X"),
                List.of())).objection();

        // Extended with a public reason: the close moves with it.
        LocalDate newLast = published.getLastDay().plusDays(2);
        Publicity extended = clerk(() -> publicity.extend(id, newLast, "应社会公众要求延长公示期"));
        assertEquals("应社会公众要求延长公示期", extended.getPublicNote());
        Deadline close = closeDeadline(id);
        assertEquals(extended.getEndsAt(), close.getDueAt());

        // One second before 24:00 of the last day still counts; at 24:00 the timer closes it.
        clock.moveTo(extended.getEndsAt().minusSeconds(1));
        Objection third = anonymous(() -> publicity.object(id, form(entries.get(2), "33010619900101123X"),
                List.of())).objection();
        clock.moveTo(extended.getEndsAt());
        List<Boolean> fired = twice(close.getId());
        awaitStatus(id, PublicityStatus.CLOSED);
        assertTrue(fired.stream().filter(Boolean::booleanValue).count() <= 1, fired.toString());
        assertEquals(false, deadlines.fire(close.getId()), "done is done");
        assertEquals(1, closes(id), "closed exactly once");

        // One second after the close: refused, naming the end.
        clock.moveTo(extended.getEndsAt().plusSeconds(1));
        BusinessRuleException late = assertThrows(BusinessRuleException.class,
                () -> object(id, entries.get(1), "11010519491231002X"));
        assertEquals("publicity.objection.closed", late.messageKey());
        assertTrue(String.valueOf(late.parameters()[0]).contains(newLast.getMonthValue() + "月"
                + newLast.getDayOfMonth() + "日"));

        // Not concluded while an objection is open.
        BusinessRuleException blocked = assertThrows(BusinessRuleException.class,
                () -> clerk(() -> publicity.conclude(id)));
        assertEquals("publicity.objectionsOpen", blocked.messageKey());
        assertThrows(InvalidInputException.class, () -> clerk(() -> publicity.decide(upheld.objection().getId(),
                true, "  ", "理由")), "verification first");
        clerk(() -> publicity.decide(upheld.objection().getId(), true, "调取生态环境部门行政处罚记录，情况属实",
                "近三年内发生环境违法行为（实施细则第十七条）"));
        clerk(() -> publicity.decide(second.getId(), false, "经核实，所反映问题已于2023年整改销号", "反映问题不属于否决情形"));
        assertThrows(BusinessRuleException.class, () -> clerk(() -> publicity.conclude(id)));
        clerk(() -> publicity.decide(third.getId(), false, "经核实，无证据支持", "事实不清"));
        assertEquals(ObjectionStatus.UPHELD, anonymous(() -> publicity.track(upheld.code())).getStatus());

        Publicity reread = publicity.get(id);
        PublicityEntry withdrawn = reread.getEntries().get(0);
        assertFalse(withdrawn.isListed(), "upheld: off the list");
        assertEquals("近三年内发生环境违法行为（实施细则第十七条）", withdrawn.getWithdrawnReason());
        assertEquals(2, reread.listed().size(), "the entry stays on record, off the list");
        assertThrows(BusinessRuleException.class, () -> clerk(() -> publicity.publishJointly(id,
                newLast.plusDays(5))), "not before conclusion");

        clerk(() -> publicity.conclude(id));
        LocalDate effective = newLast.plusDays(5);
        Publicity done = clerk(() -> publicity.publishJointly(id, effective));
        assertTrue(done.getPublication().getNumber().startsWith("浙经信绿色〔"), done.getPublication().getNumber());
        assertTrue(done.getPublication().getAgencies().contains("浙江省经济和信息化厅")
                && done.getPublication().getAgencies().contains("浙江省发展和改革委员会")
                && done.getPublication().getAgencies().contains("浙江省生态环境厅"), done.getPublication().getAgencies());
        assertThrows(BusinessRuleException.class, () -> clerk(() -> publicity.publishJointly(id, effective)));

        for (PublicityEntry entry : reread.getEntries()) {
            List<ListedUnit> found = publicity.provincialList(entry.getUnitName(), new PageRequest(0, 10)).items();
            if (entry.isListed()) {
                assertEquals(1, found.size(), entry.getUnitName());
                assertEquals(ListLevel.PROVINCIAL, found.get(0).getLevel());
                assertEquals(done.getPublication().getNumber(), found.get(0).getBasis());
                assertEquals(effective.atStartOfDay(MovableClock.ZONE).toInstant(), found.get(0).getListedAt());
            } else {
                assertTrue(found.isEmpty(), "an upheld objection keeps " + entry.getUnitName() + " off the list");
            }
        }
    }

    @Test
    void aSuspendedPeriodTakesNoObjectionsAndItsCloseWaitsForTheResume() throws Exception {
        Batch batch = fixture.proposedBatch(ReviewFixture.unique("暂停测试批次"),
                List.of(ReviewFixture.unique("湖州暂停一厂")));
        LocalDate start = clock.today();
        Publicity published = clerk(() -> publicity.publish(batch.getId(), new PublicityForm(start, 3, "0572-2000000")));
        long id = published.getId();
        awaitStatus(id, PublicityStatus.OPEN);
        PublicityEntry entry = published.getEntries().get(0);

        clerk(() -> publicity.suspend(id, "名单信息核对中，暂停公示"));
        BusinessRuleException suspended = assertThrows(BusinessRuleException.class,
                () -> object(id, entry, "11010519491231002X"));
        assertEquals("publicity.objection.suspended", suspended.messageKey());

        // Past the old end while suspended: the close is held off, and nothing closes the period.
        long close = closeDeadline(id).getId();
        clock.moveTo(published.getEndsAt().plusSeconds(5));
        assertEquals(false, deadlines.fire(close), "not due while suspended");
        assertEquals(PublicityStatus.SUSPENDED, publicity.get(id).getStatus());
        assertEquals(close, closeDeadline(id).getId(), "the same close, still pending");

        LocalDate resumedLast = clock.today().plusDays(2);
        Publicity resumed = clerk(() -> publicity.resume(id, resumedLast, "核对完毕，恢复公示并相应顺延"));
        assertEquals(PublicityStatus.OPEN, resumed.getStatus());
        assertEquals(resumed.getEndsAt(), closeDeadline(id).getDueAt(), "the close moved to the new end");
        assertNotNull(anonymous(() -> publicity.object(id, form(entry, "11010519491231002X"), List.of())));
        clock.moveTo(resumed.getEndsAt());
        awaitStatus(id, PublicityStatus.CLOSED);
        assertEquals(1, closes(id));
    }

    @Test
    void aPeriodSuspendedBeforeItsStartAndResumedAfterItTakesObjectionsAsOpen() throws Exception {
        Batch batch = fixture.proposedBatch(ReviewFixture.unique("先停后启批次"),
                List.of(ReviewFixture.unique("湖州先停一厂")));
        Publicity published = clerk(() -> publicity.publish(batch.getId(),
                new PublicityForm(clock.today().plusDays(1), null, "0572-2000000")));
        long id = published.getId();
        clerk(() -> publicity.suspend(id, "名单信息核对中，暂停公示"));

        // The opening deadline rings while the period is suspended and leaves it so.
        clock.moveTo(published.startsAt().plusSeconds(3600));
        Deadline opening = awaitDone(id, "publicity.open");
        assertEquals("not opened: SUSPENDED", opening.getOutcome());
        assertEquals(PublicityStatus.SUSPENDED, publicity.get(id).getStatus());

        InvalidInputException shorter = assertThrows(InvalidInputException.class, () -> clerk(() -> publicity.resume(id,
                published.getLastDay().minusDays(1), "核对完毕，恢复公示")), "a resume does not cut the period short");
        assertEquals("publicity.lastDay.notEarlier", shorter.violations().get(0).messageKey());
        Publicity resumed = clerk(() -> publicity.resume(id, published.getLastDay(), "核对完毕，恢复公示"));
        assertEquals(PublicityStatus.OPEN, resumed.getStatus(), "begun, though its opening deadline is spent");
        assertEquals(PublicityStatus.OPEN, publicity.get(id).getStatus());
        assertNotNull(object(id, published.getEntries().get(0), "11010519491231002X"));
    }

    @Test
    void thePublicFormIsRateLimitedPerClientAddress() {
        Batch batch = fixture.proposedBatch(ReviewFixture.unique("限流测试批次"),
                List.of(ReviewFixture.unique("湖州限流一厂")));
        Publicity published = clerk(() -> publicity.publish(batch.getId(),
                new PublicityForm(clock.today(), null, "0572-2000000")));
        clock.moveTo(published.startsAt().plusSeconds(60));
        PublicityEntry entry = published.getEntries().get(0);
        String flooder = "192.0.2.77";
        for (int i = 0; i < 5; i++) {
            currentActor.runAs(Actor.anonymous(flooder), () -> publicity.object(published.getId(),
                    form(entry, "11010519491231002X"), List.of()));
        }
        TooManyRequestsException limited = assertThrows(TooManyRequestsException.class,
                () -> currentActor.runAs(Actor.anonymous(flooder), () -> publicity.object(published.getId(),
                        form(entry, "11010519491231002X"), List.of())));
        assertEquals("publicity.objection.tooMany", limited.messageKey());
        assertNotNull(currentActor.runAs(Actor.anonymous("192.0.2.78"), () -> publicity.object(published.getId(),
                form(entry, "11010519491231002X"), List.of())), "another address is not held back");
        assertEquals(6, clerk(() -> publicity.objections(published.getId())).size());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static ObjectionForm form(PublicityEntry entry, String idNumber) {
        return new ObjectionForm(entry.getId(), "王某某", idNumber, "13800000000", "objector@example.com",
                "该单位近三年内因超标排放受到行政处罚，有处罚决定书为证。");
    }

    private Objection object(long id, PublicityEntry entry, String idNumber) {
        return anonymous(() -> publicity.object(id, form(entry, idNumber), List.of())).objection();
    }

    private <T> T anonymous(java.util.function.Supplier<T> work) {
        return currentActor.runAs(Actor.anonymous("198.51.100." + ADDRESS.getAndIncrement() % 250), work);
    }

    private <T> T clerk(java.util.function.Supplier<T> work) {
        return nomination.as(PROVINCE, work);
    }

    private long closes(long id) {
        Actor supervisor = new Actor("it-supervisor", cn.gov.zj.jxt.green.domain.model.account.Role.SUPERVISOR,
                null, null, null, null);
        return nomination.as(supervisor, () -> audit.search("publicity.close", "Publicity", null,
                new PageRequest(0, 500))).items().stream().filter(e -> e.getEntityId().equals(String.valueOf(id)))
                .count();
    }

    private Deadline closeDeadline(long id) {
        return deadlines.ofSubject("Publicity", id).stream()
                .filter(d -> d.getKind().equals("publicity.close") && d.getDoneAt() == null).findFirst().orElseThrow();
    }

    /** Waits for the trigger that rings at the moved clock, timer or sweep, to run the deadline. */
    private Deadline awaitDone(long id, String kind) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            Deadline deadline = deadlines.ofSubject("Publicity", id).stream()
                    .filter(d -> d.getKind().equals(kind)).findFirst().orElseThrow();
            if (deadline.getDoneAt() != null) {
                return deadline;
            }
            deadlines.fire(deadline.getId());
            Thread.sleep(200);
        }
        throw new AssertionError(kind + " of publicity " + id + " not done");
    }

    private String[] row(String sql, Object parameter) throws SQLException {
        return StoredRows.first(dataSource, sql, parameter);
    }

    private void awaitStatus(long id, PublicityStatus status) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            if (publicity.get(id).getStatus() == status) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("publicity " + id + " not " + status + " by its timer: " + publicity.get(id).getStatus());
    }

    /** Two triggers of one deadline at the same instant, each in its own request. */
    private List<Boolean> twice(long id) throws Exception {
        return AtOnce.run(requestContexts, List.<Callable<Boolean>>of(() -> deadlines.fire(id),
                () -> deadlines.fire(id)));
    }
}
