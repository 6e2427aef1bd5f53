package cn.gov.zj.jxt.green.domain.model.park;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's state machine (seed 001 §三(三)): every transition allowed and refused, and what a plan must say. */
class TransformationPlanTest {

    private static final Instant T0 = Instant.parse("2022-03-01T02:00:00Z");
    private static final Instant T1 = Instant.parse("2022-03-10T02:00:00Z");
    private static final Instant T2 = Instant.parse("2022-04-01T02:00:00Z");
    private static final Instant T3 = Instant.parse("2022-04-20T02:00:00Z");
    private static final Instant T4 = Instant.parse("2022-05-05T02:00:00Z");

    @Test
    void aDraftIsRevisedSubmittedReturnedRevisedSubmittedAgainAndApprovedWithItsHistoryKept() {
        TransformationPlan plan = draft();
        assertEquals(PlanStatus.DRAFT, plan.getStatus());
        assertTrue(plan.isEditable());
        assertTrue(plan.isSubmittable());
        assertFalse(plan.isAwaitingDecision());
        assertEquals(0, plan.submissions());

        plan.revise(content("园区基本情况（修改）", 2), T0, "park");
        assertEquals("园区基本情况（修改）", plan.getBasics());
        assertEquals(2, plan.getProjects().size());
        assertEquals(new BigDecimal("3000.00"), plan.totalInvestment());

        plan.submit(T1, "park");
        assertEquals(PlanStatus.SUBMITTED, plan.getStatus());
        assertFalse(plan.isEditable());
        assertTrue(plan.isAwaitingDecision());

        plan.returnWithComments(T2, "province", "  请补充项目投资来源。 ");
        assertEquals(PlanStatus.RETURNED, plan.getStatus());
        assertEquals("请补充项目投资来源。", plan.lastReturn().orElseThrow().getComment());
        assertTrue(plan.isEditable());

        plan.revise(content("园区基本情况（第二稿）", 3), T3, "park");
        plan.submit(T3, "park");
        assertEquals(2, plan.submissions());

        plan.approve(T4, "province", null);
        assertEquals(PlanStatus.APPROVED, plan.getStatus());
        assertEquals(T4, plan.getApprovedAt());
        assertEquals(List.of(PlanEvent.Kind.SUBMITTED, PlanEvent.Kind.RETURNED, PlanEvent.Kind.SUBMITTED,
                PlanEvent.Kind.APPROVED), plan.getHistory().stream().map(PlanEvent::getKind).toList());
        assertEquals("province", plan.getHistory().get(3).getBy());
        assertNull(plan.getHistory().get(3).getComment());
        assertEquals(T2, plan.lastReturn().orElseThrow().getAt(), "the return stays in the history");
    }

    @Test
    void aDraftCannotBeDecidedOn() {
        TransformationPlan plan = draft();
        assertThrows(IllegalStateException.class, () -> plan.approve(T1, "province", null));
        assertThrows(IllegalStateException.class, () -> plan.returnWithComments(T1, "province", "意见"));
        assertEquals(PlanStatus.DRAFT, plan.getStatus());
        assertTrue(plan.getHistory().isEmpty());
    }

    @Test
    void aSubmittedPlanCannotBeRevisedNorSubmittedTwice() {
        TransformationPlan plan = draft();
        plan.submit(T1, "park");
        assertThrows(IllegalStateException.class, () -> plan.revise(content("改", 1), T2, "park"));
        assertThrows(IllegalStateException.class, () -> plan.submit(T2, "park"));
        assertEquals("园区基本情况", plan.getBasics());
        assertEquals(1, plan.submissions());
    }

    @Test
    void aReturnedPlanCannotBeDecidedOnAgainUntilSubmitted() {
        TransformationPlan plan = draft();
        plan.submit(T1, "park");
        plan.returnWithComments(T2, "province", "意见");
        assertThrows(IllegalStateException.class, () -> plan.approve(T3, "province", null));
        assertThrows(IllegalStateException.class, () -> plan.returnWithComments(T3, "province", "再退"));
        assertEquals(PlanStatus.RETURNED, plan.getStatus());
    }

