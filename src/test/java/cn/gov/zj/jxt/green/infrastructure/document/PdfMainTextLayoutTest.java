package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.BLOCK_LEFT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.BLOCK_RIGHT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.CHAR;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.LINE;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.bodyLines;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.fontOf;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.indexOf;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.probe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.infrastructure.document.PdfProbe.Glyph;
import cn.gov.zj.jxt.green.infrastructure.document.PdfProbe.TextLine;
import cn.gov.zj.jxt.green.testing.SampleDocuments;

/**
 * The 主体 of the PDF up to the date, read back and measured against GB/T 9704-2012: title and body sizes, heading
 * fonts, 附件说明, signature and date, and the sign-off never alone on a page.
 */
class PdfMainTextLayoutTest {

    @Test
    void titleIs2haoAndBody3hao() throws IOException {
        try (PdfProbe pdf = probe(SampleDocuments.file())) {
            List<TextLine> title = pdf.lines(1).stream().filter(l -> l.size() > 20 && l.size() < 30).toList();
            assertFalse(title.isEmpty());
            for (TextLine line : title) {
                assertEquals(22, line.size(), 0.1, line.text());
                assertEquals(105, (line.left() + line.right()) / 2, 1.5, "centred: " + line.text());
            }
            assertEquals(SampleDocuments.file().title(), title.stream().map(TextLine::text).collect(Collectors.joining()));
            List<TextLine> body = bodyLines(pdf, 1);
            assertTrue(body.size() > 5);
            assertTrue(body.stream().flatMap(l -> l.glyphs().stream()).allMatch(g -> Math.abs(g.size() - 16) < 0.1));
            TextLine recipients = body.stream().filter(l -> l.text().startsWith("各市")).findFirst().orElseThrow();
            assertEquals(BLOCK_LEFT, recipients.left(), 0.3, "recipients flush left");
            assertTrue(recipients.text().endsWith("："), recipients.text());
            TextLine first = body.get(body.indexOf(recipients) + 1);
            assertEquals(BLOCK_LEFT + 2 * CHAR, first.left(), 0.3, "paragraph indented two characters");
        }
    }

    /** 7.3.3: only a heading's lead is in 黑体 (一、) or 楷体 (（一）); the rest of the paragraph is 仿宋. */
    @Test
    void headingLeadsAreInHeitiAndKaiti() throws IOException {
        FontLibrary fonts = FontLibrary.bundled();
        String heiti = fonts.font(OfficialFont.HEITI).getPostscriptFontName();
        String kaiti = fonts.font(OfficialFont.KAITI).getPostscriptFontName();
        String fangsong = fonts.font(OfficialFont.FANGSONG).getPostscriptFontName();
        try (PdfProbe pdf = probe(SampleDocuments.file())) {
            List<Glyph> glyphs = pdf.lines(1).stream().flatMap(l -> l.glyphs().stream()).toList();
            assertTrue(fontOf(glyphs, "一、总体要求").stream().allMatch(f -> f.endsWith(heiti)));
            String second = "（一）培育机制。纵向";
            List<String> fonts2 = fontOf(glyphs, second);
            assertTrue(fonts2.subList(0, 8).stream().allMatch(f -> f.endsWith(kaiti)), fonts2.toString());
            assertTrue(fonts2.subList(8, 10).stream().allMatch(f -> f.endsWith(fangsong)), fonts2.toString());
        }
    }

    /** 7.3.5.2: signature two characters in from the right, date below it two characters further right. */
    @Test
    void signatureAndDateWithoutSeal() throws IOException {
        try (PdfProbe pdf = probe(SampleDocuments.file())) {
            int page = pdf.pageWith("2024年5月27日");
            List<TextLine> lines = pdf.lines(page);
            int dateAt = indexOf(lines, "2024年5月27日");
            TextLine date = lines.get(dateAt);
            TextLine signature = lines.get(dateAt - 1);
            TextLine note = lines.get(dateAt - 2);
            assertEquals("浙江省经济和信息化厅", signature.text());
            assertEquals(BLOCK_RIGHT - 2 * CHAR, signature.right(), 0.5);
            assertEquals(signature.left() + 2 * CHAR, date.left(), 0.5);
            assertEquals(LINE, date.baseline() - signature.baseline(), 0.05, "date on the next line");
            assertEquals(2 * LINE, signature.baseline() - note.baseline(), 0.05, "one blank line above the signature");
            // 7.3.4: one annex, so no number; indented two characters; no closing punctuation.
            assertEquals("附件：浙江省绿色（低碳）工厂梯度培育管理实施细则", note.text());
            assertEquals(BLOCK_LEFT + 2 * CHAR, note.left(), 0.3);
        }
    }

    /** 7.3.4: several annexes are numbered; the second item stands under the first item's number. */
    @Test
    void annexNoteListsNumberedAnnexes() throws IOException {
        try (PdfProbe pdf = probe(SampleDocuments.letter())) {
            int page = pdf.pageWith("附件：1.");
            List<TextLine> lines = pdf.lines(page);
            int first = indexOf(lines, "附件：1.2025年省级绿色低碳工厂推荐名额");
            TextLine second = lines.get(first + 1);
            assertEquals("2.市省级绿色制造推荐名单汇总表", second.text().replace("　", ""));
            double one = lines.get(first).glyphs().stream().filter(g -> g.text().equals("1")).findFirst().orElseThrow()
                    .x();
            assertEquals(one, second.left(), 0.3, "2. under 1.");
        }
    }

    /**
     * 7.3.5: no page holds only the signature (no 此页无正文): however long the body, the signature's page has
     * body text above it.
     */
    @Test
    void signatureNeverStandsAlone() throws IOException {
        DocumentContent c = SampleDocuments.plain();
        List<String> body = new ArrayList<>();
        for (int n = 1; n <= 24; n++) {
            body.add("第" + n + "段正文，用来把落款推向页面底部。");
            DocumentContent content = new DocumentContent(c.format(), c.agencies(), c.number(), c.title(),
                    c.recipients(), body, List.of(), c.date(), null, c.subject());
            try (PdfProbe pdf = probe(content)) {
                int page = pdf.pageWith("2025年11月7日");
                List<TextLine> lines = bodyLines(pdf, page);
                int signature = indexOf(lines, "浙江省经济和信息化厅");
                assertTrue(signature > 0, n + " paragraphs: text above the signature on page " + page);
            }
        }
    }

    /**
     * 7.3.5.5 with 附件说明: the note belongs to the sign-off, so the page they move to starts with the body's last
     * line, never with the note.
     */
    @Test
    void theAnnexNoteTakesTheBodysLastLineAlong() throws IOException {
        DocumentContent c = SampleDocuments.plain();
        assertFalse(c.annexes().isEmpty(), "the sample has an annex");
        List<String> body = new ArrayList<>();
        for (int n = 1; n <= 24; n++) {
            body.add("第" + n + "段正文，用来把落款推向页面底部。");
            DocumentContent content = new DocumentContent(c.format(), c.agencies(), c.number(), c.title(),
                    c.recipients(), body, c.annexes(), c.date(), null, c.subject());
            try (PdfProbe pdf = probe(content)) {
                int page = pdf.pageWith("2025年11月7日");
                List<TextLine> lines = bodyLines(pdf, page);
                int signature = indexOf(lines, "浙江省经济和信息化厅");
                assertTrue(lines.subList(0, Math.max(signature, 0)).stream().anyMatch(l -> l.text().contains("段正文")),
                        n + " paragraphs: body text above the annex note and signature on page " + page + ": " + lines);
            }
        }
    }
}
