package cn.gov.zj.jxt.green.interfaces.review;

import static cn.gov.zj.jxt.green.testing.NominationFixture.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.account.AccountService;
import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.application.review.ExpertForm;
import cn.gov.zj.jxt.green.application.review.ReviewService;
import cn.gov.zj.jxt.green.application.review.ScoreForm;
import cn.gov.zj.jxt.green.application.review.ScoringService;
import cn.gov.zj.jxt.green.application.shared.AccessDeniedException;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.CheckFinding;
import cn.gov.zj.jxt.green.domain.model.review.CheckItem;
import cn.gov.zj.jxt.green.domain.model.review.Criterion;
import cn.gov.zj.jxt.green.domain.model.review.DrawKind;
import cn.gov.zj.jxt.green.domain.model.review.DrawRecord;
import cn.gov.zj.jxt.green.domain.model.review.Expert;
import cn.gov.zj.jxt.green.domain.model.review.Inspection;
import cn.gov.zj.jxt.green.domain.model.review.InspectionResult;
import cn.gov.zj.jxt.green.domain.model.review.PanelDraw;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryOutcome;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryReview;
import cn.gov.zj.jxt.green.domain.model.review.Proposal;
import cn.gov.zj.jxt.green.domain.model.review.Score;
import cn.gov.zj.jxt.green.domain.model.review.TieKind;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.NominationFixture;
import cn.gov.zj.jxt.green.testing.ReviewFixture;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provincial review inside the server, through its services as each person uses them: three 湖州 factories
 * nominated and submitted, then 初审, panel draws with their conflicts, a decline and its replacement, the experts'
 * scores and their aggregate, the inspection sample with the flagged ones always in it, and the proposed list.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

    private static final String HUZHOU = "330500";

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    NominationFixture fixture;

    @Inject
    ReviewFixture reviewFixture;

    @Inject
    NominationService nominations;

    @Inject
    ReviewService review;

    @Inject
    ScoringService scoring;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    private static String unique(String title) {
        return title + "（" + UUID.randomUUID().toString().substring(0, 8) + "）";
    }

    @Test
    void aBatchGoesFromPreliminaryReviewToItsProposedList() {
        Region huzhou = fixture.city(HUZHOU);
        Batch batch = fixture.openBatch(unique("省级综合评审测试"), LocalDate.of(LocalDate.now(OfficialDay.ZONE).getYear() + 1, 6, 30),
                Map.of(HUZHOU, 3));
        Application a1 = fixture.approvedFactory(batch, fixture.countyOf(huzhou), unique("湖州评审一厂"));
        Application a2 = fixture.approvedFactory(batch, fixture.countyOf(huzhou), unique("湖州评审二厂"));
        Application a3 = fixture.approvedFactory(batch, fixture.countyOf(huzhou), unique("湖州评审三厂"));
        fixture.as(fixture.cityClerk(huzhou), () -> {
            nominations.nominate(a1.getId());
            nominations.nominate(a2.getId());
            nominations.nominate(a3.getId());
            nominations.issueLetter(batch.getId(), "湖经信函〔2026〕9号");
            return nominations.submit(batch.getId());
        });
        assertEquals(3, as(() -> review.subjects(batch.getId())).size(), "the nominees of the submitted city");

        // The pool: one expert consults for the first factory, one lives in 湖州, four elsewhere with accounts.
        Expert tied = addExpert("利益相关专家", "330300", List.of(new ExpertForm.Tie(TieKind.ORGANISATION, null,
                a1.getOrganisation().getCreditCode(), "咨询")));
        Expert local = addExpert("本市专家", HUZHOU, List.of());
        for (String city : List.of("330800", "331000", "331100", "330900")) {
            addExpert("外市专家" + city, city, List.of());
        }

        // 初审: every item checked; a pass needs them all; a return or rejection needs reasons.
        PreliminaryReview p1 = as(() -> review.openPreliminary(a1.getId()));
        assertTrue(p1.getItems().stream().anyMatch(i -> i.getCode().equals("RULE:INDICATORS_LEADING")));
        assertEquals(5, p1.getItems().stream().filter(i -> i.getCode().startsWith("INDICATOR:")).count());
        assertThrows(BusinessRuleException.class, () -> as(() -> review.decide(a1.getId(), PreliminaryOutcome.PASS,
                null)), "not every item is checked yet");
        assertThrows(InvalidInputException.class, () -> as(() -> review.decide(a1.getId(), PreliminaryOutcome.RETURN,
                " ")), "a return needs reasons");
        assertThrows(InvalidInputException.class, () -> as(() -> review.check(a1.getId(), "INDICATOR:WATER",
                CheckFinding.NOT_OK, null)), "a finding of not ok needs a note");
        checkAll(a1, "INDICATOR:WATER");
        as(() -> review.check(a1.getId(), "INDICATOR:WATER", CheckFinding.NOT_OK, "取水量口径待现场确认"));
        assertTrue(as(() -> review.decide(a1.getId(), PreliminaryOutcome.PASS, null)).flagged(),
                "passed with an item not ok: flagged for the inspection");
        for (Application a : List.of(a2, a3)) {
            as(() -> review.openPreliminary(a.getId()));
            checkAll(a, null);
            as(() -> review.decide(a.getId(), PreliminaryOutcome.PASS, null));
        }
        assertThrows(AccessDeniedException.class, () -> fixture.as(fixture.cityClerk(huzhou),
                () -> review.drawPanel(a1.getId(), 3, true)), "only the province draws");

        // The panel: conflicts set aside with their reasons; the record replays to the same panel.
        DrawRecord draw = as(() -> review.drawPanel(a1.getId(), 3, true));
        assertEquals(3, draw.getChosen().size());
        List<PanelDraw.Exclusion> excluded = draw.recordedExclusions();
        assertTrue(excluded.contains(new PanelDraw.Exclusion(tied.getId(), PanelDraw.Conflict.TIED_TO_APPLICANT)),
                excluded.toString());
        assertTrue(excluded.contains(new PanelDraw.Exclusion(local.getId(), PanelDraw.Conflict.SAME_CITY)),
                excluded.toString());
        assertFalse(draw.getChosen().contains(tied.getId()));
        assertTrue(draw.getCandidates().stream().mapToLong(c -> c.getRefId()).reduce(Long.MIN_VALUE,
                (a, b) -> a < b ? b : Long.MAX_VALUE) != Long.MAX_VALUE, "candidates in ascending id order");
        ReviewService.Verification verified = as(() -> review.verify(draw.getId()));
        assertTrue(verified.reproduces());
        assertEquals(draw.getChosen(), verified.replayedChosen());
        assertThrows(BusinessRuleException.class, () -> as(() -> review.drawPanel(a1.getId(), 3, true)),
                "one panel per application; changes go through declines");
        Actor supervisor = new Actor("it-supervisor", Role.SUPERVISOR, null, null, null, null);
        assertFalse(fixture.as(supervisor, () -> audit.search("review.draw.panel", "DrawRecord", null,
                new PageRequest(0, 200))).items().stream()
                .noneMatch(e -> e.getEntityId().equals(String.valueOf(draw.getId()))), "the draw is audited");

        // A decline: the replacement is a new draw from the rest, excluding everyone already on the panel.
        Assignment declined = as(() -> review.panel(a1.getId())).get(0);
        DrawRecord replacement = as(() -> review.decline(declined.getId(), "出差无法参加"));
        assertEquals(DrawKind.REPLACEMENT, replacement.getKind());
        assertEquals(1, replacement.getChosen().size());
        assertFalse(draw.getChosen().contains(replacement.getChosen().get(0)), "a new person");
        assertEquals(new HashSet<>(draw.getChosen()), replacement.recordedExclusions().stream()
                .filter(e -> e.conflict() == PanelDraw.Conflict.ALREADY_ON_PANEL).map(PanelDraw.Exclusion::id)
                .collect(java.util.stream.Collectors.toSet()));
        assertTrue(as(() -> review.verify(replacement.getId())).reproduces());
        List<Assignment> panel1 = as(() -> review.panel(a1.getId()));
        assertEquals(3, panel1.stream().filter(Assignment::active).count());
        assertEquals(4, panel1.size());

        // Scoring: each seated expert scores his own; no one reads another's seat.
        List<Assignment> seats1 = panel1.stream().filter(Assignment::active).toList();
        Actor first = expertActor(seats1.get(0).getExpert());
        Actor second = expertActor(seats1.get(1).getExpert());
        assertThrows(AccessDeniedException.class, () -> fixture.as(first,
                () -> scoring.assignment(seats1.get(1).getId())), "another expert's assignment");
        assertThrows(AccessDeniedException.class, () -> fixture.as(second,
                () -> scoring.report(seats1.get(0).getId())));
        assertThrows(AccessDeniedException.class, () -> fixture.as(first, () -> scoring.assignment(declined.getId())),
                "a declined seat is no one's to read");
        assertTrue(fixture.as(first, () -> scoring.report(seats1.get(0).getId())).content().length > 0);
        assertEquals(12, fixture.as(first, () -> scoring.eligibility(seats1.get(0).getId())).size());
        assertThrows(InvalidInputException.class, () -> fixture.as(first, () -> scoring.score(seats1.get(0).getId(),
                new ScoreForm(List.of(new ScoreForm.Item(Criterion.BASIC_COMPLIANCE, 90, null)), null, false, null))),
                "every criterion must be scored");
        int[][] marks = {{90, 80, 70, 85, 75}, {80, 80, 80, 80, 80}, {100, 60, 90, 70, 80}};
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            Assignment seat = seats1.get(i);
            Score s = fixture.as(expertActor(seat.getExpert()), () -> scoring.score(seat.getId(),
                    form(marks[seatIndex(seats1, seat)], false)));
            sum = sum.add(s.weightedTotal());
        }
        // 90×15 + 80×25 + 70×20 + 85×20 + 75×20 = 7950 → 79.50
        assertEquals(new BigDecimal("79.50"), scoring(seats1.get(0)));
        ReviewService.Aggregate aggregate = as(() -> review.aggregate(a1.getId()));
        assertEquals(3, aggregate.scoresIn());
        assertEquals(3, aggregate.panelSize());
        assertEquals(sum.divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP), aggregate.mean());
        assertThrows(BusinessRuleException.class, () -> as(() -> review.decline(seats1.get(0).getId(), "迟来的回避")),
                "a seat that has scored cannot be declined");

        // The other two: panels without the city rule; an expert flags the second for the inspection.
        for (Application a : List.of(a2, a3)) {
            as(() -> review.drawPanel(a.getId(), 3, false));
            List<Assignment> seats = as(() -> review.panel(a.getId()));
            for (Assignment seat : seats) {
                fixture.as(expertActor(seat.getExpert()), () -> scoring.score(seat.getId(),
                        form(new int[] {85, 85, 85, 85, 85}, a == a2 && seat == seats.get(0))));
            }
        }
        assertTrue(as(() -> review.standing(a2.getId())).flagged(), "flagged by an expert");
        assertFalse(as(() -> review.standing(a3.getId())).flagged());

        // The sample: none by share, yet both flagged ones are in it; the draw replays.
        DrawRecord sample = as(() -> review.drawInspections(batch.getId(), null, 0));
        assertEquals(List.of(a1.getId(), a2.getId()), sample.getChosen());
        assertTrue(as(() -> review.verify(sample.getId())).reproduces());
        List<Inspection> inspections = as(() -> review.inspections(batch.getId()));
        assertEquals(2, inspections.size());
        assertTrue(inspections.stream().allMatch(Inspection::isFlagged));
        Inspection i1 = inspections.stream().filter(i -> i.getApplication().getId().equals(a1.getId())).findFirst()
                .orElseThrow();
        Inspection i2 = inspections.stream().filter(i -> i.getApplication().getId().equals(a2.getId())).findFirst()
                .orElseThrow();
        assertThrows(InvalidInputException.class, () -> as(() -> review.recordInspection(i2.getId(),
                InspectionResult.PROBLEMS_FOUND, null)), "problems need findings");
        as(() -> review.recordInspection(i1.getId(), InspectionResult.CONFIRMED, "取水量计量口径与报告一致"));
        as(() -> review.recordInspection(i2.getId(), InspectionResult.PROBLEMS_FOUND, "环保设施未按设计运行"));

        // The proposed list: passed, scored, and confirmed where inspected.
        as(() -> review.propose(a1.getId(), true, null));
        assertThrows(BusinessRuleException.class, () -> as(() -> review.propose(a2.getId(), true, null)),
                "problems found on site");
        assertThrows(InvalidInputException.class, () -> as(() -> review.propose(a2.getId(), false, null)));
        as(() -> review.propose(a2.getId(), false, "现场核查发现问题"));
        as(() -> review.propose(a3.getId(), true, null));
        List<Long> proposed = as(() -> review.proposedList(batch.getId())).stream()
                .map(p -> p.getApplication().getId()).toList();
        assertEquals(Set.of(a1.getId(), a3.getId()), Set.copyOf(proposed));
        Proposal changed = as(() -> review.propose(a3.getId(), false, "综合评分排序靠后"));
        assertFalse(changed.isIncluded());
        assertEquals(List.of(a1.getId()), as(() -> review.proposedList(batch.getId())).stream()
                .map(p -> p.getApplication().getId()).toList());

        // The discipline office reads every draw and changes none.
        List<Long> seen = fixture.as(supervisor, () -> review.draws()).stream().map(DrawRecord::getId).toList();
        assertTrue(seen.containsAll(List.of(draw.getId(), replacement.getId(), sample.getId())));
        assertNotNull(fixture.as(supervisor, () -> review.verify(draw.getId())));
        assertThrows(AccessDeniedException.class, () -> fixture.as(supervisor,
                () -> review.propose(a1.getId(), false, "试图修改")));
    }

    private BigDecimal scoring(Assignment seat) {
        return fixture.as(expertActor(seat.getExpert()), () -> scoring.myScore(seat.getId())).orElseThrow()
                .weightedTotal();
    }

    private static int seatIndex(List<Assignment> seats, Assignment seat) {
        return seats.indexOf(seat);
    }

    private static ScoreForm form(int[] marks, boolean flagged) {
        Criterion[] criteria = Criterion.values();
        return new ScoreForm(Arrays.stream(criteria).map(c -> new ScoreForm.Item(c, marks[c.ordinal()], "意见"))
                .toList(), "总体意见", flagged, flagged ? "环保设施运行情况需现场核实" : null);
    }

    private void checkAll(Application application, String except) {
        for (CheckItem item : as(() -> review.preliminary(application.getId())).getItems()) {
            if (!item.getCode().equals(except)) {
                as(() -> review.check(application.getId(), item.getCode(), CheckFinding.OK, null));
            }
        }
    }

    private Expert addExpert(String name, String city, List<ExpertForm.Tie> ties) {
        String username = "it-expert-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = new Account();
        account.setUsername(username);
        account.setDisplayName(name);
        account.setRole(Role.EXPERT);
        currentActor.runAsSystem(() -> accounts.create(account, "Expert2025test!"));
        return as(() -> review.addExpert(new ExpertForm(name, "绿色制造", name + "所在单位", null, city, username, ties,
                true)));
    }

    private Actor expertActor(Expert expert) {
        return reviewFixture.expertActor(expert);
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return fixture.as(PROVINCE, work);
    }
}
