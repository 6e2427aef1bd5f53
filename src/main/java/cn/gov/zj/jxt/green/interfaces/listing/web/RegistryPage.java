package cn.gov.zj.jxt.green.interfaces.listing.web;

import cn.gov.zj.jxt.green.application.listing.RegistryService;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.RegistryRow;
import cn.gov.zj.jxt.green.domain.model.listing.UnitQuery;
import cn.gov.zj.jxt.green.domain.model.listing.UnitSort;
import cn.gov.zj.jxt.green.domain.model.listing.UnitStatus;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.interfaces.listing.RegistryFilter;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import java.net.URLEncoder;
import java.text.MessageFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What units.xhtml shows below its heading: the filter form, the export links, one page of the registry and its
 * pager. Plain HTML in which every filter, the page, its size and the sort are in the address (GET forms and links
 * only): any view of the registry can be bookmarked, shared and read without script, and the page holds no state.
 *
 * <p>Written here rather than in Facelets because the page is written two ways from the same text: inside the
 * Faces view for signed-in readers, and by {@link RegistryPageFilter} for anonymous ones, which puts it into the
 * layout rendered once per language — the registry with a filter no one asked for before is the public page that
 * no cache can answer.
 */
public final class RegistryPage {

    /** The page sizes offered; the first is the default. */
    public static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);
    /** The parameters the page reads; any other in the address is ignored. */
    public static final List<String> PARAMETERS = List.of("name", "code", "level", "type", "city", "industry",
            "year", "status", "sort", "order", "page", "rows");
    private static final int PAGE_LINKS = 5;
    private static final List<Column> COLUMNS = List.of(
            new Column("units.column.name", UnitSort.NAME),
            new Column("units.column.creditCode", null),
            new Column("units.column.type", UnitSort.TYPE),
            new Column("units.column.level", UnitSort.LEVEL),
            new Column("units.column.year", UnitSort.YEAR),
            new Column("units.column.city", UnitSort.CITY),
            new Column("units.column.industry", null),
            new Column("units.column.listedOn", UnitSort.LISTED_AT),
            new Column("units.column.status", null));

    private record Column(String labelKey, UnitSort sort) {
    }

    private final RegistryService registry;
    private final List<Region> cities;
    private final Function<Instant, String> dateTime;

    public RegistryPage(RegistryService registry, List<Region> cities, Function<Instant, String> dateTime) {
        this.registry = registry;
        this.cities = cities;
        this.dateTime = dateTime;
    }

    /**
     * The content for the address's parameters ({@code parameter} gives one's first value, or null), in the
     * reader's language, with links under {@code contextPath}. A value that is not understood is named in a message
     * above the form, and the whole current list is shown instead, as for a hand-edited link.
     */
    public String html(Function<String, String> parameter, Locale locale, String contextPath) {
        View view = View.of(parameter);
        List<String> errors = new ArrayList<>();
        UnitQuery query;
        try {
            query = view.filter.toQuery();
        } catch (InvalidInputException e) {
            // The form keeps what was typed, to be put right; the list is the whole current one meanwhile.
            e.violations().forEach(v -> errors.add(Messages.validation(locale, v.messageKey())));
            query = UnitQuery.all();
        }
        view.errors.forEach(key -> errors.add(Messages.validation(locale, key)));
        int size = view.rows;
        long total;
        long pages;
        long current;
        List<RegistryRow> rows;
        if (view.page == 1) {
            Page<RegistryRow> found = registry.search(query, new PageRequest(0, size));
            total = found.total();
            pages = pages(total, size);
            current = 1;
            rows = found.items();
        } else {
            // Counted first, so that a page beyond the last reads the last, not an empty page first.
            total = registry.count(query);
            pages = pages(total, size);
            current = Math.min(view.page, pages);
            rows = registry.rows(query, new PageRequest(first(current, size), size));
        }
        Html out = new Html(locale, contextPath);
        writeForm(out, view, errors);
        writeTable(out, view, query, rows, total, current, pages);
        return out.toString();
    }

    private static long pages(long total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }

    private static int first(long page, int size) {
        return (int) Math.min(Integer.MAX_VALUE - size, (page - 1) * size);
    }

    private void writeForm(Html out, View view, List<String> errors) {
        out.raw("<p class=\"lead\">").text(out.msg("units.lead")).raw("</p>\n");
        if (!errors.isEmpty()) {
            // As the portal's other messages look (PrimeFaces' messages).
            out.raw("<div id=\"registryErrors\" class=\"ui-messages ui-widget\" role=\"alert\">")
                    .raw("<div class=\"ui-messages-error ui-corner-all\">")
                    .raw("<span class=\"ui-messages-error-icon\" aria-hidden=\"true\"></span><ul>");
            errors.forEach(e -> out.raw("<li><span class=\"ui-messages-error-summary\">").text(e)
                    .raw("</span></li>"));
            out.raw("</ul></div></div>\n");
        }
        // On a phone the filters fold away under their toggle, so that the list comes first, also after a search;
        // without script they stay open.
        out.raw("<details id=\"filterPanel\" class=\"filter-panel\" open=\"open\">")
                .raw("<summary id=\"filterToggle\">").text(out.msg("units.filter.toggle")).raw("</summary>\n")
                .raw("<form id=\"filters\" class=\"registry-filters\" method=\"get\" action=\"")
                .attr(out.contextPath + "/units.xhtml").raw("\" role=\"search\">\n");
        textInput(out, "name", view.value("name"), "maxlength=\"100\"");
        textInput(out, "code", view.value("code"), "maxlength=\"18\"");
        select(out, "level", view.value("level"), true, options(ListLevel.values(), "enum.ListLevel.", out));
        select(out, "type", view.value("type"), true, options(UnitType.values(), "enum.UnitType.", out));
        Map<String, String> cityOptions = new LinkedHashMap<>();
        for (Region city : cities) {
            cityOptions.put(city.getCode(), out.english() ? city.getNameEn() : city.getName());
        }
        select(out, "city", view.value("city"), true, cityOptions);
        textInput(out, "industry", view.value("industry"), "maxlength=\"100\"");
        out.raw("<label>").text(out.msg("units.filter.year"))
                .raw(" <input type=\"number\" id=\"year\" name=\"year\" value=\"").attr(view.value("year"))
                .raw("\" min=\"1990\" max=\"2099\"/></label>\n");
        String status = view.value("status");
        select(out, "status", status.isEmpty() ? UnitStatus.LISTED.name() : status, false,
                options(UnitStatus.values(), "enum.UnitStatus.", out));
        // A new search keeps the order and the page size chosen; it starts at the first page.
        for (String kept : List.of("sort", "order", "rows")) {
            if (!view.value(kept).isEmpty()) {
                out.raw("<input type=\"hidden\" name=\"").raw(kept).raw("\" value=\"").attr(view.value(kept))
                        .raw("\"/>\n");
            }
        }
        out.raw("<div class=\"filter-actions\"><button type=\"submit\" id=\"search\" class=\"ui-button\">")
                .text(out.msg("common.search")).raw("</button> <a id=\"reset\" href=\"")
                .attr(out.contextPath + "/units.xhtml").raw("\">").text(out.msg("units.filter.reset"))
                .raw("</a></div>\n</form>\n</details>\n")
                .raw("<script>if (window.matchMedia('(max-width: 767px)').matches) { "
                        + "document.getElementById('filterPanel').open = false; }</script>\n");
        String exportQuery = view.filter.queryString();
        String lang = out.english() ? "en" : "zh";
        out.raw("<p class=\"downloads toolbar\">");
        for (String format : List.of("csv", "xlsx")) {
            out.raw("<a id=\"export").raw(format.equals("csv") ? "Csv" : "Xlsx").raw("\" href=\"")
                    .attr(out.contextPath + "/api/units?format=" + format + "&lang=" + lang
                            + (exportQuery.isEmpty() ? "" : "&" + exportQuery))
                    .raw("\"><i class=\"pi pi-download\" aria-hidden=\"true\"></i> ")
                    .text(out.msg("units.export." + format)).raw("</a>\n");
        }
        out.raw("<a id=\"feed\" class=\"feed-link\" href=\"").attr(out.contextPath + "/feeds/units.atom")
                .raw("\"><i class=\"pi pi-rss\" aria-hidden=\"true\"></i> ").text(out.msg("units.feed"))
                .raw("</a></p>\n");
    }

    private static void textInput(Html out, String name, String value, String limits) {
        out.raw("<label>").text(out.msg("units.filter." + name)).raw(" <input type=\"text\" id=\"").raw(name)
                .raw("\" name=\"").raw(name).raw("\" value=\"").attr(value).raw("\" ").raw(limits).raw("/></label>\n");
    }

    private static Map<String, String> options(Enum<?>[] values, String keyPrefix, Html out) {
        Map<String, String> options = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            options.put(value.name(), out.msg(keyPrefix + value.name()));
        }
        return options;
    }

    private static void select(Html out, String name, String selected, boolean any, Map<String, String> options) {
        out.raw("<label>").text(out.msg("units.filter." + name)).raw(" <select id=\"").raw(name).raw("\" name=\"")
                .raw(name).raw("\">");
        if (any) {
            out.raw("<option value=\"\">").text(out.msg("units.filter.any")).raw("</option>");
        }
        options.forEach((value, label) -> out.raw("<option value=\"").attr(value).raw("\"")
                .raw(value.equalsIgnoreCase(selected) ? " selected=\"selected\"" : "").raw(">").text(label)
                .raw("</option>"));
        out.raw("</select></label>\n");
    }

    private void writeTable(Html out, View view, UnitQuery query, List<RegistryRow> rows, long total, long current,
            long pages) {
        String report = out.msg("units.pager.report", total, current, pages);
        out.raw("<section id=\"registry\" class=\"registry\" aria-label=\"").attr(out.msg("units.caption"))
                .raw("\">\n<p id=\"registryReport\" class=\"page-report\">").text(report)
                .raw("</p>\n<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .attr(out.msg("units.caption")).raw("\">\n<table id=\"units\" class=\"table registry-table\">")
                .raw("<caption class=\"visually-hidden\">").text(out.msg("units.caption")).raw(" · ").text(report)
                .raw("</caption>\n<thead><tr>");
        UnitSort sorted = query.sort() == null ? UnitSort.LISTED_AT : query.sort();
        for (Column column : COLUMNS) {
            out.raw("<th scope=\"col\"");
            if (column.sort == null) {
                out.raw(">").text(out.msg(column.labelKey)).raw("</th>");
                continue;
            }
            boolean active = column.sort == sorted;
            if (active) {
                out.raw(" aria-sort=\"").raw(query.ascending() ? "ascending" : "descending").raw("\"");
            }
            // A click on the sorted column turns its order; on another, sorts by it in its natural order.
            String order = active ? (query.ascending() ? "desc" : "asc") : null;
            Map<String, String> link = view.with(Map.of("sort", column.sort.name().toLowerCase(Locale.ROOT)));
            link.remove("page");
            if (order != null) {
                link.put("order", order);
            } else {
                link.remove("order");
            }
            out.raw(" class=\"sortable").raw(active ? " sorted" : "").raw("\"><a href=\"").attr(out.link(link))
                    .raw("\">").text(out.msg(column.labelKey));
            if (active) {
                out.raw(" <span aria-hidden=\"true\">").raw(query.ascending() ? "▲" : "▼").raw("</span>");
            }
            out.raw("</a></th>");
        }
        out.raw("</tr></thead>\n<tbody>\n");
        if (rows.isEmpty()) {
            out.raw("<tr class=\"empty\"><td colspan=\"").raw(String.valueOf(COLUMNS.size())).raw("\">")
                    .text(out.msg("units.empty")).raw("</td></tr>\n");
        }
        for (RegistryRow row : rows) {
            String status = row.removed() ? UnitStatus.REMOVED.name() : UnitStatus.LISTED.name();
            out.raw("<tr><td><a class=\"unit-name\" href=\"")
                    .attr(out.contextPath + "/units/view.xhtml?code=" + encode(row.creditCode())).raw("\">")
                    .text(row.name()).raw("</a></td><td><span class=\"credit-code\">").text(row.creditCode())
                    .raw("</span></td><td>").text(out.msg("enum.UnitType." + row.type().name())).raw("</td><td>")
                    .text(out.msg("enum.ListLevel." + row.level().name())).raw("</td><td>")
                    .text(row.year() == null ? "" : row.year().toString()).raw("</td><td>")
                    .text(out.english() ? row.cityNameEn() : row.cityName()).raw("</td><td>").text(row.industry())
                    .raw("</td><td class=\"nowrap\">").text(dateTime.apply(row.listedAt()))
                    .raw("</td><td><span class=\"status status-").raw(status).raw("\">")
                    .text(out.msg("enum.UnitStatus." + status)).raw("</span></td></tr>\n");
        }
        out.raw("</tbody></table>\n</div>\n");
        writePager(out, view, current, pages);
        out.raw("</section>\n");
    }

    private static void writePager(Html out, View view, long current, long pages) {
        out.raw("<nav class=\"pager\" aria-label=\"").attr(out.msg("units.pager.label")).raw("\"><ul>");
        pageLink(out, view, 1, current > 1, "units.pager.first", "«");
        pageLink(out, view, current - 1, current > 1, "units.pager.previous", "‹");
        long from = Math.max(1, Math.min(current - PAGE_LINKS / 2, pages - PAGE_LINKS + 1));
        long to = Math.min(pages, from + PAGE_LINKS - 1);
        for (long number = from; number <= to; number++) {
            if (number == current) {
                out.raw("<li><span class=\"current\" aria-current=\"page\">").raw(String.valueOf(number))
                        .raw("</span></li>");
            } else {
                out.raw("<li><a href=\"").attr(out.link(view.page(number))).raw("\">").raw(String.valueOf(number))
                        .raw("</a></li>");
            }
        }
        pageLink(out, view, current + 1, current < pages, "units.pager.next", "›");
        pageLink(out, view, pages, current < pages, "units.pager.last", "»");
        out.raw("</ul><p class=\"page-sizes\">").text(out.msg("units.pager.rows"));
        for (int size : PAGE_SIZES) {
            if (size == view.rows) {
                out.raw(" <span class=\"current\" aria-current=\"true\">").raw(String.valueOf(size)).raw("</span>");
            } else {
                Map<String, String> link = view.with(Map.of("rows", String.valueOf(size)));
                link.remove("page");
                if (size == PAGE_SIZES.get(0)) {
                    link.remove("rows");
                }
                out.raw(" <a href=\"").attr(out.link(link)).raw("\">").raw(String.valueOf(size)).raw("</a>");
            }
        }
        out.raw("</p></nav>\n");
    }

    private static void pageLink(Html out, View view, long number, boolean enabled, String labelKey, String sign) {
        String label = out.msg(labelKey);
        if (!enabled) {
            out.raw("<li><span class=\"disabled\" aria-hidden=\"true\" title=\"").attr(label).raw("\">").raw(sign)
                    .raw("</span></li>");
            return;
        }
        out.raw("<li><a href=\"").attr(out.link(view.page(number))).raw("\" aria-label=\"").attr(label)
                .raw("\" title=\"").attr(label).raw("\">").raw(sign).raw("</a></li>");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** The address's parameters: the filter, and the page and its size, checked apart from the filter. */
    private static final class View {
        private final Map<String, String> values = new LinkedHashMap<>();
        private final RegistryFilter filter;
        private final long page;
        private final int rows;
        private final List<String> errors = new ArrayList<>();

        private View(Function<String, String> parameter) {
            for (String name : PARAMETERS) {
                String value = parameter.apply(name);
                if (value != null && !value.isBlank()) {
                    values.put(name, value.strip());
                }
            }
            filter = new RegistryFilter(values.get("name"), values.get("code"), values.get("level"),
                    values.get("type"), values.get("city"), values.get("industry"), values.get("year"),
                    values.get("status"), values.get("sort"), values.get("order"));
            long pageNumber = 1;
            String pageValue = values.get("page");
            if (pageValue != null) {
                if (pageValue.matches("\\d{1,9}") && Long.parseLong(pageValue) >= 1) {
                    pageNumber = Long.parseLong(pageValue);
                } else {
                    errors.add("registry.page.invalid");
                    values.remove("page");
                }
            }
            page = pageNumber;
            int size = PAGE_SIZES.get(0);
            String rowsValue = values.get("rows");
            if (rowsValue != null) {
                if (PAGE_SIZES.stream().anyMatch(s -> s.toString().equals(rowsValue))) {
                    size = Integer.parseInt(rowsValue);
                } else {
                    errors.add("registry.rows.invalid");
                    values.remove("rows");
                }
            }
            rows = size;
        }

        static View of(Function<String, String> parameter) {
            return new View(parameter);
        }

        String value(String name) {
            return values.getOrDefault(name, "");
        }

        /** This view's parameters with some replaced, for a link. */
        Map<String, String> with(Map<String, String> changed) {
            Map<String, String> link = new LinkedHashMap<>(values);
            link.putAll(changed);
            return link;
        }

        Map<String, String> page(long number) {
            Map<String, String> link = with(Map.of("page", String.valueOf(number)));
            if (number == 1) {
                link.remove("page");
            }
            return link;
        }
    }

    /** A builder of HTML that escapes what it is given as text or attribute. */
    private static final class Html {
        private final StringBuilder out = new StringBuilder(16_384);
        private final Locale locale;
        private final String contextPath;
        private final Function<String, String> texts;

        Html(Locale locale, String contextPath) {
            this.locale = locale;
            this.contextPath = contextPath;
            this.texts = Messages.texts(locale);
        }

        boolean english() {
            return locale.getLanguage().equals("en");
        }

        String msg(String key) {
            return texts.apply(key);
        }

        String msg(String key, Object... parameters) {
            return new MessageFormat(texts.apply(key), locale).format(parameters);
        }

        String link(Map<String, String> parameters) {
            StringBuilder link = new StringBuilder(contextPath).append("/units.xhtml");
            char separator = '?';
            for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                link.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
                separator = '&';
            }
            return link.toString();
        }

        Html raw(String html) {
            out.append(html);
            return this;
        }

        Html text(String text) {
            return escaped(text);
        }

        Html attr(String value) {
            return escaped(value);
        }

        private Html escaped(String value) {
            if (value == null) {
                return this;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
