package cn.gov.zj.jxt.green.domain.model.document.content;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** What an annex page holds, in order: lines of text and tables. */
public sealed interface AnnexBlock extends Serializable {

    /** A line of text above, between or below tables, flush left (e.g. 推荐单位：（单位公章）). */
    record Text(String text) implements AnnexBlock {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table with one header row, repeated on every page it runs over; rows never split across pages.
     * {@code widths} are relative column widths, one per column.
     */
    record Table(List<String> columns, List<Integer> widths, List<List<String>> rows) implements AnnexBlock {
        public Table {
            columns = List.copyOf(columns);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            if (columns.isEmpty() || widths.size() != columns.size()) {
                throw new IllegalArgumentException("a table needs its columns and one width per column");
            }
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row " + row + " does not have " + columns.size() + " cells");
                }
            }
        }
    }
}
