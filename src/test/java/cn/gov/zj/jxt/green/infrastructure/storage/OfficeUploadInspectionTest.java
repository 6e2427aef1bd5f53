package cn.gov.zj.jxt.green.infrastructure.storage;

import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.ANNEXES;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.assertRefused;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.bytes;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.docxWithHugeDocument;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.entry;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.lastIndexOf;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.rezip;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.zip;

import java.io.IOException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DOCX and XLSX, looked into without trusting them: bombs, external entities, macros, nested archives, forged entries. */
class OfficeUploadInspectionTest {

    private static byte[] docx;
    private static byte[] xlsx;

    private final UploadInspector inspector = new UploadInspector();

    @BeforeAll
    static void takeRealDocuments() throws Exception {
        docx = UploadSamples.realDocuments().docx();
        xlsx = UploadSamples.realDocuments().xlsx();
    }

    @Test
    void refusesADocxZipBombWithoutUnpackingIt() throws IOException {
        byte[] bomb = docxWithHugeDocument(docx, 200 * UploadPolicy.MEGABYTE);

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
}
