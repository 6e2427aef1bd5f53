package cn.gov.zj.jxt.green.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.testing.SampleDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Rendering the joint publication notice with a 300-row annex table, warm, against what a clerk does today:
 * converting the same DOCX to PDF with {@code libreoffice --headless}. Runs with {@code -Pbenchmark}; needs
 * LibreOffice (Debian: libreoffice-writer-nogui) and fails when it is missing. The figures go to
 * target/benchmark/rendering.txt and into docs/performance.md.
 */
class RenderingBenchmark {

    private static final int WARM_UPS = 10;
    private static final int RUNS = 20;
    private static final int OFFICE_RUNS = 3;
    private static final String OFFICE = System.getProperty("portal.libreoffice", "libreoffice");

    @Test
    void jointPublicationWith300RowsAgainstLibreOffice() throws Exception {
        DocumentContent notice = SampleDocuments.joint(300);
        long loadStart = System.nanoTime();
        FontLibrary fonts = FontLibrary.bundled();
        DocxRenderer docx = new DocxRenderer(fonts);
        DocxTemplate template = DocxTemplate.bundled(DocumentFormat.FILE);
        PdfRenderer pdf = new PdfRenderer(fonts);
        double loadMs = millis(System.nanoTime() - loadStart);

        double docxMs = median(() -> docx.render(notice, template));
        double pdfMs = median(() -> pdf.render(notice));
        byte[] docxBytes = docx.render(notice, template);

        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path file = dir.resolve("joint-300.docx");
        Files.write(file, docxBytes);
        // One profile for all runs, as on a clerk's machine; its first run also sets the profile up.
        Path profile = Files.createTempDirectory("lo-profile");
        List<Double> office = new ArrayList<>();
        for (int i = 0; i < OFFICE_RUNS; i++) {
            office.add(convertWithLibreOffice(file, dir, profile));
        }
        double officeMs = Collections.min(office);

        String report = String.format(Locale.ROOT, """
                joint publication notice, 300-row annex (%d pages of PDF)
                renderers and fonts loaded once:   %8.0f ms
                DOCX (docx4j), warm median of %d:   %8.1f ms
                PDF (OpenPDF), warm median of %d:   %8.1f ms
                libreoffice --headless DOCX→PDF, best of %d: %8.0f ms
                ratio LibreOffice / portal PDF:    %8.0f×
                """, pages(pdf.render(notice)), loadMs, RUNS, docxMs, RUNS, pdfMs, OFFICE_RUNS, officeMs,
                officeMs / pdfMs);
        Files.writeString(dir.resolve("rendering.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report);

        assertTrue(docxMs < 1000, "DOCX warm render took " + docxMs + " ms");
        assertTrue(pdfMs < 1000, "PDF warm render took " + pdfMs + " ms");
    }

    private static double median(Supplier<byte[]> render) {
        for (int i = 0; i < WARM_UPS; i++) {
            render.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            render.get();
            times.add(millis(System.nanoTime() - start));
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private static double convertWithLibreOffice(Path docx, Path dir, Path profile)
            throws IOException, InterruptedException {
        Path out = Files.createDirectories(dir.resolve("libreoffice"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(OFFICE, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", out.toString(), docx.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "LibreOffice did not finish");
        double ms = millis(System.nanoTime() - start);
        assertEquals(0, process.exitValue(), "LibreOffice failed: " + output);
        assertTrue(Files.size(out.resolve("joint-300.pdf")) > 0, "LibreOffice wrote no PDF: " + output);
        return ms;
    }

    private static int pages(byte[] pdf) throws IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
