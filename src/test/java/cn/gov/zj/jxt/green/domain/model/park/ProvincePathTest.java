package cn.gov.zj.jxt.green.domain.model.park;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The province's path to 50 provincial green low-carbon parks by 2025 (seed 000 §一). */
class ProvincePathTest {

    @Test
    void eachYearFrom2022To2025AddsItsParksToThoseBefore() {
        ProvincePath path = ProvincePath.of(Map.of(2022, 18), Map.of(2020, 3L, 2022, 4L, 2023, 1L), 2022);

        assertEquals(List.of(new ProvincePath.Step(2022, 18, 4, 7), new ProvincePath.Step(2023, null, 1, 8),
                new ProvincePath.Step(2024, null, 0, 8), new ProvincePath.Step(2025, null, 0, 8)), path.steps(),
                "parks listed before 2022 (3) count towards the goal from the start");
        assertEquals(50, path.goal());
        assertEquals(2025, path.goalYear());
        assertEquals(8, path.reachedByGoalYear());
        assertEquals(42, path.remaining());
        assertEquals(50, path.largest());
    }

    @Test
    void aLaterYearWithTargetsExtendsThePathButNotTheGoal() {
        ProvincePath path = ProvincePath.of(Map.of(2022, 18, 2026, 5), Map.of(2022, 30L, 2026, 25L), 2026);

        assertEquals(5, path.steps().size());
        assertEquals(new ProvincePath.Step(2026, 5, 25, 55), path.steps().get(4));
        assertEquals(30, path.reachedByGoalYear(), "what is listed after 2025 does not count for the 2025 goal");
        assertEquals(20, path.remaining());
        assertEquals(55, path.largest());
    }

    @Test
    void theGoalReachedLeavesNothingRemaining() {
        ProvincePath path = ProvincePath.of(Map.of(), Map.of(2024, 60L), 2025);

        assertEquals(60, path.reachedByGoalYear());
        assertEquals(0, path.remaining());
    }
}
