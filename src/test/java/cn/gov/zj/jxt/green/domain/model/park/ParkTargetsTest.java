package cn.gov.zj.jxt.green.domain.model.park;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A year's city targets (seed 000 附件): set, revised, refused when out of range. */
class ParkTargetsTest {

    private static final Instant AT = Instant.parse("2022-03-22T02:00:00Z");

    /** The annex of 浙经信绿色〔2022〕64号 as printed: 杭州2 宁波2 温州2 湖州3 嘉兴1 绍兴1 金华2 衢州1 舟山1 台州2 丽水1. */
    static Map<String, Integer> annex2022() {
        Map<String, Integer> targets = new LinkedHashMap<>();
        targets.put("330100", 2);
        targets.put("330200", 2);
        targets.put("330300", 2);
        targets.put("330500", 3);
        targets.put("330400", 1);
        targets.put("330600", 1);
        targets.put("330700", 2);
        targets.put("330800", 1);
        targets.put("330900", 1);
        targets.put("331000", 2);
        targets.put("331100", 1);
        return targets;
    }

    @Test
    void theAnnexOf2022AddsUpTo18() {
        ParkTargets targets = new ParkTargets(2022, "浙经信绿色〔2022〕64号", annex2022(), AT, "province");

        assertEquals(18, targets.total());
        assertEquals(3, targets.targetOf("330500"));
        assertEquals(11, targets.getTargets().size());
        assertEquals("province", targets.getUpdatedBy());
    }

    @Test
    void aCityLeftOutOrSetToZeroHasNoTarget() {
        Map<String, Integer> some = new HashMap<>(Map.of("330100", 2, "330200", 0));

        ParkTargets targets = new ParkTargets(2023, "basis", some, AT, "province");

        assertEquals(0, targets.targetOf("330200"));
        assertEquals(0, targets.targetOf("331100"));
        assertEquals(Map.of("330100", 2), targets.getTargets());
    }

    @Test
    void aRevisionReplacesEveryTargetAndTheBasis() {
        ParkTargets targets = new ParkTargets(2022, "old", annex2022(), AT, "province");
        Instant later = AT.plusSeconds(3600);

        targets.revise("new", Map.of("330100", 5), later, "admin");

        assertEquals(5, targets.total());
        assertEquals(0, targets.targetOf("330500"));
        assertEquals("new", targets.getBasis());
        assertEquals(later, targets.getUpdatedAt());
        assertEquals("admin", targets.getUpdatedBy());
    }

    @Test
    void aTargetOutOfRangeIsRefusedAndChangesNothing() {
        ParkTargets targets = new ParkTargets(2022, "basis", annex2022(), AT, "province");

        assertThrows(IllegalArgumentException.class, () -> targets.revise("x", Map.of("330100", -1), AT, "p"));
        assertThrows(IllegalArgumentException.class,
                () -> targets.revise("x", Map.of("330100", ParkTargets.MAX_CITY_TARGET + 1), AT, "p"));
        Map<String, Integer> missing = new HashMap<>();
        missing.put("330100", null);
        assertThrows(IllegalArgumentException.class, () -> targets.revise("x", missing, AT, "p"));

        assertEquals(18, targets.total());
        assertEquals("basis", targets.getBasis());
    }

    @Test
    void onlyYearsOfTheProgrammeHaveTargets() {
        assertThrows(IllegalArgumentException.class, () -> new ParkTargets(2021, "b", Map.of(), AT, "p"));
        assertThrows(IllegalArgumentException.class, () -> new ParkTargets(2101, "b", Map.of(), AT, "p"));
        assertEquals(2100, new ParkTargets(2100, "b", Map.of(), AT, "p").getYear());
    }

    @Test
    void acceptableTargetsAreWholeNumbersFrom0To50() {
        assertTrue(ParkTargets.acceptable(0));
        assertTrue(ParkTargets.acceptable(50));
        assertFalse(ParkTargets.acceptable(51));
        assertFalse(ParkTargets.acceptable(-1));
        assertFalse(ParkTargets.acceptable(null));
    }

    @Test
    void theAuditRecordsTheYearBasisTargetsAndTotal() {
        ParkTargets targets = new ParkTargets(2022, "浙经信绿色〔2022〕64号", annex2022(), AT, "province");

        Map<String, Object> state = targets.auditState();

        assertEquals(2022, state.get("year"));
        assertEquals("浙经信绿色〔2022〕64号", state.get("basis"));
        assertEquals(18, state.get("total"));
        assertEquals(annex2022(), state.get("targets"));
        assertEquals(2022, targets.auditId());
    }
}
