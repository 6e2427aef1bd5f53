package cn.gov.zj.jxt.green.application.exclusion;

import cn.gov.zj.jxt.green.application.exclusion.ExclusionImportReport.Problem;
import cn.gov.zj.jxt.green.application.exclusion.ExclusionImportReport.RowProblems;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.SheetRow;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionEntry;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround;
import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the rows of an import file against the rules of a single entry, and against each other and the register
 * for duplicates. Every problem of every row is collected, so that the clerk fixes the whole file in one pass;
 * the rows become entries only when there is none (all or nothing, so a corrected file can simply be uploaded
 * again without duplicating the rows that were fine).
 */
final class ExclusionImport {

    /** Enough for a city's yearly list many times over; beyond it a file is a mistake or must be split. */
    static final int MAX_ROWS = 5000;

    /** The template's columns, in its order; headers in Chinese or English, in any order, extra columns ignored. */
    enum Column {
        CREDIT_CODE(true, "统一社会信用代码", "credit code", "unified social credit code", "creditcode"),
        NAME(true, "单位名称", "organisation name", "organization name", "name"),
        GROUND(true, "情形", "ground", "exclusion ground"),
        OCCURRED_ON(true, "发生日期", "occurred on", "date", "occurredon"),
        SOURCE(true, "来源", "source"),
        NOTE(false, "备注", "note", "notes");

        private final boolean required;
        private final List<String> headers;

        Column(boolean required, String... headers) {
            this.required = required;
            this.headers = List.of(headers);
        }

        /** The header the template writes. */
        String header() {
            return headers.get(0);
        }

        static Optional<Column> forHeader(String text) {
            // Excel users mark required columns with "*" and pad headers; neither changes which column it is.
            String clean = text.replace("*", "").replace("＊", "").strip().replaceAll("\\s+", " ")
                    .toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(c -> c.headers.contains(clean)).findFirst();
        }
    }

    /** 2024-03-05, 2024-3-5, 2024/3/5; Excel date cells reach here as 2024-03-05. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

    /** A row that passed, with its number for the audit trail and messages. */
    record Candidate(int row, ExclusionForm form) {
    }

    record Result(List<Candidate> candidates, List<RowProblems> problems) {

        boolean accepted() {
            return problems.isEmpty();
        }
    }

    private ExclusionImport() {
    }

    /** The template file's header row, as CSV. */
    static String templateHeader() {
        return String.join(",", Arrays.stream(Column.values()).map(Column::header).toList());
    }

    /**
     * @param rows     the file's rows as read, the header first
     * @param today    dates after it are refused
     * @param existing the register's entries not withdrawn for the given credit codes
     */
    static Result check(List<SheetRow> rows, LocalDate today,
            Function<Collection<String>, List<ExclusionEntry>> existing) {
        List<SheetRow> nonBlank = rows.stream().filter(r -> !r.isBlank()).toList();
        if (nonBlank.isEmpty()) {
            return rejected(1, Problem.of("empty"));
        }
        SheetRow header = nonBlank.get(0);
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<Problem> headerProblems = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            int index = i;
            Column.forHeader(header.cell(i)).ifPresent(c -> {
                if (columns.putIfAbsent(c, index) != null) {
                    headerProblems.add(Problem.of("column.twice", c.header()));
                }
            });
        }
        for (Column column : Column.values()) {
            if (column.required && !columns.containsKey(column)) {
                headerProblems.add(Problem.of("column.missing", column.header()));
            }
        }
        if (!headerProblems.isEmpty()) {
            return rejected(header.number(), headerProblems.toArray(Problem[]::new));
        }
        int afterHeader = rows.indexOf(header) + 1;
        List<SheetRow> data = rows.subList(afterHeader, rows.size());
        if (data.size() > MAX_ROWS) {
            return rejected(header.number(), Problem.of("tooManyRows", MAX_ROWS));
        }
        List<SheetRow> filled = data.stream().filter(r -> !r.isBlank()).toList();
        if (filled.isEmpty()) {
            return rejected(header.number(), Problem.of("noRows"));
        }

