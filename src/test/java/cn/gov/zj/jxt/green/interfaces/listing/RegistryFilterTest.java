package cn.gov.zj.jxt.green.interfaces.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitQuery;
import cn.gov.zj.jxt.green.domain.model.listing.UnitSort;
import cn.gov.zj.jxt.green.domain.model.listing.UnitStatus;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import org.junit.jupiter.api.Test;

/** The registry's URL parameters: understood case-blind, blank ones ignored, unknown values refused by name. */
class RegistryFilterTest {

    private static RegistryFilter filter(String level, String type, String status, String year, String sort,
            String order) {
        return new RegistryFilter(" 绿源 ", "91330106ma2gl0001n", level, type, "330100", " ", year, status, sort,
                order);
    }

    @Test
    void valuesAreUnderstoodWhateverTheirCaseAndBlankOnesMeanAny() {
        UnitQuery q = filter("provincial", "Factory", null, "2025", null, null).toQuery();
        assertEquals("绿源", q.name());
        assertEquals("91330106MA2GL0001N", q.creditCode());
        assertEquals(ListLevel.PROVINCIAL, q.level());
        assertEquals(UnitType.FACTORY, q.type());
        assertEquals(2025, q.year());
        assertNull(q.industry());
        assertEquals(UnitStatus.LISTED, q.status(), "the current list unless asked otherwise");
        assertEquals(UnitSort.LISTED_AT, q.sort());
        assertFalse(q.ascending(), "newest first");
    }

    @Test
    void namesSortAToZAndAGivenOrderWins() {
        assertTrue(filter(null, null, null, null, "name", null).toQuery().ascending());
        assertFalse(filter(null, null, null, null, "year", null).toQuery().ascending());
        assertFalse(filter(null, null, null, null, "name", "DESC").toQuery().ascending());
    }

    @Test
    void aValueThatNamesNothingIsRefusedNamingItsParameter() {
        assertEquals("level", field(filter("FOO", null, null, null, null, null)));
        assertEquals("type", field(filter(null, "hotel", null, null, null, null)));
        assertEquals("status", field(filter(null, null, "gone", null, null, null)));
        assertEquals("year", field(filter(null, null, null, "25", null, null)));
        assertEquals("sort", field(filter(null, null, null, null, "colour", null)));
        assertEquals("order", field(filter(null, null, null, null, null, "up")));
        assertEquals("city", field(new RegistryFilter(null, null, null, null, "110000", null, null, null, null,
                null)));
        assertEquals("code", field(new RegistryFilter(null, "9133'--", null, null, null, null, null, null, null,
                null)));
        assertEquals("name", field(new RegistryFilter("名".repeat(101), null, null, null, null, null, null, null,
                null, null)));
    }

    @Test
    void theQueryStringKeepsOnlyTheFiltersThatAreSetEncoded() {
        RegistryFilter f = new RegistryFilter("绿 源", null, "PROVINCIAL", "", "330100", null, null, null, null, null);
        assertEquals("name=%E7%BB%BF+%E6%BA%90&level=PROVINCIAL&city=330100", f.queryString());
        assertEquals("", RegistryFilter.none().queryString());
    }

    private static String field(RegistryFilter filter) {
        return assertThrows(InvalidInputException.class, filter::toQuery).violations().get(0).field();
    }
}
