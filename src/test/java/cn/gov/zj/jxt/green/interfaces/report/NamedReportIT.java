package cn.gov.zj.jxt.green.interfaces.report;

import static cn.gov.zj.jxt.green.testing.NominationFixture.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.nomination.EvidenceFiles;
import cn.gov.zj.jxt.green.application.publicity.ConclusionForm;
import cn.gov.zj.jxt.green.application.report.DefaultNamedReportService;
import cn.gov.zj.jxt.green.application.report.NamedReportService;
import cn.gov.zj.jxt.green.application.report.ReportForm;
import cn.gov.zj.jxt.green.application.shared.AccessDeniedException;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.application.shared.RejectedUploadException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.audit.AuditEntry;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.report.Escalation;
import cn.gov.zj.jxt.green.domain.model.report.NamedReport;
import cn.gov.zj.jxt.green.domain.model.report.ReportConclusion;
import cn.gov.zj.jxt.green.domain.model.report.ReportStatus;
import cn.gov.zj.jxt.green.domain.model.report.ReportSubject;
import cn.gov.zj.jxt.green.domain.model.report.ReporterIdentity;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import cn.gov.zj.jxt.green.testing.AtOnce;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.NominationFixture;
import cn.gov.zj.jxt.green.testing.RemovalProposals;
import cn.gov.zj.jxt.green.testing.ReviewFixture;
import cn.gov.zj.jxt.green.testing.StoredRows;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Named reports (004 §(二十三)) in the container: routed to the city of the unit or of the institution's region;
 * the reporter's identity unreadable in the database and the audit log, readable only by the handler and
 * provincial clerks with every reading audited, and invisible to another city; the conclusions, the removal
 * proposal handed to the removal flow inside the concluding transaction, the province's publication of an
 * institution's record; and the escalation by deadline, once however many triggers ring.
 */
@ExtendWith(ArquillianExtension.class)
class NamedReportIT {

    /** Every reporter gets an address of his own (TEST-NET-3), so the rate limit is met only where meant. */
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    private static final String ID_NUMBER = "11010519491231002X";
    private static final Actor SUPERVISOR = new Actor("it-supervisor", Role.SUPERVISOR, null, null, null, null);

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    NominationFixture fixture;

    @Inject
    NamedReportService reports;

    @Inject
    ListingRepository listings;

