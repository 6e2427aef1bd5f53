package cn.gov.zj.jxt.green.domain.model.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PanelDrawTest {

    private static final String APPLICANT = "91330106MA2GL0001N";
    private static final String INSTITUTION = "91330108MA2CE0006A";
    private static final PanelDraw.Subject SUBJECT = new PanelDraw.Subject(APPLICANT, 77L, INSTITUTION, "330100");

    private static PanelDraw.Candidate plain(long id, String city) {
        return new PanelDraw.Candidate(id, "EMP" + id, city, Set.of(), Set.of());
    }

    /** Twenty experts from 宁波, none tied to anyone. */
    private static List<PanelDraw.Candidate> pool() {
        return LongStream.rangeClosed(1, 20).mapToObj(id -> plain(id, "330200")).toList();
    }

    @Test
    void theSameSeedAndCandidatesGiveTheSamePanelInTheSameOrder() {
        PanelDraw.Outcome first = PanelDraw.run(42L, 5, SUBJECT, pool(), true, Set.of());
        PanelDraw.Outcome again = PanelDraw.run(42L, 5, SUBJECT, pool(), true, Set.of());
        assertEquals(first, again);
        assertEquals(5, first.chosen().size());
        assertEquals(5, new HashSet<>(first.chosen()).size(), "no one twice");
        assertNotEquals(first.chosen(), PanelDraw.run(43L, 5, SUBJECT, pool(), true, Set.of()).chosen(),
                "another seed, another panel (for these two seeds)");
    }

    @Test
    void theChoiceIsPinnedToJavaUtilRandomSoItCanBeRecomputedAnywhere() {
        // Fixed expectation: a change of algorithm would make every recorded draw unverifiable.
        assertEquals(RandomDraw.choose(20251108L, LongStream.rangeClosed(1, 10).boxed().toList(), 3),
                expectedBy(20251108L, 10, 3));
    }

    /** The partial Fisher–Yates shuffle written out again, independently, on java.util.Random. */
    private static List<Long> expectedBy(long seed, int n, int k) {
        long[] ids = LongStream.rangeClosed(1, n).toArray();
        java.util.Random random = new java.util.Random(seed);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            long t = ids[i];
            ids[i] = ids[j];
            ids[j] = t;
            out.add(ids[i]);
        }
        return out;
    }

    @Test
    void conflictedExpertsAreExcludedWithTheirReason() {
        List<PanelDraw.Candidate> candidates = List.of(
                new PanelDraw.Candidate(1, APPLICANT, "330200", Set.of(), Set.of()),
                new PanelDraw.Candidate(2, "X", "330200", Set.of(APPLICANT), Set.of()),
                new PanelDraw.Candidate(3, INSTITUTION, "330200", Set.of(), Set.of()),
                new PanelDraw.Candidate(4, "X", "330200", Set.of(), Set.of(77L)),
                new PanelDraw.Candidate(5, "X", "330200", Set.of(INSTITUTION), Set.of()),
                new PanelDraw.Candidate(6, "X", "330100", Set.of(), Set.of()),
                plain(7, "330300"), plain(8, "330400"));
        PanelDraw.Outcome outcome = PanelDraw.run(1L, 5, SUBJECT, candidates, true, Set.of());
        assertEquals(List.of(new PanelDraw.Exclusion(1, PanelDraw.Conflict.EMPLOYED_BY_APPLICANT),
                new PanelDraw.Exclusion(2, PanelDraw.Conflict.TIED_TO_APPLICANT),
                new PanelDraw.Exclusion(3, PanelDraw.Conflict.EMPLOYED_BY_INSTITUTION),
                new PanelDraw.Exclusion(4, PanelDraw.Conflict.TIED_TO_INSTITUTION),
                new PanelDraw.Exclusion(5, PanelDraw.Conflict.TIED_TO_INSTITUTION),
                new PanelDraw.Exclusion(6, PanelDraw.Conflict.SAME_CITY)), outcome.exclusions());
        assertEquals(Set.of(7L, 8L), Set.copyOf(outcome.chosen()), "only two could be drawn");

        PanelDraw.Outcome citiesAllowed = PanelDraw.run(1L, 5, SUBJECT, candidates, false, Set.of());
        assertTrue(citiesAllowed.chosen().contains(6L), "the city rule is the draw's choice");
    }

    @Test
    void candidatesOutOfCanonicalOrderAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> PanelDraw.run(1L, 2, SUBJECT, List.of(plain(2, "330200"), plain(1, "330200")), true, Set.of()));
    }

    @Test
    void aReplacementComesFromTheRemainingCandidatesAndIsRecordedTheSameWay() {
        PanelDraw.Outcome panel = PanelDraw.run(7L, 5, SUBJECT, pool(), true, Set.of());
        Set<Long> prior = new HashSet<>(panel.chosen());
        DrawRecord replacement = DrawRecord.drawPanel(DrawKind.REPLACEMENT, null, null, 99L, 1, true, SUBJECT, pool(),
                Map.of(), prior, "clerk", Instant.EPOCH);
        assertEquals(1, replacement.getChosen().size());
        assertFalse(prior.contains(replacement.getChosen().get(0)), "a new person");
        assertEquals(5, replacement.recordedExclusions().stream()
                .filter(e -> e.conflict() == PanelDraw.Conflict.ALREADY_ON_PANEL).count());
        assertTrue(replacement.reproduces());
    }

    @Test
    void aRecordReplaysToItsOwnPanelAndATamperedRecordDoesNot() throws Exception {
        DrawRecord record = DrawRecord.drawPanel(DrawKind.PANEL, null, null, 123456789L, 5, true, SUBJECT, pool(),
                Map.of(), Set.of(), "clerk", Instant.EPOCH);
        assertTrue(record.reproduces());
        assertEquals(record.getChosen(), record.replay().chosen());

        java.lang.reflect.Field seed = DrawRecord.class.getDeclaredField("seed");
        seed.setAccessible(true);
        seed.setLong(record, 987654321L);
        assertFalse(record.reproduces(), "another seed does not give the recorded panel");
    }

    @Test
    void theSampleAlwaysHoldsTheFlaggedOnes() {
        List<InspectionSample.Candidate> candidates = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            candidates.add(new InspectionSample.Candidate(id, id == 4 || id == 9));
        }
        for (long seed = 0; seed < 50; seed++) {
            List<Long> sample = InspectionSample.run(seed, candidates, null, 30);
            assertEquals(3, sample.size(), "30% of 10");
            assertEquals(List.of(4L, 9L), sample.subList(0, 2), "flagged first, whatever the seed");
        }
        assertEquals(List.of(4L, 9L), InspectionSample.run(5L, candidates, 1, null),
                "the flagged ones even beyond a count of 1");
        assertEquals(InspectionSample.run(11L, candidates, 6, null), InspectionSample.run(11L, candidates, 6, null));
        assertEquals(1, InspectionSample.target(3, null, 30), "rounded up");

        DrawRecord record = DrawRecord.drawSample(null, 11L, null, 30, candidates, Map.of(), "clerk", Instant.EPOCH);
        assertTrue(record.reproduces());
        assertEquals(InspectionSample.run(11L, candidates, null, 30), record.getChosen());
    }
}
