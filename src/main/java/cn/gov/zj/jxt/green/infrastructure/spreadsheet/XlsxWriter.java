package cn.gov.zj.jxt.green.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a one-sheet XLSX workbook (SpreadsheetML, ECMA-376) row by row straight into the response: the package's
 * small fixed parts first, then the sheet as rows arrive, with inline strings so that no shared-string table has to
 * be kept in memory. A row is either text cells or, where a column is numeric, numbers. 100,000 rows stream in
 * constant memory; no library is needed for this much.
 */
public final class XlsxWriter implements AutoCloseable {

    private final ZipOutputStream zip;
    private final Writer sheet;
    private int rows;

    public XlsxWriter(OutputStream out, String sheetName) throws IOException {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        part("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>""");
        part("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="xl/workbook.xml"/></Relationships>""");
        part("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>"""
                .formatted(escape(sheetName(sheetName))));
        part("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
                Target="styles.xml"/></Relationships>""");
        part("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
                <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill>\
                <fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
                </styleSheet>""");
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        sheet = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" state=\"frozen\"/>"
                + "</sheetView></sheetViews><sheetData>");
    }

    /** The first row, in bold, frozen above the rest. */
    public void header(List<String> cells) throws IOException {
        write(cells, null, true);
    }

    /** A row of cells; a cell whose {@code numeric} flag is set is written as a number when it is one. */
    public void row(List<String> cells, boolean[] numeric) throws IOException {
        write(cells, numeric, false);
    }

    private void write(List<String> cells, boolean[] numeric, boolean bold) throws IOException {
        rows++;
        StringBuilder row = new StringBuilder(64 + cells.size() * 32);
        row.append("<row r=\"").append(rows).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (value == null || value.isEmpty()) {
                continue;
            }
            String ref = column(i) + rows;
            if (numeric != null && i < numeric.length && numeric[i] && value.matches("-?\\d{1,15}(\\.\\d+)?")) {
                row.append("<c r=\"").append(ref).append("\"><v>").append(value).append("</v></c>");
            } else {
                row.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"").append(bold ? " s=\"1\"" : "")
                        .append("><is><t xml:space=\"preserve\">").append(escape(value)).append("</t></is></c>");
            }
        }
        sheet.write(row.append("</row>").toString());
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    /** Escapes XML's five and drops what XML 1.0 cannot carry at all (control characters pasted into a name). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000 && c <= 0x10FFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        cleaned = cleaned.isEmpty() ? "Sheet1" : cleaned;
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    public void flush() throws IOException {
        sheet.flush();
    }

    @Override
    public void close() throws IOException {
        sheet.write("</sheetData></worksheet>");
        sheet.flush();
        zip.closeEntry();
        zip.finish();
        zip.close();
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The sheet's writer must not close the ZIP under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