    @Inject
    DeadlineService deadlines;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    @Inject
    RemovalProposals removals;

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
    void theReporterIsUnreadableAtRestAndReadOnlyByTheHandlerAndTheProvinceEachReadingAudited() throws Exception {
        Region huzhou = fixture.city("330500");
        ListedUnit unit = fixture.listedFactory(huzhou, ReviewFixture.unique("湖州举报测试厂"));
        String name = ReviewFixture.unique("举报人甲");
        String phone = "13905721234";
        String email = "jubao" + ADDRESS.get() + "@mail.example";
        NamedReportService.Receipt receipt = anonymous(() -> reports.report(new ReportForm(ReportSubject.LISTED_UNIT,
                unit.getId(), name, ID_NUMBER, phone, email, "该厂申报材料中能耗数据与实际不符。"),
                List.of(new EvidenceFiles.Upload("电费单.pdf", fixture.reportPdf("电费单")))));
        long id = receipt.report().getId();
        assertTrue(receipt.code().matches("[A-Z2-7]{16}"), receipt.code());
        assertEquals("330500", receipt.report().getCity().getCode(), "to the city of the listed unit");
        assertEquals(ReportStatus.RECEIVED, anonymous(() -> reports.track(receipt.code())).getStatus());

        // At rest: not one of the four in any column of the row, nor in the audit log.
        String stored = String.join("|", row("SELECT * FROM named_report WHERE id = ?", id));
        for (String secret : List.of(name, ID_NUMBER, "491231", phone, email, "jubao")) {
            assertFalse(stored.contains(secret), secret + " stored in clear: " + stored);
        }
        assertTrue(row("SELECT reporter_name_cipher FROM named_report WHERE id = ?", id)[0].startsWith("v1:"));
        assertEquals("0", row("SELECT COUNT(*) FROM audit_entry WHERE after_state LIKE ? OR before_state LIKE ?",
                "%" + phone + "%")[0], "the phone is never audited");
        assertEquals("0", row("SELECT COUNT(*) FROM audit_entry WHERE after_state LIKE ? OR before_state LIKE ?",
                "%" + name + "%")[0], "the name is never audited");

        // Another city's clerk: not in her list, refused the case, its evidence and the identity.
        Actor hangzhou = fixture.cityClerk(fixture.city("330100"));
        assertTrue(fixture.as(hangzhou, () -> reports.cases(null, false, new PageRequest(0, 500))).items().stream()
                .noneMatch(r -> r.getId() == id), "another city's case is not listed");
        assertThrows(AccessDeniedException.class, () -> fixture.as(hangzhou, () -> reports.get(id)));
        assertThrows(AccessDeniedException.class, () -> fixture.as(hangzhou, () -> reports.identity(id)));
        assertThrows(AccessDeniedException.class, () -> fixture.as(hangzhou, () -> reports.evidence(id, 1)));
        assertThrows(AccessDeniedException.class, () -> fixture.as(hangzhou, () -> reports.take(id)));

        // The city's clerk sees the case, but not the reporter until she handles it; the supervisor never.
        Actor clerk = fixture.cityClerk(huzhou);
        assertTrue(fixture.as(clerk, () -> reports.cases(ReportStatus.RECEIVED, false, new PageRequest(0, 500)))
                .items().stream().anyMatch(r -> r.getId() == id));
        assertThrows(AccessDeniedException.class, () -> fixture.as(clerk, () -> reports.identity(id)));
        assertThrows(AccessDeniedException.class, () -> fixture.as(SUPERVISOR, () -> reports.identity(id)));
        assertEquals("%PDF", new String(fixture.as(clerk, () -> reports.evidence(id, 1)).content(), 0, 4,
                StandardCharsets.US_ASCII));

        fixture.as(clerk, () -> reports.take(id));
        ReporterIdentity seen = fixture.as(clerk, () -> reports.identity(id));
        assertEquals(name, seen.name());
        assertEquals(ID_NUMBER, seen.idNumber());
        assertEquals(phone, seen.phone());
        assertEquals(email, seen.email());
        assertFalse(seen.toString().contains(name), "a log line cannot carry it");
        assertEquals(ID_NUMBER, fixture.as(PROVINCE, () -> reports.identity(id)).idNumber());

        List<AuditEntry> readings = fixture.as(SUPERVISOR, () -> audit.search(
                DefaultNamedReportService.IDENTITY_VIEWED, "NamedReport", null, new PageRequest(0, 500))).items()
                .stream().filter(e -> String.valueOf(id).equals(e.getEntityId())).toList();
        assertEquals(2, readings.size(), "one entry per reading");
        assertEquals(java.util.Set.of(clerk.name(), PROVINCE.name()),
                readings.stream().map(AuditEntry::getActor).collect(java.util.stream.Collectors.toSet()),
                "each reading names who read which case");

        // A colleague who is not the handler does not read it either.
        Actor colleague = new Actor("it-city-330500-b", Role.CITY_CLERK, huzhou, null, null, null);
        assertThrows(AccessDeniedException.class, () -> fixture.as(colleague, () -> reports.identity(id)));
    }

