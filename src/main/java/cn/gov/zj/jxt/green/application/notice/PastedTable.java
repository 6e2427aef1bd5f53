package cn.gov.zj.jxt.green.application.notice;

import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table pasted from a spreadsheet into a notice's annex: tab-separated cells, first line the headings. Every row
 * gets the headings' count of cells; a table too long, too wide or ragged is refused on the field.
 */
final class PastedTable {

    static final int MAX_TABLE_ROWS = 5000;
    /** Keeps a pasted table well inside its column (1,000,000 characters as JSON). */
    static final int MAX_PASTED_CHARACTERS = 400_000;
    static final int MAX_TABLE_COLUMNS = 20;

    private PastedTable() {
    }

    static AnnexBlock.Table parse(String text) {
        List<String> lines = text == null ? List.of()
                : text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() < 2) {
            throw InputValidation.violation("pastedTable", "notice.annex.table.empty");
        }
        if (lines.size() > MAX_TABLE_ROWS + 1) {
            throw InputValidation.violation("pastedTable", "notice.annex.table.tooLong");
        }
        if (text.length() > MAX_PASTED_CHARACTERS) {
            throw InputValidation.violation("pastedTable", "notice.annex.table.tooWide");
        }
        List<String> columns = cells(lines.get(0), -1);
        if (columns.size() > MAX_TABLE_COLUMNS) {
            throw InputValidation.violation("pastedTable", "notice.annex.table.tooWide");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(cells(line, columns.size()));
        }
        List<Integer> widths = columns.stream().map(c -> Math.max(2, Math.min(10, c.length()))).toList();
        return new AnnexBlock.Table(columns, widths, rows);
    }

    /** Cells of a line; short lines are padded and long ones refused, so every row has the columns' count. */
    private static List<String> cells(String line, int count) {
        List<String> cells = new ArrayList<>(Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
        if (count < 0) {
            return cells;
        }
        if (cells.size() > count) {
            throw InputValidation.violation("pastedTable", "notice.annex.table.ragged");
        }
        while (cells.size() < count) {
            cells.add("");
        }
        return cells;
    }
}
