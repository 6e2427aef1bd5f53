package cn.gov.zj.jxt.green.infrastructure.spreadsheet;

import cn.gov.zj.jxt.green.application.shared.SheetRow;
import cn.gov.zj.jxt.green.application.shared.UnreadableTableException;
import cn.gov.zj.jxt.green.infrastructure.storage.PlainText;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 and Excel write them: quoted cells may hold commas, line breaks and doubled
 * quotes. The encoding is found from the bytes (UTF-8 with or without a mark, else GB18030, what Excel in China
 * saves as "CSV"). Stops reading after {@code maxRows} rows, so a huge file costs no more than the cap.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static List<SheetRow> read(byte[] content, int maxRows) throws UnreadableTableException {
        String text = PlainText.decode(content)
                .orElseThrow(() -> new UnreadableTableException("neither UTF-8 nor GB18030", null));
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean rowStarted = false;
        int number = 1;
        int i = 0;
        while (i < text.length() && rows.size() < maxRows) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                rowStarted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                rowStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new SheetRow(number++, cells));
                cells = new ArrayList<>();
                rowStarted = false;
            } else {
                cell.append(c);
                rowStarted = true;
            }
            i++;
        }
        if (quoted) {
            throw new UnreadableTableException("a quoted cell of row " + number + " is not closed", null);
        }
        if ((rowStarted || !cell.isEmpty()) && rows.size() < maxRows) {
            cells.add(cell.toString());
            rows.add(new SheetRow(number, cells));
        }
        return rows;
    }
}
