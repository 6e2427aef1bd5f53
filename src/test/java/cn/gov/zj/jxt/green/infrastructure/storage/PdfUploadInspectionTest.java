package cn.gov.zj.jxt.green.infrastructure.storage;

import cn.gov.zj.jxt.green.application.shared.FileKind;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.ANNEXES;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.EVIDENCE;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.assertRefused;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.bytes;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.catalog;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.deflate;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.latin1;
import static cn.gov.zj.jxt.green.infrastructure.storage.UploadSamples.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PDFs, read for active content wherever it hides, and refused when they cannot be read to the end. */
class PdfUploadInspectionTest {

    private static byte[] pdf;

    private final UploadInspector inspector = new UploadInspector();

    @BeforeAll
    static void takeRealDocuments() throws Exception {
        pdf = UploadSamples.realDocuments().pdf();
    }

    @Test
    void acceptsAPdfWhoseImageDataHappensToSpellTheShortName() throws Exception {
        byte[] file = pdf(catalog(""),
                "<< /Type /XObject /Subtype /Image /Length 9 >>\nstream\n\u00ff/JS (x)\u00ff\nendstream");

        assertEquals(FileKind.PDF, inspector.inspect("扫描件.pdf", file, EVIDENCE).kind());
    }

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

    @Test
    void refusesAPageOfHtmlBehindAPdfHeader() {
        byte[] polyglot = bytes("%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n");

        assertRefused("upload.refused.corrupt", List.of(), () -> inspector.inspect("混合.pdf", polyglot, ANNEXES));
    }

    @Test
    void refusesAPdfWhoseStreamInflatesFarBeyondTheFile() {
        // 20 MB of one byte deflate to about 20 KB: a decompression bomb for whoever renders the page.
        byte[] packed = deflate(new byte[20 * 1024 * 1024]);
        byte[] file = pdf(catalog(""), "<< /Type /XObject /Subtype /Image /Filter /FlateDecode /Length " + packed.length
                + " >>\nstream\n" + latin1(packed) + "\nendstream");

        assertRefused("upload.refused.inflatesTooMuch", List.of(), () -> inspector.inspect("证明.pdf", file, EVIDENCE));
    }

    @Test
    void refusesAPdfWhoseBombIsSpreadOverManySmallStreams() {
        byte[] packed = deflate(new byte[512 * 1024]);
        String[] streams = new String[40];
        for (int i = 0; i < streams.length; i++) {
            streams[i] = "<< /Filter /FlateDecode /Length " + packed.length + " >>\nstream\n" + latin1(packed)
                    + "\nendstream";
        }
        byte[] file = pdf(catalog(""), streams);

        assertRefused("upload.refused.inflatesTooMuch", List.of(), () -> inspector.inspect("证明.pdf", file, EVIDENCE));
    }

    @Test
    void acceptsAPdfWhoseSmallStreamsCompressWell() {
        // A blank page's content compresses very well; under a megabyte inflated, no ratio is asked of it.
        byte[] packed = deflate(new byte[512 * 1024]);
        byte[] file = pdf(catalog(""), "<< /Filter /FlateDecode /Length " + packed.length + " >>\nstream\n"
                + latin1(packed) + "\nendstream");

        assertEquals(FileKind.PDF, inspector.inspect("证明.pdf", file, EVIDENCE).kind());
    }

    @Test
    void acceptsARealDocumentWithItsCompressedStreams() {
        assertEquals(FileKind.PDF, inspector.inspect("通知.pdf", pdf, ANNEXES).kind());
    }
}
