package cn.gov.zj.jxt.green.infrastructure.spreadsheet;

import cn.gov.zj.jxt.green.application.shared.SheetRow;
import cn.gov.zj.jxt.green.application.shared.UnreadableTableException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.docx4j.openpackaging.packages.SpreadsheetMLPackage;
import org.docx4j.openpackaging.parts.SpreadsheetML.SharedStrings;
import org.docx4j.openpackaging.parts.SpreadsheetML.Styles;
import org.docx4j.openpackaging.parts.SpreadsheetML.WorkbookPart;
import org.xlsx4j.sml.CTNumFmt;
import org.xlsx4j.sml.CTRElt;
import org.xlsx4j.sml.CTRst;
import org.xlsx4j.sml.CTXf;
import org.xlsx4j.sml.Cell;
import org.xlsx4j.sml.Row;
import org.xlsx4j.sml.STCellType;
import org.xlsx4j.sml.SheetData;

/**
 * The first worksheet of an XLSX through docx4j's SpreadsheetML support (already used for documents; no second
 * Office library). Shared, inline and formula strings come as their text; a number formatted as a date comes as
 * yyyy-MM-dd, as the clerk saw it in Excel; other numbers in plain notation. Row numbers are Excel's own, so
 * skipped empty rows keep the numbering the clerk sees.
 */
public final class XlsxReader {

    /** Excel's day 0 of the 1900 system (which counts a 29 February 1900 that never was, hence the 30th). */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private XlsxReader() {
    }

    public static List<SheetRow> read(byte[] content, int maxRows) throws UnreadableTableException {
        try {
            SpreadsheetMLPackage pkg = SpreadsheetMLPackage.load(new ByteArrayInputStream(content));
            WorkbookPart workbook = pkg.getWorkbookPart();
            SheetData data = workbook.getWorksheet(0).getContents().getSheetData();
            List<String> shared = sharedStrings(workbook.getSharedStrings());
            DateStyles dates = new DateStyles(workbook.getStylesPart());
            LocalDate epoch = workbook.isDate1904() ? EPOCH_1904 : EPOCH_1900;
            List<SheetRow> rows = new ArrayList<>();
            int next = 1;
            for (Row row : data.getRow()) {
                if (rows.size() >= maxRows) {
                    break;
                }
                int number = row.getR() == null ? next : row.getR().intValue();
                next = number + 1;
                List<String> cells = new ArrayList<>();
                for (Cell cell : row.getC()) {
                    int column = cell.getR() == null ? cells.size() : columnIndex(cell.getR());
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(text(cell, shared, dates, epoch));
                }
                rows.add(new SheetRow(number, cells));
            }
            return rows;
        } catch (UnreadableTableException e) {
            throw e;
        } catch (Exception e) {
            // docx4j reports a broken package with several checked and unchecked exceptions alike.
            throw new UnreadableTableException("not a readable workbook: " + e.getMessage(), e);
        }
    }

    private static String text(Cell cell, List<String> shared, DateStyles dates, LocalDate epoch)
            throws UnreadableTableException {
        STCellType type = cell.getT() == null ? STCellType.N : cell.getT();
        String value = cell.getV();
        switch (type) {
            case S:
                int index = Integer.parseInt(value.strip());
                if (index < 0 || index >= shared.size()) {
                    throw new UnreadableTableException("shared string " + index + " does not exist", null);
                }
                return shared.get(index);
            case INLINE_STR:
                return cell.getIs() == null ? "" : rst(cell.getIs());
            case B:
                return "1".equals(value) ? "TRUE" : "FALSE";
            case N:
                if (value == null || value.isBlank()) {
                    return "";
                }
                BigDecimal number = new BigDecimal(value.strip());
                if (dates.isDate(cell.getS())) {
                    return epoch.plusDays(number.longValue()).toString();
                }
                return number.stripTrailingZeros().toPlainString();
            default:
                return value == null ? "" : value;
        }
    }

    /** "AB12" → 27 (columns from 0). */
    static int columnIndex(String reference) {
        int column = 0;
        for (char c : reference.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private static List<String> sharedStrings(SharedStrings part) throws Exception {
        if (part == null) {
            return List.of();
        }
        return part.getContents().getSi().stream().map(XlsxReader::rst).toList();
    }

    /** A rich string: its plain text, or the runs' texts joined. */
    private static String rst(CTRst rst) {
        if (rst.getT() != null) {
            return rst.getT().getValue();
        }
        StringBuilder text = new StringBuilder();
        for (CTRElt run : rst.getR()) {
            if (run.getT() != null) {
                text.append(run.getT().getValue());
            }
        }
        return text.toString();
    }

    /** Which cell styles show a number as a date: built-in formats 14–22 and 45–47, or custom codes with y/m/d. */
    private static final class DateStyles {

        private final List<Boolean> byStyle = new ArrayList<>();

        DateStyles(Styles part) throws Exception {
            if (part == null || part.getContents().getCellXfs() == null) {
                return;
            }
            List<CTNumFmt> custom = part.getContents().getNumFmts() == null ? List.of()
                    : part.getContents().getNumFmts().getNumFmt();
            for (CTXf xf : part.getContents().getCellXfs().getXf()) {
                long id = xf.getNumFmtId() == null ? 0 : xf.getNumFmtId();
                byStyle.add(isBuiltInDate(id) || custom.stream().anyMatch(f -> f.getNumFmtId() == id
                        && isDateCode(f.getFormatCode())));
            }
        }

        boolean isDate(long style) {
            return style >= 0 && style < byStyle.size() && byStyle.get((int) style);
        }

        private static boolean isBuiltInDate(long id) {
            return id >= 14 && id <= 22 || id >= 45 && id <= 47 || id >= 27 && id <= 36 || id >= 50 && id <= 58;
        }

        /**
         * Date codes name days, months or years outside quoted text and colour or locale brackets; an "m" beside
         * hours or seconds is minutes.
         */
        private static boolean isDateCode(String code) {
            if (code == null) {
                return false;
            }
            String bare = code.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
            return bare.contains("y") || bare.contains("d")
                    || bare.contains("m") && !bare.contains("h") && !bare.contains("s");
        }
    }
}