    @Test
    void aReportIsRoutedRefusedWhenInvalidAndConcludedWithARemovalProposalInsideTheTransaction() {
        Region jiaxing = fixture.city("330400");
        ListedUnit unit = fixture.listedFactory(jiaxing, ReviewFixture.unique("嘉兴举报测试厂"));
        InvalidInputException badNumber = assertThrows(InvalidInputException.class, () -> anonymous(
                () -> reports.report(form(ReportSubject.LISTED_UNIT, unit.getId(), "110105194912310021"), List.of())));
        assertEquals("objection.idNumber.invalid", badNumber.violations().get(0).messageKey());
        assertThrows(InvalidInputException.class, () -> anonymous(() -> reports.report(
                form(ReportSubject.LISTED_UNIT, null, ID_NUMBER), List.of())), "no subject");
        assertThrows(InvalidInputException.class, () -> anonymous(() -> reports.report(
                form(ReportSubject.INSTITUTION, unit.getOrganisation().getId(), ID_NUMBER), List.of())),
                "a factory is no institution");
        assertThrows(RejectedUploadException.class, () -> anonymous(() -> reports.report(
                form(ReportSubject.LISTED_UNIT, unit.getId(), ID_NUMBER),
                List.of(new EvidenceFiles.Upload("证据.pdf", "not a pdf".getBytes(StandardCharsets.US_ASCII))))));

        NamedReport report = anonymous(() -> reports.report(form(ReportSubject.LISTED_UNIT, unit.getId(), ID_NUMBER),
                List.of())).report();
        long id = report.getId();
        Actor clerk = fixture.cityClerk(jiaxing);
        fixture.as(clerk, () -> reports.take(id));
        assertEquals("report.notVerified", assertThrows(BusinessRuleException.class, () -> fixture.as(clerk,
                () -> reports.conclude(id, new ConclusionForm(ReportConclusion.UNFOUNDED, "不属实", null, null)))).messageKey(),
                "verify first");
        fixture.as(clerk, () -> reports.verify(id, "现场核查，调取能源计量数据，举报属实"));
        InvalidInputException noGround = assertThrows(InvalidInputException.class, () -> fixture.as(clerk,
                () -> reports.conclude(id, new ConclusionForm(ReportConclusion.REMOVAL_PROPOSED, "数据造假", null,
                        null))));
        assertEquals("report.removalGround.required", noGround.violations().get(0).messageKey());
        assertThrows(InvalidInputException.class, () -> fixture.as(clerk, () -> reports.conclude(id,
                new ConclusionForm(ReportConclusion.REPORTED_TO_PROVINCE, "x", null, null))),
                "a unit's case is not reported as an institution's");
        Actor other = new Actor("it-city-330400-b", Role.CITY_CLERK, jiaxing, null, null, null);
        assertThrows(AccessDeniedException.class, () -> fixture.as(other, () -> reports.conclude(id,
                new ConclusionForm(ReportConclusion.UNFOUNDED, "不属实", null, null))), "only the handler concludes");

        NamedReport concluded = fixture.as(clerk, () -> reports.conclude(id, new ConclusionForm(
                ReportConclusion.REMOVAL_PROPOSED, "申报能耗数据造假", RemovalGround.FALSIFIED, null)));
        assertEquals(ReportStatus.CONCLUDED, concluded.getStatus());
        List<RemovalProposals.Seen> proposals = removals.of(unit.getOrganisation().getId());
        assertEquals(1, proposals.size(), "handed to the removal flow once");
        assertEquals(RemovalGround.FALSIFIED, proposals.get(0).event().ground());
        assertEquals("申报能耗数据造假", proposals.get(0).event().reason());
        assertEquals(clerk.name(), proposals.get(0).event().actor());
        assertTrue(proposals.get(0).event().source().contains(concluded.reference()));
        assertNotNull(proposals.get(0).transaction(), "fired inside the concluding transaction");
        assertEquals(ReportConclusion.REMOVAL_PROPOSED, anonymous(() -> reports.track(receiptOf(id))).getConclusion());
    }

