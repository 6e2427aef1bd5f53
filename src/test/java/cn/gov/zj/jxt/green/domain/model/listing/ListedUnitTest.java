package cn.gov.zj.jxt.green.domain.model.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListedUnitTest {

    private static final Region HANGZHOU = new Region("330100", "杭州市", "Hangzhou", RegionLevel.CITY, null, 1);
    private static final Instant LISTED = Instant.parse("2024-01-10T02:00:00Z");

    private static ListedUnit listed() {
        Organisation organisation = new Organisation();
        organisation.setType(OrganisationType.ENTERPRISE);
        organisation.setName("杭州绿能电机有限公司");
        return new ListedUnit(organisation, UnitType.FACTORY, ListLevel.PROVINCIAL, 2024, HANGZHOU, "电机制造",
                "浙经信绿色〔2024〕5号", null, LISTED, "clerk");
    }

    @Test
    void aNewUnitIsListedUnderTheOrganisationsNameWithItsListingAsFirstEvent() {
        ListedUnit unit = listed();
        assertEquals("杭州绿能电机有限公司", unit.getName());
        assertEquals(1, unit.getHistory().size());
        UnitEvent first = unit.getHistory().get(0);
        assertEquals(UnitEventKind.LISTED, first.getKind());
        assertEquals(LISTED, first.getOccurredAt());
        assertEquals("浙经信绿色〔2024〕5号", first.getDetail());
    }

    @Test
    void aRenameChangesTheListedNameAndKeepsTheOldOneInTheHistory() {
        ListedUnit unit = listed();
        unit.rename("浙江绿能电机股份有限公司", LISTED.plusSeconds(3600), "city");
        assertEquals("浙江绿能电机股份有限公司", unit.getName());
        UnitEvent renamed = unit.getHistory().get(1);
        assertEquals(UnitEventKind.RENAMED, renamed.getKind());
        assertEquals("杭州绿能电机有限公司 → 浙江绿能电机股份有限公司", renamed.getDetail());
    }

    @Test
    void aRemovalMarksTheUnitWithItsGroundAndLeavesTheHistoryInPlace() {
        ListedUnit unit = listed();
        unit.record(UnitEventKind.RE_REVIEWED, "五年复核通过", null, LISTED.plusSeconds(60), "city");
        Instant removed = LISTED.plusSeconds(7200);
        unit.remove(RemovalGround.NO_FORM, null, removed, "province");
        assertTrue(unit.isRemoved());
        assertEquals(removed, unit.getRemovedAt());
        assertEquals(RemovalGround.NO_FORM, unit.getRemovalGround());
        assertEquals(List.of(UnitEventKind.LISTED, UnitEventKind.RE_REVIEWED, UnitEventKind.REMOVED),
                unit.getHistory().stream().map(UnitEvent::getKind).toList());
        assertEquals("004 §(十九) 2", unit.getHistory().get(2).getDetail());
    }

    @Test
    void aRemovedUnitTakesNoFurtherChange() {
        ListedUnit unit = listed();
        unit.remove(RemovalGround.MAJOR_ACCIDENT, null, LISTED.plusSeconds(60), "province");
        assertThrows(IllegalStateException.class,
                () -> unit.remove(RemovalGround.NO_FORM, null, LISTED.plusSeconds(120), "province"));
        assertThrows(IllegalStateException.class, () -> unit.rename("新名称", LISTED.plusSeconds(120), "city"));
        assertEquals(2, unit.getHistory().size());
    }

    @Test
    void listingRenamingAndRemovalAreNotRecordedAsPlainEvents() {
        ListedUnit unit = listed();
        for (UnitEventKind kind : List.of(UnitEventKind.LISTED, UnitEventKind.RENAMED, UnitEventKind.REMOVED)) {
            assertThrows(IllegalArgumentException.class, () -> unit.record(kind, "x", null, LISTED, "city"));
        }
        assertFalse(unit.isRemoved());
        assertEquals(1, unit.getHistory().size());
    }

    @Test
    void onlyAccidentsAndIncidentsRemoveAtOnce() {
        assertEquals(List.of(RemovalGround.MAJOR_ACCIDENT, RemovalGround.ENVIRONMENTAL_INCIDENT),
                Arrays.stream(RemovalGround.values()).filter(RemovalGround::immediate).toList());
    }
}
