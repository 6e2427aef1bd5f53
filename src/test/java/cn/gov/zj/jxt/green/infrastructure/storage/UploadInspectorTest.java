package cn.gov.zj.jxt.green.infrastructure.storage;

import cn.gov.zj.jxt.green.application.shared.FileKind;
import cn.gov.zj.jxt.green.application.shared.InspectedUpload;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.docx4j.openpackaging.packages.SpreadsheetMLPackage;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.PartName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import cn.gov.zj.jxt.green.application.shared.RejectedUploadException;

/** Every hostile file is built here, from bytes; none is kept in the repository. */
class UploadInspectorTest {

    private static final UploadPolicy ANNEXES = UploadPolicy.noticeAnnexes();
    private static final UploadPolicy EVIDENCE = UploadPolicy.evidence();

    /** Made once: docx4j and OpenPDF take a while to start. Never changed; variants are copies. */
    private static byte[] docx;
    private static byte[] xlsx;
    private static byte[] pdf;

    private final UploadInspector inspector = new UploadInspector();

    @BeforeAll
    static void makeRealDocuments() throws Exception {
        WordprocessingMLPackage word = WordprocessingMLPackage.createPackage();
        word.getMainDocumentPart().addParagraphOfText("关于开展2025年度绿色低碳工厂申报工作的通知");
        ByteArrayOutputStream wordBytes = new ByteArrayOutputStream();
        word.save(wordBytes);
        docx = wordBytes.toByteArray();

        SpreadsheetMLPackage excel = SpreadsheetMLPackage.createPackage();
        excel.createWorksheetPart(new PartName("/xl/worksheets/sheet1.xml"), "推荐名单", 1);
        ByteArrayOutputStream excelBytes = new ByteArrayOutputStream();
        excel.save(excelBytes);
        xlsx = excelBytes.toByteArray();

        ByteArrayOutputStream pdfBytes = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, pdfBytes);
        document.open();
        document.add(new Paragraph("Green factory application 2025"));
        document.close();
        pdf = pdfBytes.toByteArray();
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

    @Test
    void acceptsAPdfWhoseImageDataHappensToSpellTheShortName() throws Exception {
        byte[] file = pdf(catalog(""),
                "<< /Type /XObject /Subtype /Image /Length 9 >>\nstream\n\u00ff/JS (x)\u00ff\nendstream");

        assertEquals(FileKind.PDF, inspector.inspect("扫描件.pdf", file, EVIDENCE).kind());
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
        Endless endless = new Endless();

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

    // DOCX and XLSX

    @Test
    void refusesADocxZipBombWithoutUnpackingIt() throws IOException {
        byte[] bomb = docxWithHugeDocument(200 * UploadPolicy.MEGABYTE);

        assertRefused("upload.refused.zipBomb", List.of(), () -> inspector.inspect("申报书.docx", bomb, ANNEXES));
    }

    @Test
    void refusesABombOfZerosThatIsNotEvenXmlAsABomb() throws IOException {
        Map<String, byte[]> zeros = new LinkedHashMap<>();
        zeros.put("word/document.xml", new byte[(int) (150 * UploadPolicy.MEGABYTE)]);
        byte[] bomb = rezip(docx, zeros);

        assertRefused("upload.refused.zipBomb", List.of(), () -> inspector.inspect("申报书.docx", bomb, ANNEXES));
    }

    @Test
    void refusesPartsThatTogetherUnpackBeyondTheBudget() throws IOException {
        Map<String, byte[]> blanks = new LinkedHashMap<>();
        for (int i = 1; i <= 101; i++) {
            blanks.put("word/media/blank" + i + ".bin", new byte[(int) UploadPolicy.MEGABYTE]);
        }
        byte[] file = rezip(docx, blanks);

        assertRefused("upload.refused.tooLargeUnpacked", List.of("100"),
                () -> inspector.inspect("申报书.docx", file, ANNEXES));
    }

    @Test
    void refusesAZipWithFiveThousandEntries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) {
            entries.put("xl/worksheets/sheet" + i + ".xml", bytes("<x/>"));
        }
        byte[] file = rezip(xlsx, entries);

