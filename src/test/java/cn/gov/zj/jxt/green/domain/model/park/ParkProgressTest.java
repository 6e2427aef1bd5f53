package cn.gov.zj.jxt.green.domain.model.park;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A year's targets against the registry's counts, city by city and in total. */
class ParkProgressTest {

    private static final Region PROVINCE = new Region("330000", "浙江省", "Zhejiang", RegionLevel.PROVINCE, null, 0);
    private static final Region HANGZHOU = new Region("330100", "杭州市", "Hangzhou", RegionLevel.CITY, PROVINCE, 1);
    private static final Region HUZHOU = new Region("330500", "湖州市", "Huzhou", RegionLevel.CITY, PROVINCE, 5);
    private static final Region LISHUI = new Region("331100", "丽水市", "Lishui", RegionLevel.CITY, PROVINCE, 11);

    private final ParkTargets targets = new ParkTargets(2022, "浙经信绿色〔2022〕64号",
            Map.of("330100", 2, "330500", 3, "331100", 1), Instant.EPOCH, "province");

    @Test
    void eachCityShowsItsTargetAndWhatTheRegistryCounts() {
        ParkProgress progress = ParkProgress.of(targets, List.of(HANGZHOU, HUZHOU, LISHUI),
                Map.of("330100", 3L, "330500", 2L));

        assertEquals(List.of(new ParkProgress.CityProgress(HANGZHOU, 2, 3), new ParkProgress.CityProgress(HUZHOU, 3, 2),
                new ParkProgress.CityProgress(LISHUI, 1, 0)), progress.cities());
        assertEquals(2022, progress.year());
        assertEquals("浙经信绿色〔2022〕64号", progress.basis());
    }

    @Test
    void aCityBeyondItsTargetMakesUpForNoOther() {
        ParkProgress progress = ParkProgress.of(targets, List.of(HANGZHOU, HUZHOU, LISHUI),
                Map.of("330100", 3L, "330500", 2L));

        assertEquals(6, progress.totalTarget());
        assertEquals(5, progress.totalAchieved());
        assertEquals(2, progress.totalRemaining(), "Huzhou 1 and Lishui 1; Hangzhou's extra park counts for none");
        assertEquals(1, progress.citiesMet());
        assertEquals(3, progress.largest());
    }

    @Test
    void aCityMeetsItsTargetWhenItHasBuiltAsManyAsAsked() {
        ParkProgress.CityProgress exactly = new ParkProgress.CityProgress(HUZHOU, 3, 3);
        ParkProgress.CityProgress short1 = new ParkProgress.CityProgress(HUZHOU, 3, 2);

        assertTrue(exactly.met());
        assertEquals(0, exactly.remaining());
        assertFalse(short1.met());
        assertEquals(1, short1.remaining());
    }

    @Test
    void withNothingListedEveryCityHasItsWholeTargetToBuild() {
        ParkProgress progress = ParkProgress.of(targets, List.of(HANGZHOU, HUZHOU, LISHUI), Map.of());

        assertEquals(0, progress.totalAchieved());
        assertEquals(6, progress.totalRemaining());
        assertEquals(0, progress.citiesMet());
    }

    @Test
    void aCityWithoutATargetIsNotCountedAsHavingMetOne() {
        ParkTargets someCities = new ParkTargets(2023, "b", Map.of("330100", 1), Instant.EPOCH, "p");

        ParkProgress progress = ParkProgress.of(someCities, List.of(HANGZHOU, LISHUI), Map.of("330100", 1L));

        assertEquals(1, progress.citiesMet());
        assertTrue(progress.cities().get(1).met(), "nothing asked of Lishui, nothing wanting");
    }
}
