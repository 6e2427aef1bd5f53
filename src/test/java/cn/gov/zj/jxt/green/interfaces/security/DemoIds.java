package cn.gov.zj.jxt.green.interfaces.security;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.PortalClient;

/**
 * Real ids of the demo data for an endpoint's path parameters, read from the API's own lists as the account whose
 * scope holds them: the applicant's application and the Hangzhou clerk's exclusions and reports lie in 杭州市
 * (own city for hangzhou and xihu, another city for ningbo); the institution's engagement is with a park in 宁波市.
 * A parameter no list gives (a code, a format, a position) takes a fixed value.
 */
final class DemoIds {

    /** An id no record has: writes by an account allowed to make them use it, so that nothing changes. */
    static final String NO_SUCH_ID = "987654321";

    /**
     * A list and the account that reads it; with {@code field} and {@code contains}, the demo's own record is the
     * oldest (smallest id) whose field contains the text — other test classes add records to the same lists before
     * this suite runs, and a list's first record is then theirs, in another state or region.
     */
    private record Source(String list, String account, String field, String contains) {

        Source(String list, String account) {
            this(list, account, null, null);
        }
    }

    /** By the path before the parameter: the list whose first record it takes. Longest prefix first. */
    private static final Map<String, Source> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("workspace/publicity/objections", new Source(null, null));
        SOURCES.put("workspace/publicity/batches", new Source("workspace/batches", DemoAccounts.PROVINCE));
        SOURCES.put("workspace/publicity", new Source("publicity", null));
        SOURCES.put("workspace/review/applications", new Source("workspace/applications", DemoAccounts.APPLICANT));
        SOURCES.put("workspace/review/batches", new Source("workspace/batches", DemoAccounts.PROVINCE));
        SOURCES.put("workspace/review/assignments", new Source("workspace/review/assignments", DemoAccounts.EXPERT));
        SOURCES.put("workspace/review/draws", new Source("workspace/review/draws", DemoAccounts.PROVINCE));
        SOURCES.put("workspace/review/experts", new Source("workspace/review/experts", DemoAccounts.PROVINCE));
        SOURCES.put("workspace/applications", new Source("workspace/applications", DemoAccounts.APPLICANT));
        SOURCES.put("workspace/engagements",
                new Source("workspace/engagements", DemoAccounts.INSTITUTION, "applicant", "宁波"));
        SOURCES.put("workspace/batches", new Source("workspace/batches", DemoAccounts.PROVINCE));
        SOURCES.put("workspace/pilot-calls", new Source("workspace/pilot-calls", DemoAccounts.PROVINCE));
        SOURCES.put("workspace/exclusions", new Source("workspace/exclusions", DemoAccounts.HANGZHOU));
        SOURCES.put("workspace/reports", new Source("workspace/reports", DemoAccounts.HANGZHOU));
        SOURCES.put("workspace/notices", new Source("workspace/notices", DemoAccounts.PROVINCE));
        // The applicant's own organisation in 西湖区, found by its credit code among everything 杭州 holds.
        SOURCES.put("workspace/organisations", new Source("workspace/organisations?q=" + DemoAccounts.XIHU_FACTORY_CODE,
                DemoAccounts.HANGZHOU, "creditCode", DemoAccounts.XIHU_FACTORY_CODE));
        // The demo's 湖州 plan (南太湖): outside every city and county clerk's region in the table.
        SOURCES.put("workspace/transformation-plans",
                new Source("workspace/transformation-plans", DemoAccounts.PROVINCE, "regionCode", "3305"));
        SOURCES.put("workspace/transformation-summaries",
                new Source("workspace/transformation-summaries", DemoAccounts.PROVINCE));
        SOURCES.put("workspace/institution/affiliates",
                new Source("workspace/institution/affiliates", DemoAccounts.INSTITUTION));
        SOURCES.put("workspace/document-numbers", new Source("workspace/document-numbers", DemoAccounts.PROVINCE));
        SOURCES.put("workspace/notifications", new Source("workspace/notifications", DemoAccounts.APPLICANT));
        SOURCES.put("workspace/pool", new Source("workspace/pool", DemoAccounts.HANGZHOU));
        SOURCES.put("notices", new Source("notices", null));
        SOURCES.put("publicity", new Source("publicity", null));
        SOURCES.put("removal-announcements", new Source("removal-announcements", null));
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private final Map<String, PortalClient> sessions;
    private final Map<String, String> found = new HashMap<>();