        assertRefused("upload.refused.tooManyParts", List.of(1_000),
                () -> inspector.inspect("名单.xlsx", file, ANNEXES));
    }

    @Test
    void refusesAnExternalEntityInTheDocument() throws IOException {
        byte[] document = bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>""");
        byte[] file = rezip(docx, Map.of("word/document.xml", document));

        assertRefused("upload.refused.externalEntity", List.of("word/document.xml"),
                () -> inspector.inspect("申报书.docx", file, ANNEXES));
    }

    @Test
    void refusesAnExternalDtd() throws IOException {
        byte[] document = bytes("""
                <?xml version="1.0"?>
                <!DOCTYPE w:document SYSTEM "file:///etc/passwd">
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>""");
        byte[] file = rezip(docx, Map.of("word/document.xml", document));

        assertRefused("upload.refused.externalEntity", List.of("word/document.xml"),
                () -> inspector.inspect("申报书.docx", file, ANNEXES));
    }

    @Test
    void refusesADocxWithAMacroProject() throws IOException {
        byte[] file = rezip(docx, Map.of("word/vbaProject.bin", HexFormat.of().parseHex("D0CF11E0A1B11AE1")));

        assertRefused("upload.refused.macro", List.of(), () -> inspector.inspect("申报书.docx", file, ANNEXES));
    }

    @Test
    void refusesAMacroEnabledDocumentRenamedDocx() throws IOException {
        String types = entry(docx, "[Content_Types].xml").replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml");
        byte[] file = rezip(docx, Map.of("[Content_Types].xml", bytes(types)));

        assertRefused("upload.refused.macro", List.of(), () -> inspector.inspect("申报书.docx", file, ANNEXES));
    }

    @Test
    void refusesAnArchiveInsideADocx() throws IOException {
        byte[] file = rezip(docx, Map.of("word/embeddings/payload.zip", zip(Map.of("a.txt", bytes("a")))));

        assertRefused("upload.refused.nestedArchive", List.of("word/embeddings/payload.zip"),
                () -> inspector.inspect("申报书.docx", file, ANNEXES));
    }

    @Test
    void refusesAnEntryNameThatClimbsOutOfThePackage() throws IOException {
        byte[] file = rezip(docx, Map.of("../../evil.xml", bytes("<x/>")));

        assertRefused("upload.refused.unsafeEntryName", List.of("../../evil.xml"),
                () -> inspector.inspect("申报书.docx", file, ANNEXES));
    }

    @Test
    void refusesEntriesOnlyTheCentralDirectoryWouldShow() {
        byte[] file = docx.clone();
        int end = lastIndexOf(file, HexFormat.of().parseHex("504B0506"));
        file[end + 10]++; // the central directory now claims one entry more than can be read in sequence

        assertRefused("upload.refused.corrupt", List.of(), () -> inspector.inspect("申报书.docx", file, ANNEXES));
    }

    @Test
    void refusesADocxWithoutContentTypes() throws IOException {
        Map<String, byte[]> removed = new LinkedHashMap<>();
        removed.put("[Content_Types].xml", null);
        byte[] file = rezip(docx, removed);

        assertRefused("upload.refused.corrupt", List.of(), () -> inspector.inspect("申报书.docx", file, ANNEXES));
    }

    // PDF

    @Test
    void refusesAPdfThatRunsJavaScript() {
        byte[] file = pdf(catalog("/OpenAction 4 0 R"), "<< /S /JavaScript /JS (app.alert\\(1\\)) >>");

        assertRefused("upload.refused.activeContent", List.of("/JavaScript"),
                () -> inspector.inspect("通知.pdf", file, ANNEXES));
    }

    @Test
    void seesThroughEscapedNames() {
        byte[] file = pdf(catalog("/OpenAction 4 0 R"), "<< /S /J#61va#53cript /JS (app.alert\\(1\\)) >>");

        assertRefused("upload.refused.activeContent", List.of("/JavaScript"),
                () -> inspector.inspect("通知.pdf", file, ANNEXES));
    }

    @Test
    void refusesScriptInARenditionAction() {
        byte[] file = pdf(catalog("/OpenAction 4 0 R"), "<< /S /Rendition /OP 4 /JS (app.alert\\(1\\)) >>");

        assertRefused("upload.refused.activeContent", List.of("/JS"),
                () -> inspector.inspect("通知.pdf", file, ANNEXES));
    }

    @Test
    void refusesAPdfThatLaunchesAProgram() {
        byte[] file = pdf(catalog("/OpenAction 4 0 R"), "<< /S /Launch /F (cmd.exe) >>");

        assertRefused("upload.refused.activeContent", List.of("/Launch"),
                () -> inspector.inspect("通知.pdf", file, ANNEXES));
    }

    @Test
    void refusesAPdfCarryingAnEmbeddedFile() {
        byte[] file = pdf(catalog("/OpenAction 4 0 R"), "<< /Type /Filespec /F (a.exe) /EF << /F 5 0 R >> >>",
                "<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream");

        assertRefused("upload.refused.activeContent", List.of("/EmbeddedFile"),
                () -> inspector.inspect("通知.pdf", file, ANNEXES));
    }

    @Test
    void findsJavaScriptHiddenInACompressedObjectStream() {
        String objects = "5 0 << /S /JavaScript /JS (app.alert\\(1\\)) >>";
        byte[] packed = deflate(bytes(objects));
        byte[] file = pdf(catalog("/OpenAction 5 0 R"), "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
                + packed.length + " >>\nstream\n" + latin1(packed) + "\nendstream");

        assertRefused("upload.refused.activeContent", List.of("/JavaScript"),
                () -> inspector.inspect("通知.pdf", file, ANNEXES));
    }

    @Test
    void refusesAnEncryptedPdfWhoseObjectStreamsCannotBeRead() {
        byte[] file = pdf(catalog("/Encrypt 5 0 R"),
                "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 8 >>\nstream\n\u0001\u0002\u0003\u0004"
                        + "\u0005\u0006\u0007\u0008\nendstream",
                "<< /Filter /Standard /V 2 /R 3 >>");

        assertRefused("upload.refused.encrypted", List.of(), () -> inspector.inspect("通知.pdf", file, ANNEXES));
    }

    @Test
    void refusesAPdfWithoutItsEnd() {
        byte[] truncated = Arrays.copyOf(pdf, pdf.length - 10);

        assertRefused("upload.refused.corrupt", List.of(), () -> inspector.inspect("通知.pdf", truncated, ANNEXES));
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

    // Helpers

    private static void assertRefused(String key, List<Object> parameters, Executable inspection) {
        RejectedUploadException refusal = assertThrows(RejectedUploadException.class, inspection);
        assertEquals(key, refusal.messageKey());
        assertEquals(parameters, List.of(refusal.parameters()));
    }

    /** Serves zeros for ever, counting how many were taken. */
    private static final class Endless extends InputStream {

        long served;

        @Override
        public int read() {
            served++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 0);
            served += length;
            return length;
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.GREEN);
        graphics.fillRect(5, 5, 20, 10);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static String catalog(String extra) {
        return "<< /Type /Catalog /Pages 2 0 R " + extra + " >>";
    }

    /**
     * A small PDF: the catalog, one empty page, and {@code more} objects numbered from 4, with a correct
     * cross-reference table.
     */
    private static byte[] pdf(String catalog, String... more) {
        List<String> objects = new ArrayList<>(List.of(catalog, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
        objects.addAll(List.of(more));
        StringBuilder file = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(file.length());
            file.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = file.length();
        file.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> file.append(String.format("%010d 00000 n \n", offset)));
        String encrypt = catalog.contains("/Encrypt") ? " /Encrypt 6 0 R" : "";
        file.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R").append(encrypt)
                .append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return file.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, n);
    }

    /** A DOCX whose document is a valid start followed by {@code spaces} blanks, written without holding them. */
    private static byte[] docxWithHugeDocument(long spaces) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    zip.write(bytes("<?xml version=\"1.0\"?><w:document xmlns:w=\""
                            + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"));
                    byte[] blanks = new byte[(int) UploadPolicy.MEGABYTE];
                    Arrays.fill(blanks, (byte) ' ');
                    for (long written = 0; written < spaces; written += blanks.length) {
                        zip.write(blanks);
                    }
                    zip.write(bytes("</w:body></w:document>"));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The ZIP with entries replaced, added (last, in the order given) or, mapped to null, removed. */
    private static byte[] rezip(byte[] original, Map<String, byte[]> changes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        changes.forEach((name, content) -> {
            if (content == null) {
                entries.remove(name);
            } else {
                entries.put(name, content);
            }
        });
        return zip(entries);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    private static int lastIndexOf(byte[] data, byte[] target) {
        for (int at = data.length - target.length; at >= 0; at--) {
            if (Arrays.equals(data, at, at + target.length, target, 0, target.length)) {
                return at;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final UploadPolicy TABLES = UploadPolicy.tabularImport();

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

    private static String latin1(byte[] data) {
        return new String(data, StandardCharsets.ISO_8859_1);
    }
}
