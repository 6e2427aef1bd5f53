package cn.gov.zj.jxt.green.domain.model.park;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pilot application's rules (seed 002 §四, §五(四)): who may apply and when, the three conditions, the province's
 * eligibility check, the shortlist of two or three, and every later stage, allowed and refused, in its history.
 */
class PilotApplicationTest {

    private static final Instant APPLIED = Instant.parse("2026-10-10T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-01T02:00:00Z");
    private static final PilotApplication.Conditions ALL = new PilotApplication.Conditions(true, true, true);

    @Test
    void aParkAppliesWhileTheCallIsOpenAssertingEveryConditionWithItsMaterialsAndThreeYears() {
        PilotApplication application = applied(call());
        assertEquals(PilotStatus.SUBMITTED, application.getStatus());
        assertEquals(List.of(PilotEvent.Kind.SUBMITTED), kinds(application));
        assertEquals(3, application.getMaterial().years().size());
        assertFalse(application.isPublic(), "an application is the province's until it is shortlisted");

        Organisation factory = new Organisation();
        factory.setType(OrganisationType.ENTERPRISE);
        assertThrows(IllegalArgumentException.class, () -> new PilotApplication(call(), factory,
                ZoneKind.HIGH_TECH_ZONE, ALL, material(2023), materials(), APPLIED, "factory"));
        for (PilotApplication.Conditions missing : List.of(new PilotApplication.Conditions(false, true, true),
                new PilotApplication.Conditions(true, false, true), new PilotApplication.Conditions(true, true, false))) {
            assertFalse(missing.allMet());
            assertThrows(IllegalArgumentException.class, () -> new PilotApplication(call(), park(),
                    ZoneKind.HIGH_TECH_ZONE, missing, material(2023), materials(), APPLIED, "park"), missing::toString);
        }
        assertThrows(IllegalArgumentException.class, () -> new PilotApplication(call(), park(),
                ZoneKind.HIGH_TECH_ZONE, ALL, material(2023), null, APPLIED, "park"), "the materials are uploaded");
        // 24:00 of the due date, Asia/Shanghai: 16:00 UTC the day before the next.
        Instant closes = Instant.parse("2026-11-30T16:00:00Z");
        assertThrows(IllegalStateException.class, () -> new PilotApplication(call(), park(), ZoneKind.HIGH_TECH_ZONE,
                ALL, material(2023), materials(), closes, "park"));
        new PilotApplication(call(), park(), ZoneKind.HIGH_TECH_ZONE, ALL, material(2023), materials(),
                closes.minusSeconds(1), "park");
    }

