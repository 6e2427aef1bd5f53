package cn.gov.zj.jxt.green.application.shared;

import java.util.List;

/**
 * One row of an uploaded table: its number as Excel shows it (the header is row 1) and its cells as text, blanks
 * as "". A date cell of an XLSX comes as yyyy-MM-dd, a whole number without ".0".
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code index} (from 0), "" beyond the last. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
