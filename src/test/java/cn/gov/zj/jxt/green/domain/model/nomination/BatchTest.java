package cn.gov.zj.jxt.green.domain.model.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchTest {


    private final Batch batch = new Batch(2025, ListLevel.PROVINCIAL, "2025年省级绿色低碳工业园区和工厂推荐",
            EnumSet.of(UnitType.PARK, UnitType.FACTORY),
            new Batch.Deadlines(LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31), 7),
            new Batch.Caps(10, 15), Map.of("330100", 20, "330200", 31), Instant.EPOCH, "province");

    @Test
    void june30EndsAtMidnightInShanghai() {
        Instant closes = batch.submissionClosesAt();
        assertEquals(Instant.parse("2025-06-30T16:00:00Z"), closes);
        assertTrue(batch.isOpenAt(closes.minusSeconds(1)), "23:59:59 is still June 30");
        assertFalse(batch.isOpenAt(closes), "24:00 is closed");
    }

    @Test
    void theReminderComesAtNineOnTheDayReminderDaysBefore() {
        assertEquals(Instant.parse("2025-06-23T01:00:00Z"), batch.reminderAt(LocalDate.of(2025, 6, 30)));
    }

    @Test
    void quotasAndKindsAreKept() {
        assertEquals(51, batch.totalQuota());
        assertEquals(0, batch.quotaOf("330300"), "a city without a quota has none");
        assertEquals(EnumSet.of(UnitType.PARK, UnitType.FACTORY), batch.getUnitTypes());
        assertTrue(batch.lock(Instant.EPOCH));
        assertFalse(batch.lock(Instant.EPOCH), "locked once");
    }
}
