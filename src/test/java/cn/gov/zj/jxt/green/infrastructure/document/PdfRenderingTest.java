package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.RENDERER;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.allText;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.probe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.testing.SampleDocuments;

/**
 * The PDF renderer as a service: embedded fonts, the document's metadata, the time of a warm render, and the same
 * file from renders running at once.
 */
class PdfRenderingTest {

    @Test
    void fontsAreEmbedded() throws IOException {
        for (DocumentContent content : List.of(SampleDocuments.file(), SampleDocuments.letter(),
                SampleDocuments.joint(40), SampleDocuments.plain())) {
            try (PdfProbe pdf = probe(content)) {
                int fonts = 0;
                for (PDPage page : pdf.document().getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        PDFont font = resources.getFont(name);
                        assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                        assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is a subset");
                        fonts++;
                    }
                }
                assertTrue(fonts > 0);
            }
        }
    }

    @Test
    void metadataNamesTheDocument() throws IOException {
        DocumentContent content = SampleDocuments.file();
        try (PdfProbe pdf = probe(content)) {
            PDDocumentInformation info = pdf.document().getDocumentInformation();
            assertEquals(content.title(), info.getTitle());
            assertEquals("绿色（低碳）工厂梯度培育管理实施细则", info.getSubject());
            assertEquals("浙经信绿色〔2024〕105号", info.getKeywords());
            assertEquals("浙江省经济和信息化厅", info.getAuthor());
            assertEquals("浙江省经济和信息化厅", info.getCreator());
        }
    }

    /** The fonts are loaded once; a render of a 300-row list takes well under a second. */
    @Test
    void aWarmRenderOfALongListIsFast() {
        DocumentContent content = SampleDocuments.joint(300);
        for (int i = 0; i < 3; i++) {
            RENDERER.render(content);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            byte[] pdf = RENDERER.render(content);
            best = Math.min(best, System.nanoTime() - start);
            assertTrue(pdf.length > 10_000);
        }
        assertTrue(best < 1_000_000_000L, "best warm render took " + best / 1_000_000 + " ms");
    }

    /** One renderer serves concurrent requests. */
    @Test
    void concurrentRendersGiveTheSameDocument() throws Exception {
        DocumentContent content = SampleDocuments.letter();
        String expected;
        try (PdfProbe pdf = probe(content)) {
            expected = allText(pdf);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> RENDERER.render(content)));
            }
            for (Future<byte[]> result : results) {
                try (PdfProbe pdf = PdfProbe.of(result.get())) {
                    assertEquals(expected, allText(pdf));
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
