package cn.gov.zj.jxt.green.domain.model.listing;

/**
 * A search of the registry of listed units (004 §四): every criterion is optional; text criteria are already
 * trimmed and blank ones are {@code null}.
 *
 * @param name part of the name the unit is listed under
 * @param creditCode the organisation's unified social credit code, whole or its beginning
 * @param city a city's code (330100 …)
 * @param industry the industry as listed, exactly
 * @param status listed (the default), removed or all
 * @param sort the order, {@link UnitSort#LISTED_AT} by default
 */
public record UnitQuery(String name, String creditCode, ListLevel level, UnitType type, String city,
        String industry, Integer year, UnitStatus status, UnitSort sort, boolean ascending) {

    public UnitQuery {
        name = blankToNull(name);
        creditCode = creditCode == null || creditCode.isBlank() ? null
                : creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        city = blankToNull(city);
        industry = blankToNull(industry);
        status = status == null ? UnitStatus.LISTED : status;
        sort = sort == null ? UnitSort.LISTED_AT : sort;
    }

    /** Everything currently listed, newest first. */
    public static UnitQuery all() {
        return new UnitQuery(null, null, null, null, null, null, null, null, null, false);
    }

    /** Units currently listed whose name contains {@code name}, by name: for pickers and autocompletes. */
    public static UnitQuery byName(String name) {
        return new UnitQuery(name, null, null, null, null, null, null, null, UnitSort.NAME, true);
    }

    public UnitQuery withSort(UnitSort sort, boolean ascending) {
        return new UnitQuery(name, creditCode, level, type, city, industry, year, status, sort, ascending);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
