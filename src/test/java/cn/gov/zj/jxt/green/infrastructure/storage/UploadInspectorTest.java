package cn.gov.zj.jxt.green.infrastructure.storage;

import cn.gov.zj.jxt.green.application.shared.FileKind;
import cn.gov.zj.jxt.green.application.shared.InspectedUpload;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.ANNEXES;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.EVIDENCE;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.TABLES;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.assertRefused;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.bytes;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.image;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.sha256;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.zip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the inspector accepts, and what it refuses before looking inside a file: its size, its kind by content
 * against its name and the policy, its name, an image's declared pixels.
 */
class UploadInspectorTest {

    private static byte[] docx;
    private static byte[] xlsx;
    private static byte[] pdf;

    private final UploadInspector inspector = new UploadInspector();

    @BeforeAll
    static void takeRealDocuments() throws Exception {
        docx = UploadSamples.realDocuments().docx();
        xlsx = UploadSamples.realDocuments().xlsx();
        pdf = UploadSamples.realDocuments().pdf();
    }

    // Files accepted

    @Test
    void acceptsARealDocxAndKeepsItsChineseName() throws Exception {
        InspectedUpload upload = inspector.inspect("2025年绿色低碳工厂申报书.docx", docx, ANNEXES);

        assertEquals("2025年绿色低碳工厂申报书.docx", upload.fileName());
        assertEquals(FileKind.DOCX, upload.kind());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", upload.mediaType());
        assertArrayEquals(docx, upload.content());
        assertEquals(sha256(docx), upload.sha256());
    }

    @Test
    void acceptsARealXlsx() throws Exception {
        InspectedUpload upload = inspector.inspect("推荐名单.xlsx", xlsx, ANNEXES);

        assertEquals(FileKind.XLSX, upload.kind());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", upload.mediaType());
        assertEquals(sha256(xlsx), upload.sha256());
    }

    @Test
    void acceptsARealPdfAsAnnexAndAsEvidence() throws Exception {
        InspectedUpload annex = inspector.inspect("通知.pdf", pdf, ANNEXES);
        InspectedUpload evidence = inspector.inspect("证据.PDF", new ByteArrayInputStream(pdf), EVIDENCE);

        assertEquals(FileKind.PDF, annex.kind());
        assertEquals("application/pdf", annex.mediaType());
        assertEquals(sha256(pdf), annex.sha256());
        assertEquals("证据.PDF", evidence.fileName());
        assertEquals(sha256(pdf), evidence.sha256());
    }

    @Test
    void acceptsAPngAndAJpegAsEvidence() throws Exception {
        byte[] png = image("png");
        byte[] jpeg = image("jpg");

        InspectedUpload photo = inspector.inspect("现场照片.png", png, EVIDENCE);
        InspectedUpload scan = inspector.inspect("扫描件.jpeg", jpeg, EVIDENCE);

        assertEquals(FileKind.PNG, photo.kind());
        assertEquals("image/png", photo.mediaType());
        assertEquals(sha256(png), photo.sha256());
        assertEquals(FileKind.JPEG, scan.kind());
        assertEquals("image/jpeg", scan.mediaType());
    }

    @Test
    void normalisesTheNameAndGivesANameWithoutExtensionTheKindsOwn() {
        assertEquals("Café 报告.pdf", inspector.inspect("Cafe\u0301 报告.pdf", pdf, ANNEXES).fileName());
        assertEquals("报告.pdf", inspector.inspect("报告", pdf, ANNEXES).fileName());
    }

    // Size

    @Test
    void refusesAnEmptyFile() {
        assertRefused("upload.refused.empty", List.of(), () -> inspector.inspect("空.pdf", new byte[0], ANNEXES));
        assertRefused("upload.refused.empty", List.of(),
                () -> inspector.inspect("空.pdf", InputStream.nullInputStream(), ANNEXES));
    }

    @Test
    void refusesOneByteOverTheLimitAndSaysBothSizes() {
        byte[] file = Arrays.copyOf(pdf, (int) EVIDENCE.maxBytes() + 1);

        assertRefused("upload.refused.tooLarge", List.of("10", "10.1"),
                () -> inspector.inspect("证据.pdf", file, EVIDENCE));
    }

    @Test
    void stopsReadingAStreamOneBytePastTheLimit() {
        UploadSamples.Endless endless = new UploadSamples.Endless();

        assertRefused("upload.refused.tooLargeStreamed", List.of("10"),
                () -> inspector.inspect("证据.pdf", endless, EVIDENCE));
        assertEquals(EVIDENCE.maxBytes() + 1, endless.served);
    }

    // Kind by content

    @Test
    void refusesAWindowsProgramNamedLikeAReport() {
        // The start of a DOS header, then a PE signature.
        byte[] program = HexFormat.of().parseHex("4D5A90000300000004000000FFFF0000" + "50450000");

        assertRefused("upload.refused.executable", List.of("EXE"),
                () -> inspector.inspect("报告.pdf", program, ANNEXES));
    }

    @Test
    void refusesALinuxProgramNamedLikeAPhoto() {
        byte[] program = bytes("\u007fELF\u0002\u0001\u0001\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000");

        assertRefused("upload.refused.executable", List.of("ELF"),
                () -> inspector.inspect("现场照片.png", program, EVIDENCE));
    }

    @Test
    void refusesAMacProgramAndAScript() {
        byte[] macho = HexFormat.of().parseHex("CFFAEDFE0700000103000000");
        byte[] script = bytes("#!/bin/sh\nrm -rf ~\n");

        assertRefused("upload.refused.executable", List.of("Mach-O"),
                () -> inspector.inspect("名单.xlsx", macho, ANNEXES));
        assertRefused("upload.refused.executable", List.of("#!"),
                () -> inspector.inspect("说明.pdf", script, ANNEXES));
    }

