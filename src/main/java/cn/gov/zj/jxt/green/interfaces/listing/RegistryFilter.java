package cn.gov.zj.jxt.green.interfaces.listing;

import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitQuery;
import cn.gov.zj.jxt.green.domain.model.listing.UnitSort;
import cn.gov.zj.jxt.green.domain.model.listing.UnitStatus;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The registry's filters as they arrive in a URL (the page's view parameters and the API's query parameters use the
 * same names), checked and turned into a {@link UnitQuery}. A value that names nothing (level=FOO) is refused with
 * a message that says which parameter and what it accepts, rather than silently ignored.
 */
public record RegistryFilter(String name, String code, String level, String type, String city, String industry,
        String year, String status, String sort, String order) {

    public static final int MAX_TEXT = 100;

    public static RegistryFilter none() {
        return new RegistryFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** The query, or {@link InvalidInputException} naming the first parameter that is not understood. */
    public UnitQuery toQuery() {
        if (length(name) > MAX_TEXT) {
            throw InputValidation.violation("name", "registry.name.size");
        }
        if (present(code) && !code.strip().matches("[0-9A-Za-z]{1,18}")) {
            throw InputValidation.violation("code", "registry.code.invalid");
        }
        if (present(city) && !city.strip().matches("33\\d{4}")) {
            throw InputValidation.violation("city", "registry.city.invalid");
        }
        if (length(industry) > MAX_TEXT) {
            throw InputValidation.violation("industry", "registry.industry.size");
        }
        Integer yearValue = null;
        if (present(year)) {
            if (!year.strip().matches("(19|20)\\d{2}")) {
                throw InputValidation.violation("year", "registry.year.invalid");
            }
            yearValue = Integer.valueOf(year.strip());
        }
        boolean ascending;
        if (!present(order)) {
            // Names and cities read naturally A→Z; the listing time and the year newest first.
            UnitSort s = parse(UnitSort.class, sort, "sort");
            ascending = s != null && s != UnitSort.LISTED_AT && s != UnitSort.YEAR;
        } else if (order.strip().equalsIgnoreCase("asc") || order.strip().equalsIgnoreCase("desc")) {
            ascending = order.strip().equalsIgnoreCase("asc");
        } else {
            throw InputValidation.violation("order", "registry.order.invalid");
        }
        return new UnitQuery(name, code, parse(ListLevel.class, level, "level"), parse(UnitType.class, type, "type"),
                city, industry, yearValue, parse(UnitStatus.class, status, "status"),
                parse(UnitSort.class, sort, "sort"), ascending);
    }

    /** The filters that are set, as a query string (without "?"), for links that keep the view: exports, paging. */
    public String queryString() {
        return parameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public Map<String, String> parameters() {
        Map<String, String> set = new LinkedHashMap<>();
        put(set, "name", name);
        put(set, "code", code);
        put(set, "level", level);
        put(set, "type", type);
        put(set, "city", city);
        put(set, "industry", industry);
        put(set, "year", year);
        put(set, "status", status);
        put(set, "sort", sort);
        put(set, "order", order);
        return set;
    }

    private static void put(Map<String, String> set, String key, String value) {
        if (present(value)) {
            set.put(key, value.strip());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (!present(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InputValidation.violation(field, "registry." + field + ".invalid");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static int length(String value) {
        return value == null ? 0 : value.strip().length();
    }
}