    DemoIds(Map<String, PortalClient> sessions) {
        this.sessions = sessions;
    }

    /** The path with each parameter filled: real ids, or {@link #NO_SUCH_ID} for every id when {@code real} is false. */
    String fill(String template, boolean real) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String before = template.substring(0, m.start()).replaceAll("/$", "");
            String name = m.group(1);
            String value = fixed(before, name);
            if (value == null) {
                value = real ? id(before) : NO_SUCH_ID;
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** The account whose list gives the first id of the path, or null when none does. */
    static String holder(String template) {
        Matcher m = PARAMETER.matcher(template);
        if (!m.find()) {
            return null;
        }
        String before = template.substring(0, m.start()).replaceAll("/$", "");
        return SOURCES.entrySet().stream().filter(e -> before.startsWith(e.getKey())).findFirst()
                .map(e -> e.getValue().account()).orElse(null);
    }

    private static String fixed(String before, String name) {
        return switch (name) {
            case "code" -> before.startsWith("units") ? DemoAccounts.XIHU_FACTORY_CODE
                    : before.startsWith("regions") ? "330100" : "NO-SUCH-RECEIPT";
            case "format" -> "LETTER";
            case "position", "number" -> "1";
            case "type" -> "pdf";
            case "year" -> "2025";
            default -> null;
        };
    }

    private String id(String before) {
        String prefix = SOURCES.keySet().stream().filter(before::startsWith).findFirst().orElse(null);
        Source source = prefix == null ? null : SOURCES.get(prefix);
        if (source == null || source.list() == null) {
            return "1";
        }
        return found.computeIfAbsent(source.list() + "@" + source.account(), key -> {
            PortalClient client = sessions.get(source.account() == null ? EndpointAccessIT.ANONYMOUS : source.account());
            PortalClient.Page page = client.get("api/" + source.list());
            if (page.status() != 200) {
                throw new AssertionError(source.list() + " as " + source.account() + " answered " + page.status());
            }
            JsonValue list = cn.gov.zj.jxt.green.testing.Json.object("{\"v\":" + page.body() + "}").get("v");
            return source.field() == null ? firstId(list) : oldestMatching(list, source.field(), source.contains());
        });
    }

    /** The smallest id of the records of a list (or of the first list in a page) whose field contains the text. */
    private static String oldestMatching(JsonValue value, String field, String contains) {
        JsonArray array = value instanceof JsonArray a ? a : value instanceof JsonObject object
                ? object.values().stream().filter(JsonArray.class::isInstance).map(JsonArray.class::cast)
                        .findFirst().orElse(JsonValue.EMPTY_JSON_ARRAY)
                : JsonValue.EMPTY_JSON_ARRAY;
        return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .filter(o -> o.containsKey("id") && o.containsKey(field) && o.get(field) instanceof jakarta.json.JsonString text
                        && text.getString().contains(contains))
                .map(o -> o.getJsonNumber("id").longValue())
                .min(Long::compare)
                .map(String::valueOf)
                .orElseThrow(() -> new AssertionError("no record whose " + field + " contains " + contains));
    }

    /** The first record's id of a list, or of the first list inside a page object. */
    private static String firstId(JsonValue value) {
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonObject object && object.containsKey("id")) {
                    return object.get("id").toString();
                }
            }
            return "1";
        }
        if (value instanceof JsonObject object) {
            for (JsonValue inner : object.values()) {
                if (inner instanceof JsonArray array && !array.isEmpty()) {
                    return firstId(array);
                }
            }
        }
        return "1";
    }

}
