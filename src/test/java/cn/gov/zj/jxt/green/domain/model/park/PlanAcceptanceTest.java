package cn.gov.zj.jxt.green.domain.model.park;

import static cn.gov.zj.jxt.green.domain.model.park.ProgressReportTest.WUXING;
import static cn.gov.zj.jxt.green.domain.model.park.ProgressReportTest.approvedPlan;
import static cn.gov.zj.jxt.green.domain.model.park.ProgressReportTest.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The province's acceptance (验收, seed 001 §三(五)) of an approved plan: held between the approval and today, a
 * failure says why and may be followed by another acceptance, a pass is final; each is a line of the history.
 */
class PlanAcceptanceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void aFailedAcceptanceIsFollowedByAPassedOneAndBothStayInTheHistory() {
        TransformationPlan plan = approvedPlan(WUXING);
        assertTrue(plan.isAcceptable());
        plan.recordAcceptance(AcceptanceResult.FAILED, LocalDate.of(2026, 1, 10), " 固废项目未完工。 ", NOW, "province");
        assertEquals(AcceptanceResult.FAILED, plan.getAcceptanceResult());
        assertEquals("固废项目未完工。", plan.getAcceptanceComment());
        assertFalse(plan.isAccepted());
        assertTrue(plan.isAcceptable(), "accepted again after rectification");

        plan.recordAcceptance(AcceptanceResult.PASSED, LocalDate.of(2026, 3, 1), null, NOW, "province");
        assertTrue(plan.isAccepted());
        assertFalse(plan.isAcceptable());
        assertEquals(LocalDate.of(2026, 3, 1), plan.getAcceptanceDate());
        assertNull(plan.getAcceptanceComment());
        assertEquals(PlanEvent.Kind.NOT_ACCEPTED, plan.getHistory().get(plan.getHistory().size() - 2).getKind());
        assertEquals(PlanEvent.Kind.ACCEPTED, plan.getHistory().get(plan.getHistory().size() - 1).getKind());
        assertThrows(IllegalStateException.class, () -> plan.recordAcceptance(AcceptanceResult.FAILED,
                LocalDate.of(2026, 3, 2), "再验。", NOW, "province"), "a pass is final");
        assertEquals(PlanStatus.APPROVED, plan.getStatus());
    }

    @Test
    void onlyAnApprovedPlanIsAcceptedAndAFailureSaysWhyAndTheDayIsPlausible() {
        TransformationPlan draft = plan(WUXING);
        assertFalse(draft.isAcceptable());
        assertThrows(IllegalStateException.class, () -> draft.recordAcceptance(AcceptanceResult.PASSED,
                LocalDate.of(2026, 1, 10), null, NOW, "province"));

        TransformationPlan plan = approvedPlan(WUXING);
        int history = plan.getHistory().size();
        assertThrows(IllegalArgumentException.class, () -> plan.recordAcceptance(AcceptanceResult.FAILED,
                LocalDate.of(2026, 1, 10), "  ", NOW, "province"));
        assertThrows(IllegalArgumentException.class, () -> plan.recordAcceptance(AcceptanceResult.PASSED,
                LocalDate.of(2022, 6, 9), null, NOW, "province"), "before the approval");
        assertThrows(IllegalArgumentException.class, () -> plan.recordAcceptance(AcceptanceResult.PASSED,
                LocalDate.of(2026, 3, 3), null, NOW, "province"), "in the future");
        assertNull(plan.getAcceptanceResult());
        assertEquals(history, plan.getHistory().size(), "nothing recorded");
    }
}