    @Test
    void anApprovedPlanIsFinal() {
        TransformationPlan plan = draft();
        plan.submit(T1, "park");
        plan.approve(T2, "province", "同意实施。");
        assertEquals("同意实施。", plan.getHistory().get(1).getComment());
        assertThrows(IllegalStateException.class, () -> plan.revise(content("改", 1), T3, "park"));
        assertThrows(IllegalStateException.class, () -> plan.submit(T3, "park"));
        assertThrows(IllegalStateException.class, () -> plan.approve(T3, "province", null));
        assertThrows(IllegalStateException.class, () -> plan.returnWithComments(T3, "province", "意见"));
        assertEquals(PlanStatus.APPROVED, plan.getStatus());
        assertFalse(plan.isEditable());
        assertFalse(plan.isSubmittable());
        assertFalse(plan.isAwaitingDecision());
    }

    @Test
    void aReturnWithoutCommentsIsRefusedAndChangesNothing() {
        TransformationPlan plan = draft();
        plan.submit(T1, "park");
        assertThrows(IllegalArgumentException.class, () -> plan.returnWithComments(T2, "province", "  "));
        assertThrows(IllegalArgumentException.class, () -> plan.returnWithComments(T2, "province", null));
        assertThrows(IllegalArgumentException.class,
                () -> plan.returnWithComments(T2, "province", "长".repeat(TransformationPlan.COMMENT_MAX + 1)));
        assertEquals(PlanStatus.SUBMITTED, plan.getStatus());
        assertEquals(1, plan.getHistory().size());
    }

    @Test
    void onlyAParkFilesAPlan() {
        Organisation factory = new Organisation();
        factory.setType(OrganisationType.ENTERPRISE);
        assertThrows(IllegalArgumentException.class, () -> new TransformationPlan(factory, content("x", 1), T0, "a"));
        assertThrows(IllegalArgumentException.class, () -> new TransformationPlan(null, content("x", 1), T0, "a"));
    }

    @Test
    void aPlanSaysEveryPartHasAProjectAndItsFiguresAreSound() {
        assertThrows(IllegalArgumentException.class,
                () -> new PlanContent(" ", "任务", List.of(project(2022, 2023)), outcomes("95"), "措施"));
        assertThrows(IllegalArgumentException.class,
                () -> new PlanContent("基本情况", "任务", List.of(), outcomes("95"), "措施"));
        assertThrows(IllegalArgumentException.class,
                () -> new PlanContent("基本情况", "", List.of(project(2022, 2023)), outcomes("95"), "措施"));
        assertThrows(NullPointerException.class,
                () -> new PlanContent("基本情况", "任务", List.of(project(2022, 2023)), null, "措施"));
        assertThrows(IllegalArgumentException.class, () -> project(2024, 2023));
        assertThrows(IllegalArgumentException.class, () -> project(2019, 2023));
        assertThrows(IllegalArgumentException.class,
                () -> new PlanProject("项目", "内容", new BigDecimal("-1"), 2022, 2023));
        assertThrows(IllegalArgumentException.class, () -> outcomes("100.01"));
        assertThrows(IllegalArgumentException.class, () -> new ExpectedOutcomes(new BigDecimal("-5"), BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE));
        assertEquals(new BigDecimal("100"), outcomes("100").getSolidWasteUtilisation());
    }

    private static TransformationPlan draft() {
        Organisation park = new Organisation();
        park.setType(OrganisationType.PARK);
        return new TransformationPlan(park, content("园区基本情况", 1), T0, "park");
    }

    static PlanContent content(String basics, int projects) {
        List<PlanProject> list = new java.util.ArrayList<>();
        for (int i = 0; i < projects; i++) {
            list.add(new PlanProject("项目" + i, "建设内容" + i, new BigDecimal("1500.00"), 2022, 2024));
        }
        return new PlanContent(basics, "主要任务", list, outcomes("92.5"), "保障措施");
    }

    private static PlanProject project(int start, int end) {
        return new PlanProject("项目", "内容", BigDecimal.TEN, start, end);
    }

    private static ExpectedOutcomes outcomes(String rate) {
        return new ExpectedOutcomes(new BigDecimal("12000"), new BigDecimal("300000"), new BigDecimal("31000"),
                new BigDecimal("8000"), new BigDecimal("150000"), new BigDecimal("120"), new BigDecimal("0.42"),
                new BigDecimal("6.5"), new BigDecimal(rate));
    }
}
