package cn.gov.zj.jxt.green.infrastructure.storage;

import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
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
import org.junit.jupiter.api.function.Executable;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import cn.gov.zj.jxt.green.application.shared.RejectedUploadException;

/**
 * The files of the upload inspector's tests, every one built here from bytes (none is kept in the repository): real
 * documents, made once, and the tools that turn them into hostile variants.
 */
final class UploadSamples {

    static final UploadPolicy ANNEXES = UploadPolicy.noticeAnnexes();
    static final UploadPolicy EVIDENCE = UploadPolicy.evidence();
    static final UploadPolicy TABLES = UploadPolicy.tabularImport();

    private UploadSamples() {
    }

    /** A real DOCX, XLSX and PDF. Never changed; variants are copies. */
    record RealDocuments(byte[] docx, byte[] xlsx, byte[] pdf) {
    }

    /** Made once: docx4j and OpenPDF take a while to start. */
    private static RealDocuments real;

    static synchronized RealDocuments realDocuments() throws Exception {
        if (real == null) {
            real = makeRealDocuments();
        }
        return real;
    }

    private static RealDocuments makeRealDocuments() throws Exception {
        WordprocessingMLPackage word = WordprocessingMLPackage.createPackage();
        word.getMainDocumentPart().addParagraphOfText("关于开展2025年度绿色低碳工厂申报工作的通知");
        ByteArrayOutputStream wordBytes = new ByteArrayOutputStream();
        word.save(wordBytes);

        SpreadsheetMLPackage excel = SpreadsheetMLPackage.createPackage();
        excel.createWorksheetPart(new PartName("/xl/worksheets/sheet1.xml"), "推荐名单", 1);
        ByteArrayOutputStream excelBytes = new ByteArrayOutputStream();
        excel.save(excelBytes);

        ByteArrayOutputStream pdfBytes = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, pdfBytes);
        document.open();
        document.add(new Paragraph("Green factory application 2025"));
        document.close();
        return new RealDocuments(wordBytes.toByteArray(), excelBytes.toByteArray(), pdfBytes.toByteArray());
    }

    static void assertRefused(String key, List<Object> parameters, Executable inspection) {
        RejectedUploadException refusal = assertThrows(RejectedUploadException.class, inspection);
        assertEquals(key, refusal.messageKey());
        assertEquals(parameters, List.of(refusal.parameters()));
    }

    /** Serves zeros for ever, counting how many were taken. */
    static final class Endless extends InputStream {

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

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.GREEN);
        graphics.fillRect(5, 5, 20, 10);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static String catalog(String extra) {
        return "<< /Type /Catalog /Pages 2 0 R " + extra + " >>";
    }

    /**
     * A small PDF: the catalog, one empty page, and {@code more} objects numbered from 4, with a correct
     * cross-reference table.
     */
    static byte[] pdf(String catalog, String... more) {
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

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, n);
    }

    /** The DOCX with its document a valid start followed by {@code spaces} blanks, written without holding them. */
    static byte[] docxWithHugeDocument(byte[] docx, long spaces) throws IOException {
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
    static byte[] rezip(byte[] original, Map<String, byte[]> changes) throws IOException {
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

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
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

    static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    static int lastIndexOf(byte[] data, byte[] target) {
        for (int at = data.length - target.length; at >= 0; at--) {
            if (Arrays.equals(data, at, at + target.length, target, 0, target.length)) {
                return at;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String latin1(byte[] data) {
        return new String(data, StandardCharsets.ISO_8859_1);
    }
}