    @Test
    void anInstitutionsCaseGoesToItsRegionsCityAndTheProvincePublishesItsRecordWithoutTheReporter() {
        Region shaoxing = fixture.city("330600");
        Organisation institution = fixture.registerInstitution(ReviewFixture.unique("绍兴举报测试评价机构"),
                fixture.countyOf(shaoxing), "钱七");
        String name = ReviewFixture.unique("举报人乙");
        NamedReport report = anonymous(() -> reports.report(new ReportForm(ReportSubject.INSTITUTION,
                institution.getId(), name, ID_NUMBER, "13800000000", null, "评价报告隐瞒企业超标排放问题。"),
                List.of())).report();
        long id = report.getId();
        assertEquals("330600", report.getCity().getCode(), "to the city of the institution's registered county");
        assertTrue(anonymous(() -> reports.candidates(ReportSubject.INSTITUTION, institution.getCreditCode()))
                .stream().anyMatch(c -> c.id() == institution.getId()), "found by credit code");

        Actor clerk = fixture.cityClerk(shaoxing);
        fixture.as(clerk, () -> reports.take(id));
        fixture.as(clerk, () -> reports.verify(id, "调阅评价报告原始记录，与监测数据不符"));
        assertThrows(InvalidInputException.class, () -> fixture.as(clerk, () -> reports.conclude(id,
                new ConclusionForm(ReportConclusion.REMOVAL_PROPOSED, "x", RemovalGround.FALSIFIED, null))),
                "an institution is not removed from a list (004 §(二十二))");
        fixture.as(clerk, () -> reports.conclude(id, new ConclusionForm(ReportConclusion.REPORTED_TO_PROVINCE,
                "评价报告隐瞒评价对象超标排放问题", null, null)));
        assertTrue(removals.of(institution.getId()).isEmpty());
        assertThrows(AccessDeniedException.class, () -> fixture.as(clerk, () -> reports.publish(id)));
        fixture.as(PROVINCE, () -> reports.publish(id));

        NamedReport record = reports.institutionRecords(new PageRequest(0, 500)).items().stream()
                .filter(r -> r.getId() == id).findFirst().orElseThrow();
        assertEquals(institution.getName(), record.getSubjectName());
        assertEquals("评价报告隐瞒评价对象超标排放问题", record.getFinding());
        assertNotNull(record.getPublishedAt());
    }