    @Test
    void refusesAnOldWordDocumentAndSaysWhatItIs() {
        byte[] doc = HexFormat.of().parseHex("D0CF11E0A1B11AE1000000000000000000000000");

        assertRefused("upload.refused.kindNotAllowed", List.of("DOC/XLS", "PDF/DOCX/XLSX"),
                () -> inspector.inspect("申报书.docx", doc, ANNEXES));
    }

    @Test
    void refusesADocxWhereOnlyPdfAndImagesAreAccepted() {
        assertRefused("upload.refused.kindNotAllowed", List.of("DOCX", "PDF/JPEG/PNG"),
                () -> inspector.inspect("证据.docx", docx, EVIDENCE));
    }

    @Test
    void refusesAZipThatIsNoOfficeDocument() throws IOException {
        byte[] archive = zip(Map.of("证据/照片.txt", bytes("not a photo")));

        assertRefused("upload.refused.kindNotAllowed", List.of("ZIP", "PDF/DOCX/XLSX"),
                () -> inspector.inspect("附件.docx", archive, ANNEXES));
    }

    @Test
    void refusesContentItDoesNotRecognise() {
        assertRefused("upload.refused.unknownKind", List.of("PDF/DOCX/XLSX"),
                () -> inspector.inspect("说明.pdf", bytes("plain text, not a PDF"), ANNEXES));
    }

    @Test
    void refusesAPdfNamedAsDocx() {
        assertRefused("upload.refused.extensionMismatch", List.of("docx", "PDF"),
                () -> inspector.inspect("申报书.docx", pdf, ANNEXES));
    }

    @Test
    void refusesADocxNamedAsPdf() {
        assertRefused("upload.refused.extensionMismatch", List.of("pdf", "DOCX"),
                () -> inspector.inspect("report.pdf", docx, ANNEXES));
    }

    // File names

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.pdf", "..\\win.ini.pdf", "a/b.pdf", "\u0000x.pdf", "报告\u0007.pdf",
            ".htaccess.pdf", "报告..pdf", "报告\u202Efdp.exe", ""})
    void refusesNamesThatCouldActAsPathsOrHideCharacters(String name) {
        assertRefused("upload.refused.fileName", List.of(200), () -> inspector.inspect(name, pdf, ANNEXES));
    }

    @Test
    void refusesAMissingOrOverlongName() {
        String longest = "报".repeat(196) + ".pdf";

        assertEquals(longest, inspector.inspect(longest, pdf, ANNEXES).fileName());
        assertRefused("upload.refused.fileName", List.of(200),
                () -> inspector.inspect("报" + longest, pdf, ANNEXES));
        assertRefused("upload.refused.fileName", List.of(200), () -> inspector.inspect(null, pdf, ANNEXES));
    }

    // Images

    @Test
    void refusesAPngDeclaringTooManyPixels() {
        byte[] png = HexFormat.of().parseHex("89504E470D0A1A0A" + "0000000D" + "49484452" + "00002710" + "00002710"
                + "0806000000" + "00000000");

        assertRefused("upload.refused.imageTooLarge", List.of(10_000, 10_000, 50L),
                () -> inspector.inspect("照片.png", png, EVIDENCE));
    }

    @Test
    void refusesAJpegDeclaringTooManyPixels() {
        byte[] jpeg = HexFormat.of().parseHex("FFD8" + "FFE000104A46494600010100000100010000" + "FFC00011" + "08"
                + "1F40" + "2328" + "03012200021101031101");

        assertRefused("upload.refused.imageTooLarge", List.of(9_000, 8_000, 50L),
                () -> inspector.inspect("照片.jpg", jpeg, EVIDENCE));
    }

    // Tables imported

    @Test
    void acceptsACsvInUtf8OrGb18030AsExcelSavesIt() {
        String table = "统一社会信用代码,单位名称\r\n91330106MA2GL0001N,杭州某某公司\r\n";
        for (byte[] csv : List.of(table.getBytes(StandardCharsets.UTF_8),
                ("\uFEFF" + table).getBytes(StandardCharsets.UTF_8), table.getBytes(PlainText.GB18030))) {
            InspectedUpload upload = inspector.inspect("排除情形.csv", csv, TABLES);
            assertEquals(FileKind.CSV, upload.kind());
            assertEquals("text/csv", upload.mediaType());
        }
        assertEquals(FileKind.XLSX, inspector.inspect("排除情形.xlsx", xlsx, TABLES).kind());
    }

    @Test
    void textIsACsvOnlyWhereTablesAreImported() {
        byte[] csv = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        assertRefused("upload.refused.unknownKind", List.of("PDF/JPEG/PNG"),
                () -> inspector.inspect("证据.csv", csv, EVIDENCE));
        assertRefused("upload.refused.extensionMismatch", List.of("xlsx", "CSV"),
                () -> inspector.inspect("名单.xlsx", csv, TABLES));
    }

    @Test
    void binaryContentIsNoCsv() {
        byte[] binary = {0x01, 0x02, (byte) 0xFF, (byte) 0xFE, 0x00, 0x41};
        assertRefused("upload.refused.unknownKind", List.of("XLSX/CSV"),
                () -> inspector.inspect("表.csv", binary, TABLES));
        assertRefused("upload.refused.kindNotAllowed", List.of("PDF", "XLSX/CSV"),
                () -> inspector.inspect("表.csv", pdf, TABLES));
    }
}