        Set<String> codes = new LinkedHashSet<>();
        for (SheetRow row : filled) {
            String code = CreditCode.normalise(row.cell(columns.get(Column.CREDIT_CODE)));
            if (CreditCode.isValid(code)) {
                codes.add(code);
            }
        }
        List<ExclusionEntry> registered = codes.isEmpty() ? List.of() : existing.apply(codes);

        List<Candidate> candidates = new ArrayList<>();
        List<RowProblems> problems = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        for (SheetRow row : filled) {
            List<Problem> found = new ArrayList<>();
            String code = creditCode(row.cell(columns.get(Column.CREDIT_CODE)), found);
            String name = text(row.cell(columns.get(Column.NAME)), ExclusionForm.MAX_NAME, "name", found);
            ExclusionGround ground = ground(row.cell(columns.get(Column.GROUND)), found);
            LocalDate occurredOn = date(row.cell(columns.get(Column.OCCURRED_ON)), today, found);
            String source = text(row.cell(columns.get(Column.SOURCE)), ExclusionForm.MAX_SOURCE, "source", found);
            String note = columns.containsKey(Column.NOTE) ? row.cell(columns.get(Column.NOTE)).strip() : "";
            if (note.length() > ExclusionForm.MAX_NOTE) {
                found.add(Problem.of("note.size", ExclusionForm.MAX_NOTE));
            }
            if (code != null && ground != null && occurredOn != null) {
                String key = code + "|" + ground + "|" + occurredOn;
                Integer earlier = firstRowOf.putIfAbsent(key, row.number());
                if (earlier != null) {
                    found.add(Problem.of("duplicateRow", earlier));
                }
                registered.stream().filter(e -> e.sameExclusionAs(code, ground, occurredOn)).findFirst()
                        .ifPresent(e -> found.add(Problem.of("duplicateEntry", e.getRecordedBy(),
                                e.getRecordedAt().atZone(PortalClock.ZONE).toLocalDate().toString())));
            }
            if (found.isEmpty()) {
                candidates.add(new Candidate(row.number(),
                        new ExclusionForm(code, name, ground, occurredOn, source, note)));
            } else {
                problems.add(new RowProblems(row.number(), found));
            }
        }
        return new Result(problems.isEmpty() ? candidates : List.of(), problems);
    }

    private static Result rejected(int row, Problem... problems) {
        return new Result(List.of(), List.of(new RowProblems(row, List.of(problems))));
    }

    private static String creditCode(String cell, List<Problem> found) {
        String code = CreditCode.normalise(cell);
        if (code.isEmpty()) {
            found.add(Problem.of("creditCode.required"));
            return null;
        }
        Optional<CreditCode.Problem> problem = CreditCode.check(code);
        problem.ifPresent(p -> found.add(Problem.of("creditCode." + p.name(), code)));
        return problem.isPresent() ? null : code;
    }

    private static String text(String cell, int max, String field, List<Problem> found) {
        String value = cell.strip();
        if (value.isEmpty()) {
            found.add(Problem.of(field + ".required"));
            return null;
        }
        if (value.length() > max) {
            found.add(Problem.of(field + ".size", max));
            return null;
        }
        return value;
    }

    private static ExclusionGround ground(String cell, List<Problem> found) {
        if (cell.isBlank()) {
            found.add(Problem.of("ground.required"));
            return null;
        }
        Optional<ExclusionGround> ground = ExclusionGround.parse(cell);
        if (ground.isEmpty()) {
            found.add(Problem.of("ground.unknown", cell.strip()));
        }
        return ground.orElse(null);
    }

    private static LocalDate date(String cell, LocalDate today, List<Problem> found) {
        String value = cell.strip();
        if (value.isEmpty()) {
            found.add(Problem.of("occurredOn.required"));
            return null;
        }
        Matcher m = DATE.matcher(value);
        LocalDate date = null;
        if (m.matches()) {
            try {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // 2024-02-30 and the like: reported below as not a date.
            }
        }
        if (date == null) {
            found.add(Problem.of("occurredOn.format", value));
            return null;
        }
        if (date.isAfter(today)) {
            found.add(Problem.of("occurredOn.future", date.toString()));
            return null;
        }
        return date;
    }
}
