package cn.gov.zj.jxt.green.infrastructure.spreadsheet;

import cn.gov.zj.jxt.green.application.shared.SheetRow;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV and XLSX the registry exports: what Excel needs, and read back by the portal's own readers. */
class SpreadsheetWriterTest {

    @Test
    void csvStartsWithAByteOrderMarkSoExcelReadsChinese() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(List.of("名称", "年度"));
        }
        byte[] bytes = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("名称,年度\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void csvQuotesCellsWithCommasQuotesAndLineBreaksAndDoublesQuotes() {
        assertEquals("plain", CsvWriter.cell("plain"));
        assertEquals("\"a,b\"", CsvWriter.cell("a,b"));
        assertEquals("\"他说\"\"好\"\"\"", CsvWriter.cell("他说\"好\""));
        assertEquals("\"一\n二\"", CsvWriter.cell("一\n二"));
        assertEquals("", CsvWriter.cell(null));
    }

    @Test
    void csvNeverLetsACellRunAsAFormula() {
        assertEquals("'=HYPERLINK(\"x\")", CsvWriter.cell("=HYPERLINK(\"x\")").replace("\"\"", "\"")
                .replaceAll("^\"|\"$", ""));
        assertEquals("'+1", CsvWriter.cell("+1"));
        assertEquals("'-1", CsvWriter.cell("-1"));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
    }

    @Test
    void csvRoundTripsThroughThePortalsReader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(List.of("名称", "备注"));
            csv.row(Arrays.asList("杭州\"绿源\",有限公司", null));
        }
        List<SheetRow> rows = CsvReader.read(out.toByteArray(), 10);
        assertEquals(2, rows.size());
        assertEquals("名称", rows.get(0).cell(0));
        assertEquals("杭州\"绿源\",有限公司", rows.get(1).cell(0));
    }

    @Test
    void xlsxOpensWithItsHeaderTextAndNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out, "名单单位")) {
            xlsx.header(List.of("名称", "年度"));
            xlsx.row(List.of("A&B <有限> 公司", "2025"), new boolean[] {false, true});
            xlsx.row(Arrays.asList("控制\u0001字符", null), new boolean[] {false, true});
        }
        List<SheetRow> rows = XlsxReader.read(out.toByteArray(), 10);
        assertEquals(3, rows.size());
        assertEquals(List.of("名称", "年度"), rows.get(0).cells());
        assertEquals("A&B <有限> 公司", rows.get(1).cell(0));
        assertEquals("2025", rows.get(1).cell(1));
        assertEquals("控制字符", rows.get(2).cell(0), "characters XML cannot carry are dropped");
        String sheet = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
        assertTrue(sheet.contains("xl/worksheets/sheet1.xml"));
    }

    @Test
    void xlsxColumnsAndSheetNamesFollowExcelsRules() {
        assertEquals("A", XlsxWriter.column(0));
        assertEquals("Z", XlsxWriter.column(25));
        assertEquals("AA", XlsxWriter.column(26));
        assertEquals("AZ", XlsxWriter.column(51));
        assertEquals("a b", XlsxWriter.sheetName("a/b"));
        assertEquals(31, XlsxWriter.sheetName("x".repeat(40)).length());
    }
}