    @Test
    void theMaterialHasEverySectionAndThreeConsecutiveYearsAndAYearUsesNoMoreWasteThanItMade() {
        assertThrows(IllegalArgumentException.class, () -> new PilotMaterial("一", " ", "三", "四", "五", "六",
                years(2023)));
        assertThrows(IllegalArgumentException.class, () -> new PilotMaterial("一", "二", "三", "四", "五", "六",
                years(2023).subList(0, 2)));
        assertThrows(IllegalArgumentException.class, () -> new PilotMaterial("一", "二", "三", "四", "五", "六",
                List.of(year(2023), year(2025), year(2024))));
        assertThrows(IllegalArgumentException.class, () -> new PilotYear(2023, BigDecimal.TEN, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("5"), new BigDecimal("6")));
        assertThrows(IllegalArgumentException.class, () -> new PilotYear(2023, BigDecimal.TEN, BigDecimal.ONE,
                new BigDecimal("-1"), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        assertEquals(new BigDecimal("0.8500"), new PilotYear(2023, new BigDecimal("20000"), BigDecimal.ONE,
                BigDecimal.ONE, new BigDecimal("17000"), BigDecimal.ONE, BigDecimal.ONE).carbonIntensity());
        assertNull(new PilotYear(2023, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE).carbonIntensity(), "no added value, no intensity");
    }

    @Test
    void theProvinceChecksEligibilityOnceAndARefusalSaysWhy() {
        PilotApplication refused = applied(call());
        assertThrows(IllegalArgumentException.class, () -> refused.checkEligibility(false, LATER, "province", " "));
        refused.checkEligibility(false, LATER, "province", " 不在开发区目录中 ");
        assertEquals(PilotStatus.INELIGIBLE, refused.getStatus());
        assertEquals("不在开发区目录中", refused.getHistory().get(1).getNote());
        assertThrows(IllegalStateException.class, () -> refused.checkEligibility(true, LATER, "province", null));
        assertThrows(IllegalStateException.class, () -> refused.recommend(LATER, "province"));

        PilotApplication confirmed = applied(call());
        assertThrows(IllegalStateException.class, () -> confirmed.recommend(LATER, "province"), "checked first");
        confirmed.checkEligibility(true, LATER, "province", null);
        assertEquals(PilotStatus.ELIGIBLE, confirmed.getStatus());
    }

    @Test
    void aShortlistHoldsTwoOrThreeAndIsFinalOnceTheLetterIsIssued() {
        assertTrue(PilotCall.roomFor(0) && PilotCall.roomFor(2));
        assertFalse(PilotCall.roomFor(3), "§四(二): at most three");
        assertFalse(PilotCall.sendable(1));
        assertTrue(PilotCall.sendable(2) && PilotCall.sendable(3));
        assertFalse(PilotCall.sendable(4));

        PilotCall call = call();
        PilotApplication application = eligible(call);
        application.recommend(LATER, "province");
        application.withdrawRecommendation(LATER, "province");
        assertEquals(PilotStatus.ELIGIBLE, application.getStatus());
        application.recommend(LATER, "province");
        assertThrows(IllegalStateException.class, () -> application.recommend(LATER, "province"));
        assertThrows(IllegalStateException.class,
                () -> application.record(PilotApplication.Stage.APPROVED_AS_PILOT, LATER, "province", null),
                "the ministries decide on the recommendation letter");

        call.letterIssued(letter(), LATER);
        assertFalse(call.isShortlistOpen());
        assertThrows(IllegalStateException.class, () -> call.letterIssued(letter(), LATER), "one letter");
        assertThrows(IllegalStateException.class, () -> application.withdrawRecommendation(LATER, "province"));
        assertTrue(application.isPublic());
    }

    @Test
    void aPilotFilesItsPlanIsCheckedAcceptedAndLosesItsTitleAtAFailedReReview() {
        PilotCall call = call();
        PilotApplication application = eligible(call);
        application.recommend(LATER, "province");
        call.letterIssued(letter(), LATER);

        assertThrows(IllegalStateException.class, () -> application.filePlan(plan(), LATER, "park"), "not a pilot");
        application.record(PilotApplication.Stage.APPROVED_AS_PILOT, LATER, "province", "工信部、发展改革委批复");
        assertEquals(PilotStatus.PILOT, application.getStatus());
        assertThrows(IllegalStateException.class,
                () -> application.record(PilotApplication.Stage.ACCEPTED, LATER, "province", null), "plan first");
        assertThrows(IllegalArgumentException.class, () -> application.filePlan(materials(), LATER, "park"));
        application.filePlan(plan(), LATER, "park");
        assertEquals(PilotStatus.PLAN_FILED, application.getStatus());
        assertThrows(IllegalArgumentException.class,
                () -> application.record(PilotApplication.Stage.CHECKED, LATER, "province", " "), "findings");
        application.record(PilotApplication.Stage.CHECKED, LATER, "province", "阶段性评估：进度符合方案");
        assertEquals(PilotStatus.PLAN_FILED, application.getStatus(), "a check changes no status");
        application.record(PilotApplication.Stage.ACCEPTED, LATER, "province", null);
        assertEquals(PilotStatus.ACCEPTED, application.getStatus());
        application.record(PilotApplication.Stage.RE_REVIEW_PASSED, LATER, "province", null);
        assertEquals(PilotStatus.ACCEPTED, application.getStatus());
        assertThrows(IllegalArgumentException.class,
                () -> application.record(PilotApplication.Stage.TITLE_WITHDRAWN, LATER, "province", null));
        application.record(PilotApplication.Stage.TITLE_WITHDRAWN, LATER, "province", "复核不合格");
        assertEquals(PilotStatus.WITHDRAWN, application.getStatus());
        assertThrows(IllegalStateException.class,
                () -> application.record(PilotApplication.Stage.RE_REVIEW_PASSED, LATER, "province", null));
        assertEquals(List.of(PilotEvent.Kind.SUBMITTED, PilotEvent.Kind.ELIGIBLE, PilotEvent.Kind.RECOMMENDED,
                PilotEvent.Kind.APPROVED_AS_PILOT, PilotEvent.Kind.PLAN_FILED, PilotEvent.Kind.CHECKED,
                PilotEvent.Kind.ACCEPTED, PilotEvent.Kind.RE_REVIEW_PASSED, PilotEvent.Kind.TITLE_WITHDRAWN),
                kinds(application));
        assertEquals(2, application.getFiles().size(), "the materials and the plan");
    }

    @Test
    void aShortlistedParkNotChosenByTheMinistriesStopsThere() {
        PilotCall call = call();
        PilotApplication application = eligible(call);
        application.recommend(LATER, "province");
        call.letterIssued(letter(), LATER);
        application.record(PilotApplication.Stage.NOT_SELECTED, LATER, "province", null);
        assertEquals(PilotStatus.NOT_SELECTED, application.getStatus());
        assertThrows(IllegalStateException.class, () -> application.filePlan(plan(), LATER, "park"));
    }

    @Test
    void theCallRemindsBeforeItsDueDateAndIsOverdueOnceFromMidnightWithoutALetter() {
        PilotCall call = call();
        assertEquals(Instant.parse("2026-11-23T01:00:00Z"), call.reminderAt(), "09:00 Shanghai, 7 days before");
        assertEquals(Instant.parse("2026-11-30T16:00:00Z"), call.closesAt());
        assertFalse(call.markOverdue(call.closesAt().minusSeconds(1)));
        assertTrue(call.markOverdue(call.closesAt()));
        assertFalse(call.markOverdue(call.closesAt().plusSeconds(60)), "once");
        assertEquals(call.closesAt(), call.getOverdueAt());

        PilotCall sent = call();
        sent.letterIssued(letter(), LATER);
        assertFalse(sent.markOverdue(sent.closesAt()), "a sent letter is never overdue");
        assertThrows(IllegalArgumentException.class, () -> new PilotCall(2026, "提醒天数", LocalDate.of(2026, 11, 30),
                0, APPLIED, "province"));
    }

    static PilotCall call() {
        return new PilotCall(2026, "2026年国家低碳工业园区试点申报", LocalDate.of(2026, 11, 30), 7, APPLIED, "province");
    }

    static Organisation park() {
        Organisation park = new Organisation();
        park.setType(OrganisationType.PARK);
        return park;
    }

    private static PilotApplication applied(PilotCall call) {
        return new PilotApplication(call, park(), ZoneKind.ECONOMIC_DEVELOPMENT_ZONE, ALL, material(2023),
                materials(), APPLIED, "park");
    }

    private static PilotApplication eligible(PilotCall call) {
        PilotApplication application = applied(call);
        application.checkEligibility(true, LATER, "province", null);
        return application;
    }

    static PilotMaterial material(int firstYear) {
        return new PilotMaterial("园区概况", "低碳技术研发平台", "能源资源利用", "废弃物利用", "碳管理制度", "试点目标",
                years(firstYear));
    }

    static List<PilotYear> years(int first) {
        return List.of(year(first), year(first + 1), year(first + 2));
    }

    static PilotYear year(int year) {
        return new PilotYear(year, new BigDecimal("20000"), new BigDecimal("8000"), new BigDecimal("90000"),
                new BigDecimal("17000"), new BigDecimal("300"), new BigDecimal("280"));
    }

    private static PilotFile materials() {
        return new PilotFile(PilotFile.Kind.MATERIAL, "申报材料.pdf", "aa".repeat(32), 1024, APPLIED);
    }

    private static PilotFile plan() {
        return new PilotFile(PilotFile.Kind.IMPLEMENTATION_PLAN, "实施方案.pdf", "bb".repeat(32), 2048, LATER);
    }

    static IssuedDocument letter() {
        return new IssuedDocument(DocumentFormat.FILE, "关于推荐2026年国家低碳工业园区试点的函", null, null,
                "浙经信绿色〔2026〕12号", "浙江省经济和信息化厅 浙江省发展和改革委员会", LocalDate.of(2026, 11, 20), LATER,
                "province", new IssuedDocument.Files("aa".repeat(32), 1024, "bb".repeat(32), 2048), null);
    }

    private static List<PilotEvent.Kind> kinds(PilotApplication application) {
        return application.getHistory().stream().map(PilotEvent::getKind).toList();
    }
}
