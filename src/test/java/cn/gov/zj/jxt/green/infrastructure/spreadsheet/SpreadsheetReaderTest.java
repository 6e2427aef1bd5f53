package cn.gov.zj.jxt.green.infrastructure.spreadsheet;

import cn.gov.zj.jxt.green.application.shared.SheetRow;
import cn.gov.zj.jxt.green.application.shared.UnreadableTableException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zj.jxt.green.infrastructure.storage.PlainText;
import cn.gov.zj.jxt.green.testing.SampleSheets;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV in the encodings Excel writes, with Excel's quoting; XLSX with shared strings, numbers and date cells. */
class SpreadsheetReaderTest {

    private static final List<List<String>> ROWS = List.of(
            List.of("统一社会信用代码", "单位名称", "情形", "发生日期", "来源", "备注"),
            List.of("91330106MA2GL0001N", "杭州某某化工有限公司", "2", "2024/3/5", "信用中国", "罚款，已缴"),
            List.of("91330106MA2GL0001N", "引号\"测试\"公司", "失信被执行人", "2024-03-06", "西湖区人民法院", "第一行\n第二行"));

    @Test
    void readsUtf8WithAndWithoutTheMarkAndGb18030Alike() throws Exception {
        for (byte[] file : List.of(SampleSheets.csv(StandardCharsets.UTF_8, true, ROWS),
                SampleSheets.csv(StandardCharsets.UTF_8, false, ROWS),
                SampleSheets.csv(PlainText.GB18030, false, ROWS))) {
            List<SheetRow> rows = CsvReader.read(file, 100);
            assertEquals(3, rows.size());
            assertEquals(ROWS.get(0), rows.get(0).cells(), "the mark is not part of the first header");
            assertEquals(ROWS.get(1), rows.get(1).cells(), "a quoted comma stays in its cell");
            assertEquals(ROWS.get(2), rows.get(2).cells(), "doubled quotes and a line break inside quotes");
            assertEquals(List.of(1, 2, 3), rows.stream().map(SheetRow::number).toList());
        }
    }

    @Test
    void keepsEmptyCellsAndBlankLinesAndStopsAtTheCap() throws Exception {
        byte[] file = "a,,c\n\n1,2\n3,4\n5,6".getBytes(StandardCharsets.UTF_8);
        List<SheetRow> rows = CsvReader.read(file, 3);
        assertEquals(List.of("a", "", "c"), rows.get(0).cells());
        assertEquals(true, rows.get(1).isBlank());
        assertEquals(3, rows.size(), "reading stops at the cap");
        assertEquals("", rows.get(2).cell(5), "beyond the last cell reads as blank");
    }

    @Test
    void anUnclosedQuoteIsUnreadable() {
        assertThrows(UnreadableTableException.class,
                () -> CsvReader.read("a,\"b\n1,2".getBytes(StandardCharsets.UTF_8), 10));
    }

    @Test
    void readsSharedStringsNumbersAndDateCellsOfAnXlsx() throws Exception {
        byte[] file = SampleSheets.xlsx(List.of(
                List.of("统一社会信用代码", "单位名称", "情形", "发生日期", "来源"),
                List.of("91330106MA2GL0001N", "杭州某某化工有限公司", 3, LocalDate.of(2024, 3, 5), "省经信厅"),
                List.of("91330106MA2GL0001N", "杭州某某化工有限公司", 6.0, "2024/3/6", "法院")));
        List<SheetRow> rows = XlsxReader.read(file, 100);
        assertEquals(3, rows.size());
        assertEquals("统一社会信用代码", rows.get(0).cell(0));
        assertEquals(List.of("91330106MA2GL0001N", "杭州某某化工有限公司", "3", "2024-03-05", "省经信厅"),
                rows.get(1).cells(), "a date cell reads as the date Excel shows");
        assertEquals("6", rows.get(2).cell(2), "a whole number reads without .0");
        assertEquals("2024/3/6", rows.get(2).cell(3), "a date typed as text stays text");
    }

    @Test
    void keepsExcelsRowNumbersAndColumnsWhenCellsAreMissing() throws Exception {
        java.util.ArrayList<Object> sparse = new java.util.ArrayList<>(java.util.Arrays.asList("x", null, "z"));
        byte[] file = SampleSheets.xlsx(List.of(List.of("a", "b", "c"), sparse));
        List<SheetRow> rows = XlsxReader.read(file, 100);
        assertEquals(List.of("x", "", "z"), rows.get(1).cells());
        assertEquals(2, rows.get(1).number());
        assertEquals(27, XlsxReader.columnIndex("AB12"));
    }

    @Test
    void aZipThatIsNoWorkbookIsUnreadable() {
        assertThrows(UnreadableTableException.class,
                () -> XlsxReader.read("PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1), 10));
    }
}
