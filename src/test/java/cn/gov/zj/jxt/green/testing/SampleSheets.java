package cn.gov.zj.jxt.green.testing;

import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.docx4j.openpackaging.packages.SpreadsheetMLPackage;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.SpreadsheetML.SharedStrings;
import org.docx4j.openpackaging.parts.SpreadsheetML.Styles;
import org.docx4j.openpackaging.parts.SpreadsheetML.WorksheetPart;
import org.xlsx4j.jaxb.Context;
import org.xlsx4j.sml.CTCellXfs;
import org.xlsx4j.sml.CTRst;
import org.xlsx4j.sml.CTSst;
import org.xlsx4j.sml.CTStylesheet;
import org.xlsx4j.sml.CTXf;
import org.xlsx4j.sml.CTXstringWhitespace;
import org.xlsx4j.sml.Cell;
import org.xlsx4j.sml.ObjectFactory;
import org.xlsx4j.sml.Row;
import org.xlsx4j.sml.STCellType;

/** Import files as clerks make them: CSV in a given encoding, and XLSX built with docx4j as Excel lays it out. */
public final class SampleSheets {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private SampleSheets() {
    }

    /** A valid credit code registered in 西湖区 (330106), different on every call. */
    public static String newCreditCode() {
        StringBuilder first17 = new StringBuilder("91330106");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            first17.append(CHARSET.charAt(random.nextInt(CHARSET.length())));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }

    /** Rows joined as CSV (cells quoted when they need it), CRLF line ends as Excel writes them. */
    public static byte[] csv(Charset charset, boolean bom, List<List<String>> rows) {
        String text = rows.stream().map(r -> r.stream().map(SampleSheets::quoted).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /**
     * A workbook of one sheet: strings go to the shared-string table as Excel puts them, numbers are number cells
     * and dates are serial numbers with the built-in date format 14, as Excel stores a typed date.
     */
    public static byte[] xlsx(List<List<Object>> rows) {
        try {
            ObjectFactory sml = Context.getsmlObjectFactory();
            SpreadsheetMLPackage pkg = SpreadsheetMLPackage.createPackage();
            WorksheetPart sheet = pkg.createWorksheetPart(new PartName("/xl/worksheets/sheet1.xml"), "排除情形", 1);

            CTStylesheet stylesheet = sml.createCTStylesheet();
            CTCellXfs xfs = sml.createCTCellXfs();
            CTXf general = sml.createCTXf();
            general.setNumFmtId(0L);
            CTXf date = sml.createCTXf();
            date.setNumFmtId(14L);
            date.setApplyNumberFormat(true);
            xfs.getXf().add(general);
            xfs.getXf().add(date);
            stylesheet.setCellXfs(xfs);
            Styles styles = new Styles(new PartName("/xl/styles.xml"));
            styles.setJaxbElement(stylesheet);
            pkg.getWorkbookPart().addTargetPart(styles);

            CTSst sst = sml.createCTSst();
            SharedStrings strings = new SharedStrings(new PartName("/xl/sharedStrings.xml"));
            strings.setJaxbElement(sst);
            pkg.getWorkbookPart().addTargetPart(strings);

            for (int r = 0; r < rows.size(); r++) {
                Row row = sml.createRow();
                row.setR((long) r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = sml.createCell();
                    cell.setR((char) ('A' + c) + String.valueOf(r + 1));
                    if (value instanceof LocalDate day) {
                        cell.setS(1L);
                        cell.setV(String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), day)));
                    } else if (value instanceof Number number) {
                        cell.setV(number.toString());
                    } else {
                        CTRst text = sml.createCTRst();
                        CTXstringWhitespace t = sml.createCTXstringWhitespace();
                        t.setValue(value.toString());
                        text.setT(t);
                        sst.getSi().add(text);
                        cell.setT(STCellType.S);
                        cell.setV(String.valueOf(sst.getSi().size() - 1));
                    }
                    row.getC().add(cell);
                }
                sheet.getContents().getSheetData().getRow().add(row);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("could not build the workbook", e);
        }
    }
}
