package cn.gov.zj.jxt.green.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.shared.ReceiptCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The course of a named report (004 §(二十三)): what may follow what, and what each conclusion needs. */
class NamedReportTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final Region HANGZHOU = new Region("330100", "杭州市", "Hangzhou", RegionLevel.CITY, null, 1);

    private static NamedReport report(ReportSubject subject) {
        Organisation organisation = new Organisation();
        organisation.setType(subject == ReportSubject.INSTITUTION ? OrganisationType.INSTITUTION
                : OrganisationType.ENTERPRISE);
        organisation.setName("杭州测试单位");
        organisation.setCreditCode("91330106MA2GL0001N");
        organisation.setRegion(HANGZHOU);
        return new NamedReport(subject, organisation, subject == ReportSubject.LISTED_UNIT ? 7L : null,
                "杭州测试单位", HANGZHOU, ReceiptCode.hash("X"), new SealedIdentity("v1:a:n", "v1:a:i", "v1:a:p", null),
                "事实", List.of(), AT, AT.plusSeconds(30 * 86_400));
    }

    private static NamedReport verified(ReportSubject subject) {
        NamedReport report = report(subject);
        report.assign("hangzhou", AT);
        report.verify("调取监测数据，情况属实", AT);
        return report;
    }

    @Test
    void aReportIsTakenThenVerifiedBeforeItCanBeConcluded() {
        NamedReport report = report(ReportSubject.LISTED_UNIT);
        assertEquals(ReportStatus.RECEIVED, report.getStatus());
        assertThrows(IllegalStateException.class, () -> report.verify("核实", AT), "nobody has taken it");
        assertThrows(IllegalStateException.class, () -> report.conclude(ReportConclusion.UNFOUNDED, "不属实", null,
                null, "hangzhou", AT), "not verified");
        report.assign("hangzhou", AT);
        assertEquals(ReportStatus.IN_HANDLING, report.getStatus());
        assertEquals("hangzhou", report.getHandler());
        assertThrows(IllegalStateException.class, () -> report.conclude(ReportConclusion.UNFOUNDED, "不属实", null,
                null, "hangzhou", AT), "taken but not verified");
        report.verify("核实", AT);
        report.conclude(ReportConclusion.UNFOUNDED, "不属实", null, null, "hangzhou", AT);
        assertEquals(ReportStatus.CONCLUDED, report.getStatus());
        IllegalStateException concluded = assertThrows(IllegalStateException.class,
                () -> report.assign("other", AT), "concluded is concluded");
        assertTrue(concluded.getMessage().endsWith("is CONCLUDED, no longer open to assignment"),
                concluded.getMessage());
        assertEquals("hangzhou", report.getHandler());
        assertThrows(IllegalStateException.class, () -> report.verify("再核实", AT));
    }

    @Test
    void aRemovalProposalNeedsItsGroundAndNothingElseDoes() {
        assertThrows(IllegalArgumentException.class, () -> verified(ReportSubject.LISTED_UNIT)
                .conclude(ReportConclusion.REMOVAL_PROPOSED, "造假", null, null, "hangzhou", AT));
        assertThrows(IllegalArgumentException.class, () -> verified(ReportSubject.LISTED_UNIT)
                .conclude(ReportConclusion.UNFOUNDED, "不属实", RemovalGround.FALSIFIED, null, "hangzhou", AT));
        NamedReport report = verified(ReportSubject.LISTED_UNIT);
        report.conclude(ReportConclusion.REMOVAL_PROPOSED, "能耗数据造假", RemovalGround.FALSIFIED, null, "hangzhou",
                AT);
        assertEquals(ReportStatus.CONCLUDED, report.getStatus());
        assertEquals(RemovalGround.FALSIFIED, report.getRemovalGround());
    }

    @Test
    void aRectificationWaitsForItsFollowUp() {
        assertThrows(IllegalArgumentException.class, () -> verified(ReportSubject.LISTED_UNIT)
                .conclude(ReportConclusion.RECTIFICATION_REQUIRED, "整改", null, null, "hangzhou", AT),
                "a rectification names its date");
        NamedReport report = verified(ReportSubject.LISTED_UNIT);
        report.conclude(ReportConclusion.RECTIFICATION_REQUIRED, "限期整改", null, LocalDate.of(2026, 4, 30),
                "hangzhou", AT);
        assertEquals(ReportStatus.RECTIFYING, report.getStatus());
        IllegalStateException rectifying = assertThrows(IllegalStateException.class,
                () -> report.assign("other", AT), "the handler who concluded it records the follow-up");
        assertTrue(rectifying.getMessage().endsWith("is RECTIFYING, no longer open to assignment"),
                rectifying.getMessage());
        assertEquals("hangzhou", report.getHandler());
        report.recordFollowUp("已完成整改", AT);
        assertEquals(ReportStatus.CONCLUDED, report.getStatus());
        assertThrows(IllegalStateException.class, () -> report.recordFollowUp("again", AT));
    }

    @Test
    void anInstitutionsCaseIsUnfoundedOrReportedToTheProvinceWhichPublishesItOnce() {
        assertThrows(IllegalArgumentException.class, () -> verified(ReportSubject.INSTITUTION)
                .conclude(ReportConclusion.REMOVAL_PROPOSED, "x", RemovalGround.FALSIFIED, null, "hangzhou", AT));
        assertThrows(IllegalArgumentException.class, () -> verified(ReportSubject.LISTED_UNIT)
                .conclude(ReportConclusion.REPORTED_TO_PROVINCE, "x", null, null, "hangzhou", AT));
        NamedReport unfounded = verified(ReportSubject.INSTITUTION);
        unfounded.conclude(ReportConclusion.UNFOUNDED, "不属实", null, null, "hangzhou", AT);
        assertThrows(IllegalStateException.class, () -> unfounded.publish(AT), "only a reported case is published");

        NamedReport reported = verified(ReportSubject.INSTITUTION);
        reported.conclude(ReportConclusion.REPORTED_TO_PROVINCE, "评价报告隐瞒超标排放", null, null, "hangzhou", AT);
        assertEquals(ReportStatus.CONCLUDED, reported.getStatus());
        reported.publish(AT);
        assertEquals(AT, reported.getPublishedAt());
        assertThrows(IllegalStateException.class, () -> reported.publish(AT), "published once");
    }

    @Test
    void escalationHappensOnceAndOnlyWhileItStillApplies() {
        NamedReport open = report(ReportSubject.LISTED_UNIT);
        assertFalse(open.escalate(Escalation.FOLLOW_UP_OVERDUE, AT), "no rectification awaited");
        assertTrue(open.escalate(Escalation.HANDLING_OVERDUE, AT));
        assertEquals(Escalation.HANDLING_OVERDUE, open.getEscalation());
        assertFalse(open.escalate(Escalation.HANDLING_OVERDUE, AT.plusSeconds(1)), "a second trigger changes nothing");
        assertEquals(AT, open.getEscalatedAt());

        NamedReport concluded = verified(ReportSubject.LISTED_UNIT);
        concluded.conclude(ReportConclusion.UNFOUNDED, "不属实", null, null, "hangzhou", AT);
        assertFalse(concluded.escalate(Escalation.HANDLING_OVERDUE, AT), "concluded in time");
        assertNull(concluded.getEscalation());

        NamedReport rectifying = verified(ReportSubject.LISTED_UNIT);
        rectifying.conclude(ReportConclusion.RECTIFICATION_REQUIRED, "限期整改", null, LocalDate.of(2026, 4, 30),
                "hangzhou", AT);
        assertFalse(rectifying.escalate(Escalation.HANDLING_OVERDUE, AT), "concluded, if with a rectification");
        assertTrue(rectifying.escalate(Escalation.FOLLOW_UP_OVERDUE, AT));
    }

    @Test
    void aNewReportIsReceivedWithTheSubjectFrozenAsReportedAndItsHandlingPeriod() {
        NamedReport report = report(ReportSubject.LISTED_UNIT);
        assertEquals(ReportStatus.RECEIVED, report.getStatus());
        assertTrue(report.getStatus().open());
        assertEquals("91330106MA2GL0001N", report.getSubjectCreditCode());
        assertEquals("杭州测试单位", report.getSubjectName());
        assertEquals(7L, report.getListedUnitId());
        assertEquals(HANGZHOU, report.getCity());
        assertEquals(AT, report.getSubmittedAt());
        assertEquals(AT.plusSeconds(30 * 86_400), report.getHandlingDueAt());
        assertNull(report.getHandler());
        assertNull(report.getConclusion());
        assertNull(report.getEscalation());

        report.getOrganisation().setCreditCode("91330106MA2GL0009X");
        assertEquals("91330106MA2GL0001N", report.getSubjectCreditCode(), "frozen as reported");
    }

    @Test
    void theCaseChangesHandsUntilItIsConcludedWithoutLosingItsVerification() {
        NamedReport report = report(ReportSubject.LISTED_UNIT);
        report.assign("hangzhou", AT);
        assertEquals(AT, report.getAssignedAt());
        report.assign("hangzhou2", AT.plusSeconds(60));
        assertEquals(ReportStatus.IN_HANDLING, report.getStatus());
        assertEquals("hangzhou2", report.getHandler());
        assertEquals(AT.plusSeconds(60), report.getAssignedAt());

        report.verify("调取监测数据", AT.plusSeconds(120));
        report.assign("hangzhou", AT.plusSeconds(180));
        assertEquals(ReportStatus.VERIFIED, report.getStatus(), "a new handler takes over the verified case");
        assertEquals("hangzhou", report.getHandler());
        assertEquals("调取监测数据", report.getVerification());
    }

    @Test
    void theVerificationMayBeCompletedUntilTheConclusion() {
        NamedReport report = verified(ReportSubject.LISTED_UNIT);
        assertEquals("调取监测数据，情况属实", report.getVerification());
        assertEquals(AT, report.getVerifiedAt());
        report.verify("调取监测数据并现场核查，情况属实", AT.plusSeconds(60));
        assertEquals(ReportStatus.VERIFIED, report.getStatus());
        assertEquals("调取监测数据并现场核查，情况属实", report.getVerification());
        assertEquals(AT.plusSeconds(60), report.getVerifiedAt());
    }

    @Test
    void aConclusionRecordsItsFindingWhoAndWhen() {
        NamedReport report = verified(ReportSubject.LISTED_UNIT);
        report.conclude(ReportConclusion.UNFOUNDED, "所反映问题不属实", null, null, "hangzhou", AT.plusSeconds(600));
        assertEquals(ReportConclusion.UNFOUNDED, report.getConclusion());
        assertEquals("所反映问题不属实", report.getFinding());
        assertEquals("hangzhou", report.getConcludedBy());
        assertEquals(AT.plusSeconds(600), report.getConcludedAt());
        assertNull(report.getRemovalGround());
        assertNull(report.getFollowUpDue());
        assertFalse(report.getStatus().open());

        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> report.conclude(
                ReportConclusion.UNFOUNDED, "再次", null, null, "hangzhou", AT.plusSeconds(700)));
        assertTrue(twice.getMessage().endsWith("is CONCLUDED, not verified"), twice.getMessage());
        assertEquals("所反映问题不属实", report.getFinding());
    }

    @Test
    void aRectificationKeepsItsDateAndTheFollowUpItsNoteAndTime() {
        NamedReport report = verified(ReportSubject.LISTED_UNIT);
        report.conclude(ReportConclusion.RECTIFICATION_REQUIRED, "限期整改", null, LocalDate.of(2026, 4, 30),
                "hangzhou", AT);
        assertEquals(LocalDate.of(2026, 4, 30), report.getFollowUpDue());
        assertFalse(report.getStatus().open(), "concluded, if with a rectification: the handling period is met");
        report.recordFollowUp("已完成整改，复查合格", AT.plusSeconds(86_400));
        assertEquals("已完成整改，复查合格", report.getFollowUpNote());
        assertEquals(AT.plusSeconds(86_400), report.getFollowedUpAt());
        assertEquals(ReportConclusion.RECTIFICATION_REQUIRED, report.getConclusion());
    }

    @Test
    void whatMayNotFollowIsRefusedWithTheStatusItMet() {
        NamedReport received = report(ReportSubject.LISTED_UNIT);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> received.verify("核实", AT));
        assertTrue(e.getMessage().endsWith("is RECEIVED, not in handling"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> received.recordFollowUp("整改", AT));
        assertTrue(e.getMessage().endsWith("awaits no follow-up"), e.getMessage());

        NamedReport rectifying = verified(ReportSubject.LISTED_UNIT);
        rectifying.conclude(ReportConclusion.RECTIFICATION_REQUIRED, "限期整改", null, LocalDate.of(2026, 4, 30),
                "hangzhou", AT);
        assertThrows(IllegalStateException.class, () -> rectifying.assign("other", AT), "no new handler then");
        assertThrows(IllegalStateException.class, () -> rectifying.verify("再核实", AT));
        assertThrows(IllegalStateException.class, () -> rectifying.conclude(ReportConclusion.UNFOUNDED, "x", null,
                null, "hangzhou", AT));
        assertEquals(ReportStatus.RECTIFYING, rectifying.getStatus());
        assertEquals("hangzhou", rectifying.getHandler());
    }

    @Test
    void aFollowUpDateGoesOnlyWithARectificationAndAListedUnitIsNotReportedToTheProvince() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> verified(
                ReportSubject.LISTED_UNIT).conclude(ReportConclusion.UNFOUNDED, "不属实", null,
                        LocalDate.of(2026, 4, 30), "hangzhou", AT));
        assertEquals("a follow-up date goes with a rectification, and only with it", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> verified(ReportSubject.INSTITUTION).conclude(
                ReportConclusion.RECTIFICATION_REQUIRED, "整改", null, LocalDate.of(2026, 4, 30), "hangzhou", AT));
        assertEquals("RECTIFICATION_REQUIRED does not conclude a report about a INSTITUTION", e.getMessage());
        NamedReport listed = verified(ReportSubject.LISTED_UNIT);
        listed.conclude(ReportConclusion.UNFOUNDED, "不属实", null, null, "hangzhou", AT);
        IllegalStateException published = assertThrows(IllegalStateException.class, () -> listed.publish(AT));
        assertEquals("only an institution's case reported to the province is published", published.getMessage());
        assertNull(listed.getPublishedAt());
    }

    @Test
    void anOverdueFollowUpReplacesAnEarlierHandlingEscalation() {
        NamedReport report = verified(ReportSubject.LISTED_UNIT);
        assertTrue(report.escalate(Escalation.HANDLING_OVERDUE, AT));
        report.conclude(ReportConclusion.RECTIFICATION_REQUIRED, "限期整改", null, LocalDate.of(2026, 4, 30),
                "hangzhou", AT.plusSeconds(60));
        assertTrue(report.escalate(Escalation.FOLLOW_UP_OVERDUE, AT.plusSeconds(120)));
        assertEquals(Escalation.FOLLOW_UP_OVERDUE, report.getEscalation());
        assertEquals(AT.plusSeconds(120), report.getEscalatedAt());
        report.recordFollowUp("已整改", AT.plusSeconds(180));
        assertFalse(report.escalate(Escalation.FOLLOW_UP_OVERDUE, AT.plusSeconds(240)), "no longer awaited");
        assertEquals(AT.plusSeconds(120), report.getEscalatedAt());
    }

    @Test
    void theAuditStateNamesNobody() {
        NamedReport report = report(ReportSubject.LISTED_UNIT);
        String state = report.auditState().toString();
        assertFalse(state.contains("v1:"), state);
        assertFalse(state.contains("事实"), state);
    }
}
