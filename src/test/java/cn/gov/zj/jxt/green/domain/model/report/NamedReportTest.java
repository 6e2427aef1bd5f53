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
        assertThrows(IllegalStateException.class, () -> report.assign("other", AT), "concluded is concluded");
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
    void theAuditStateNamesNobody() {
        NamedReport report = report(ReportSubject.LISTED_UNIT);
        String state = report.auditState().toString();
        assertFalse(state.contains("v1:"), state);
        assertFalse(state.contains("事实"), state);
    }
}
