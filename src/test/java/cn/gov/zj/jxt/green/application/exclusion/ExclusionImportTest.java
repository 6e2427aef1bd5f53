package cn.gov.zj.jxt.green.application.exclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.exclusion.ExclusionImportReport.Problem;
import cn.gov.zj.jxt.green.application.exclusion.ExclusionImportReport.RowProblems;
import cn.gov.zj.jxt.green.application.shared.SheetRow;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionEntry;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround;
import cn.gov.zj.jxt.green.infrastructure.spreadsheet.CsvReader;
import cn.gov.zj.jxt.green.infrastructure.spreadsheet.XlsxReader;
import cn.gov.zj.jxt.green.infrastructure.storage.PlainText;
import cn.gov.zj.jxt.green.testing.SampleSheets;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every row is checked and every problem named; the rows pass only all together. */
class ExclusionImportTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final List<String> HEADER = List.of("统一社会信用代码", "单位名称", "情形", "发生日期", "来源", "备注");
    private static final Function<Collection<String>, List<ExclusionEntry>> EMPTY_REGISTER = codes -> List.of();

    private final String code = SampleSheets.newCreditCode();
    private final String other = SampleSheets.newCreditCode();

    @Test
    void goodRowsBecomeFormsInTheirOrder() throws Exception {
        byte[] file = SampleSheets.csv(PlainText.GB18030, false, List.of(HEADER,
                List.of(code.toLowerCase(), " 杭州甲公司 ", "1", "2024/3/5", "国家企业信用信息公示系统", ""),
                List.of(other, "杭州乙公司", "失信被执行人", "2023-12-31", "西湖区人民法院", "（2023）浙0106执123号")));
        ExclusionImport.Result result = ExclusionImport.check(CsvReader.read(file, 100), TODAY, EMPTY_REGISTER);
        assertTrue(result.accepted(), result.problems().toString());
        assertEquals(2, result.candidates().size());
        ExclusionForm first = result.candidates().get(0).form();
        assertEquals(new ExclusionForm(code, "杭州甲公司", ExclusionGround.NOT_OPERATING, LocalDate.of(2024, 3, 5),
                "国家企业信用信息公示系统", null), first, "code upper-cased, name trimmed, empty note none");
        assertEquals(ExclusionGround.DISHONEST_DEBTOR, result.candidates().get(1).form().ground());
        assertEquals(3, result.candidates().get(1).row(), "the row number the clerk sees");
    }

    @Test
    void everyProblemOfEveryRowIsReportedAndNothingPasses() {
        List<SheetRow> rows = List.of(row(1, HEADER),
                row(2, List.of(code, "甲公司", "2", "2024-01-01", "信用中国", "")),
                row(3, List.of("91330106MA2GL0001X", "", "7", "2024-02-30", "", "")),
                row(4, List.of(code, "甲公司", "事故或违法违规", "2024/1/1", "信用中国", "")),
                row(5, List.of(other, "乙公司", "3", "2025-06-02", "省经信厅", "x".repeat(501))),
                row(6, List.of("", "丙公司", "", "", "法院", "")));
        ExclusionImport.Result result = ExclusionImport.check(rows, TODAY, EMPTY_REGISTER);
        assertTrue(result.candidates().isEmpty(), "all or nothing");
        assertEquals(List.of(3, 4, 5, 6), result.problems().stream().map(RowProblems::row).toList());
        assertEquals(List.of("creditCode.CHECK_CHARACTER", "name.required", "ground.unknown", "occurredOn.format",
                "source.required"), keys(result.problems().get(0)));
        assertEquals(List.of("7"), result.problems().get(0).problems().get(2).parameters());
        assertEquals(List.of("duplicateRow"), keys(result.problems().get(1)));
        assertEquals(List.of(2), result.problems().get(1).problems().get(0).parameters(), "names the earlier row");
        assertEquals(List.of("occurredOn.future", "note.size"), keys(result.problems().get(2)));
        assertEquals(List.of("creditCode.required", "ground.required", "occurredOn.required"),
                keys(result.problems().get(3)));
    }

    @Test
    void aRowAlreadyInTheRegisterIsADuplicateButAnotherDateIsNot() {
        ExclusionEntry registered = new ExclusionEntry(code, "甲公司", ExclusionGround.DISHONEST_DEBTOR,
                LocalDate.of(2024, 5, 1), "法院", null, Instant.EPOCH, "province", null);
        List<String> asked = new ArrayList<>();
        Function<Collection<String>, List<ExclusionEntry>> register = codes -> {
            asked.addAll(codes);
            return List.of(registered);
        };
        List<SheetRow> rows = List.of(row(1, HEADER),
                row(2, List.of(code, "甲公司", "6", "2024-05-01", "法院", "")),
                row(3, List.of(code, "甲公司", "6", "2024-05-02", "法院", "")));
        ExclusionImport.Result result = ExclusionImport.check(rows, TODAY, register);
        assertEquals(List.of(code), asked, "the register is asked once for the file's codes");
        assertEquals(1, result.problems().size());
        assertEquals(2, result.problems().get(0).row());
        assertEquals(List.of("duplicateEntry"), keys(result.problems().get(0)));
        assertEquals(List.of("province", "1970-01-01"), result.problems().get(0).problems().get(0).parameters());
    }

    @Test
    void englishHeadersInAnyOrderWithExtraColumnsAndAnXlsxDateCell() throws Exception {
        byte[] file = SampleSheets.xlsx(List.of(
                List.of("No.", "Source", "Occurred on", "Ground", "Organisation name", "* Credit code"),
                List.of(1, "Credit China", LocalDate.of(2024, 7, 8), 5, "Jia Co.", code)));
        ExclusionImport.Result result = ExclusionImport.check(XlsxReader.read(file, 100), TODAY, EMPTY_REGISTER);
        assertTrue(result.accepted(), result.problems().toString());
        ExclusionForm form = result.candidates().get(0).form();
        assertEquals(LocalDate.of(2024, 7, 8), form.occurredOn());
        assertEquals(ExclusionGround.ENERGY_RECTIFICATION_PENDING, form.ground());
        assertEquals(code, form.creditCode());
    }

    @Test
    void aFileWithoutTheColumnsOrRowsIsRefusedAtItsHeader() {
        ExclusionImport.Result missing = ExclusionImport.check(List.of(row(1, List.of("单位名称", "情形", "情形"))),
                TODAY, EMPTY_REGISTER);
        assertEquals(1, missing.problems().get(0).row());
        assertEquals(List.of("column.twice", "column.missing", "column.missing", "column.missing"),
                keys(missing.problems().get(0)));
        assertEquals(List.of("noRows"), keys(ExclusionImport.check(List.of(row(1, HEADER)), TODAY, EMPTY_REGISTER)
                .problems().get(0)));
        assertEquals(List.of("empty"), keys(ExclusionImport.check(List.of(), TODAY, EMPTY_REGISTER)
                .problems().get(0)));
    }

    @Test
    void moreRowsThanTheCapAreRefusedWithTheCap() {
        List<SheetRow> rows = new ArrayList<>();
        rows.add(row(1, HEADER));
        IntStream.rangeClosed(2, ExclusionImport.MAX_ROWS + 2).forEach(n -> rows.add(
                row(n, List.of(SampleSheets.newCreditCode(), "公司" + n, "1", "2024-01-01", "信用中国", ""))));
        ExclusionImport.Result result = ExclusionImport.check(rows, TODAY, EMPTY_REGISTER);
        assertEquals(List.of("tooManyRows"), keys(result.problems().get(0)));
        assertEquals(List.of(ExclusionImport.MAX_ROWS), result.problems().get(0).problems().get(0).parameters());
        assertTrue(ExclusionImport.check(rows.subList(0, ExclusionImport.MAX_ROWS + 1), TODAY, EMPTY_REGISTER)
                .accepted(), "exactly the cap passes");
    }

    @Test
    void theTemplateHeaderIsReadBackAsTheColumns() throws Exception {
        byte[] template = (ExclusionImport.templateHeader() + "\r\n" + code + ",甲,1,2024-01-01,信用中国,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(ExclusionImport.check(CsvReader.read(template, 10), TODAY, EMPTY_REGISTER).accepted());
    }

    private static SheetRow row(int number, List<String> cells) {
        return new SheetRow(number, cells);
    }

    private static List<String> keys(RowProblems row) {
        return row.problems().stream().map(Problem::messageKey)
                .map(k -> k.substring("exclusion.import.".length())).toList();
    }
}