    @Test
    void anOverdueCaseAndAnOverdueRectificationGoUpToTheProvinceOnceEach() throws Exception {
        Region taizhou = fixture.city("331000");
        ListedUnit late = fixture.listedFactory(taizhou, ReviewFixture.unique("台州逾期测试厂"));
        ListedUnit rectifying = fixture.listedFactory(taizhou, ReviewFixture.unique("台州整改测试厂"));
        NamedReport overdue = anonymous(() -> reports.report(form(ReportSubject.LISTED_UNIT, late.getId(), ID_NUMBER),
                List.of())).report();
        NamedReport inTime = anonymous(() -> reports.report(form(ReportSubject.LISTED_UNIT, rectifying.getId(),
                ID_NUMBER), List.of())).report();
        assertEquals(Duration.ofDays(30), Duration.between(overdue.getSubmittedAt(), overdue.getHandlingDueAt()),
                "the default handling period");

        // The second is concluded in time with a rectification due in ten days.
        Actor clerk = fixture.cityClerk(taizhou);
        fixture.as(clerk, () -> reports.take(inTime.getId()));
        fixture.as(clerk, () -> reports.verify(inTime.getId(), "核实属实，情节较轻"));
        fixture.as(clerk, () -> reports.conclude(inTime.getId(), new ConclusionForm(
                ReportConclusion.RECTIFICATION_REQUIRED, "限期整改能源计量器具配备", null, clock.today().plusDays(10))));
        Deadline followUp = deadline(inTime.getId(), "report.followUp");
        assertEquals(clock.today().plusDays(11).atStartOfDay(MovableClock.ZONE).toInstant(), followUp.getDueAt(),
                "24:00 of the follow-up date");

        // Past the follow-up date: only the rectification goes up.
        clock.moveTo(followUp.getDueAt().plusSeconds(1));
        List<Boolean> followUpTriggers = twice(followUp.getId());
        assertTrue(awaitEscalation(inTime.getId()));
        assertTrue(fired(followUpTriggers) <= 1, followUpTriggers.toString());
        assertEquals(1, auditCount("report.escalate", inTime.getId()));
        assertEquals(Escalation.FOLLOW_UP_OVERDUE, caseOf(inTime.getId()).getEscalation());
        assertNull(caseOf(overdue.getId()).getEscalation(), "not yet overdue");

        // Past the handling period: the first goes up, once, with one notification to the province and the city.
        Deadline handling = deadline(overdue.getId(), "report.handling");
        clock.moveTo(overdue.getHandlingDueAt().plusSeconds(1));
        List<Boolean> triggers = twice(handling.getId());
        assertTrue(awaitEscalation(overdue.getId()));
        assertTrue(fired(triggers) <= 1, triggers.toString());
        assertFalse(deadlines.fire(handling.getId()), "done is done");
        assertEquals(1, auditCount("report.escalate", overdue.getId()), "escalated exactly once");
        assertEquals("2", row("SELECT COUNT(*) FROM notification WHERE dedupe_key LIKE ?",
                "report.handling:" + handling.getId() + ":%")[0], "the province and the city, each told once");
        assertEquals(Escalation.HANDLING_OVERDUE, caseOf(overdue.getId()).getEscalation());
        assertTrue(fixture.as(PROVINCE, () -> reports.cases(null, true, new PageRequest(0, 500))).items().stream()
                .anyMatch(r -> r.getId().equals(overdue.getId())), "the province sees it among escalated cases");

        // The rectified case's handling deadline finds it concluded: nothing more happens.
        Deadline otherHandling = deadline(inTime.getId(), "report.handling");
        deadlines.fire(otherHandling.getId());
        assertEquals(Escalation.FOLLOW_UP_OVERDUE, caseOf(inTime.getId()).getEscalation());
        assertEquals(1, auditCount("report.escalate", inTime.getId()));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static ReportForm form(ReportSubject subject, Long subjectId, String idNumber) {
        return new ReportForm(subject, subjectId, "王五", idNumber, "0571-88880000", null, "举报事实：数据不实。");
    }

    /** The code is kept only as its hash: tests that need it later keep it when filing. */
    private final java.util.Map<Long, String> codes = new java.util.HashMap<>();

    private String receiptOf(long id) {
        return codes.get(id);
    }

    private <T> T anonymous(Supplier<T> work) {
        T result = currentActor.runAs(Actor.anonymous("203.0.113." + ADDRESS.getAndIncrement() % 250), work);
        if (result instanceof NamedReportService.Receipt receipt) {
            codes.put(receipt.report().getId(), receipt.code());
        }
        return result;
    }

    /** The case as the province reads it. */
    private NamedReport caseOf(long id) {
        return fixture.as(PROVINCE, () -> reports.get(id));
    }

    private Deadline deadline(long reportId, String kind) {
        return deadlines.ofSubject("NamedReport", reportId).stream().filter(d -> d.getKind().equals(kind))
                .findFirst().orElseThrow();
    }

    private long auditCount(String action, long id) {
        return fixture.as(SUPERVISOR, () -> audit.search(action, "NamedReport", null, new PageRequest(0, 500)))
                .items().stream().filter(e -> e.getEntityId().equals(String.valueOf(id))).count();
    }

    private static long fired(List<Boolean> triggers) {
        return triggers.stream().filter(Boolean::booleanValue).count();
    }

    private boolean awaitEscalation(long id) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            if (caseOf(id).getEscalation() != null) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private List<Boolean> twice(long id) throws Exception {
        return AtOnce.run(requestContexts, List.<Callable<Boolean>>of(() -> deadlines.fire(id),
                () -> deadlines.fire(id)));
    }

    private String[] row(String sql, Object parameter) throws SQLException {
        return StoredRows.first(dataSource, sql, parameter);
    }
}
