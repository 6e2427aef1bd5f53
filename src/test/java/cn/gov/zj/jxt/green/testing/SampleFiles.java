package cn.gov.zj.jxt.green.testing;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files for upload tests, made in the test itself: good ones and hostile ones. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A real one-page PDF. */
    public static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    /** A Windows executable's first bytes, to be sent under a .pdf name. */
    public static byte[] executable() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        return exe;
    }

    /** A PDF one byte larger than {@code limit}. */
    public static byte[] oversizedPdf(int limit) {
        byte[] head = pdf("oversized");
        byte[] big = Arrays.copyOf(head, limit + 1);
        Arrays.fill(big, head.length, big.length, (byte) ' ');
        return big;
    }

    /** A PDF of a few KB whose one stream inflates to {@code megabytes} MB of zeros (a decompression bomb). */
    public static byte[] inflationBombPdf(int megabytes) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[megabytes * 1024 * 1024]);
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        String stream = new String(packed.toByteArray(), StandardCharsets.ISO_8859_1);
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> >>",
            "<< /Type /XObject /Subtype /Image /Width 4096 /Height 5120 /ColorSpace /DeviceGray /BitsPerComponent 8"
                    + " /Filter /FlateDecode /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream"};
        StringBuilder file = new StringBuilder("%PDF-1.7\n");
        StringBuilder xref = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        for (int i = 0; i < objects.length; i++) {
            xref.append(String.format("%010d 00000 n \n", file.length()));
            file.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int start = file.length();
        file.append(xref).append("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n").append(start).append("\n%%EOF\n");
        return file.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A DOCX whose document part inflates to {@code megabytes} MB of zeros from a few hundred KB. */
    public static byte[] zipBombDocx(int megabytes) {
        return docx(out -> {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        });
    }

    /** A DOCX whose document part declares an external entity reading a local file. */
    public static byte[] externalEntityDocx() {
        return docx(out -> {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        });
    }

    private interface Parts {
        void write(ZipOutputStream out) throws IOException;
    }

    private static byte[] docx(Parts document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("_rels/.rels"));
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
