package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.BLOCK_BOTTOM;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.BLOCK_LEFT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.BLOCK_RIGHT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.BLOCK_TOP;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.CHAR;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.EM_TOP;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.LINE;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.SIZE_3;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.SIZE_4;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.bodyLines;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.dark;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.indexOf;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.inkBottomAbove;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.inkTop;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.pageNumber;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.probe;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfMeasures.red;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.infrastructure.document.PdfProbe.Box;
import cn.gov.zj.jxt.green.infrastructure.document.PdfProbe.Glyph;
import cn.gov.zj.jxt.green.infrastructure.document.PdfProbe.TextLine;
import cn.gov.zj.jxt.green.testing.SampleDocuments;

/**
 * The pages of the PDF and the 版头, read back and measured against GB/T 9704-2012: A4, the grid of 22 lines of 28
 * characters, page numbers, the 文件 format's mark, number and red line (single and joint), the letter's double
 * lines, and the plain notice without any.
 */
class PdfPageLayoutTest {

    @Test
    void everyPageIsA4() throws IOException {
        for (DocumentContent content : List.of(SampleDocuments.file(), SampleDocuments.letter(),
                SampleDocuments.joint(40), SampleDocuments.plain())) {
            try (PdfProbe pdf = probe(content)) {
                for (int page = 1; page <= pdf.pages(); page++) {
                    double[] size = pdf.size(page);
                    assertEquals(210, size[0], 0.5, content.format() + " page " + page + " width");
                    assertEquals(297, size[1], 0.5, content.format() + " page " + page + " height");
                }
            }
        }
    }

    /** 5.2.1–5.2.4: a full page of body text fills the 156 × 225 mm text block with 22 lines of 28 characters. */
    @Test
    void bodyTextFillsTheTextBlockWith22LinesOf28Characters() throws IOException {
        try (PdfProbe pdf = probe(SampleDocuments.letter())) {
            // Page 2 of the 2025 call is body text from top to bottom.
            List<TextLine> lines = bodyLines(pdf, 2);
            assertEquals(22, lines.size(), "lines on a full page");
            for (int i = 1; i < lines.size(); i++) {
                assertEquals(LINE, lines.get(i).baseline() - lines.get(i - 1).baseline(), 0.05, "line pitch");
            }
            assertEquals(BLOCK_TOP, inkTop(pdf, 2, dark()), 1, "first line's top");
            assertTrue(lines.stream().allMatch(l -> l.left() > BLOCK_LEFT - 0.5 && l.right() < BLOCK_RIGHT + 0.5),
                    "all text inside the text block");
            long flushLeft = lines.stream().filter(l -> Math.abs(l.left() - BLOCK_LEFT) < 1).count();
            long fullWidth = lines.stream().filter(l -> Math.abs(l.right() - BLOCK_RIGHT) < 1).count();
            assertTrue(flushLeft >= 10, flushLeft + " lines start at the text block's left edge");
            assertTrue(fullWidth >= 15, fullWidth + " lines end at the text block's right edge");

            TextLine full = lines.stream()
                    .filter(l -> l.glyphs().size() == 28 && l.text().codePoints().allMatch(c -> c > 0x2000))
                    .findFirst().orElseThrow(() -> new AssertionError("no line of 28 full-width characters"));
            for (int i = 0; i < 28; i++) {
                assertEquals(BLOCK_LEFT + i * CHAR, full.glyphs().get(i).x(), 0.2, "character " + i + " of " + full.text());
            }
        }
    }

    /** 7.5: — N — in 4号, 7 mm under the text block, odd pages right and even pages left, one character in. */
    @Test
    void pageNumbersAlternateSides() throws IOException {
        try (PdfProbe pdf = probe(SampleDocuments.joint(300))) {
            assertTrue(pdf.pages() > 10);
            for (int page = 1; page <= pdf.pages(); page++) {
                TextLine number = pageNumber(pdf, page);
                assertEquals("— " + page + " —", number.text());
                assertEquals(14, number.size(), 0.1);
                assertEquals(BLOCK_BOTTOM + 7, number.baseline() - EM_TOP * SIZE_4, 0.5, "7 mm under the block");
                if (page % 2 == 1) {
                    assertEquals(BLOCK_RIGHT - SIZE_4, number.right(), 0.5, "page " + page + " right");
                } else {
                    assertEquals(BLOCK_LEFT + SIZE_4, number.left(), 0.5, "page " + page + " left");
                }
            }
        }
    }

    /** 7.2.4, 7.2.5, 7.2.7: red mark 35 mm below the block's top, number, red line 4 mm under it, title 2 lines on. */
    @Test
    void fileHeaderHasTheRedMarkNumberAndRedLine() throws IOException {
        try (PdfProbe pdf = probe(SampleDocuments.file())) {
            List<Glyph> mark = pdf.glyphs(1).stream().filter(g -> g.size() > 30).toList();
            assertEquals("浙江省经济和信息化厅文件", mark.stream().map(Glyph::text).collect(Collectors.joining()));
            assertTrue(mark.stream().allMatch(Glyph::red), "the mark is red");
            assertTrue(mark.stream().allMatch(g -> g.x() > BLOCK_LEFT - 0.5 && g.right() < BLOCK_RIGHT + 0.5));
            assertEquals(BLOCK_TOP + 35, inkTop(pdf, 1, red()), 1, "mark's top");

            List<Box> red = pdf.boxes(1).stream().filter(Box::red).toList();
            assertEquals(1, red.size(), "one red line");
            Box line = red.get(0);
            assertEquals(BLOCK_LEFT, line.x(), 0.3);
            assertEquals(156, line.width(), 1, "as wide as the text block");
            assertTrue(line.height() >= 0.35 && line.height() <= 0.6, "thickness " + line.height());

            TextLine number = pdf.lines(1).stream().filter(l -> l.text().equals("浙经信绿色〔2024〕105号"))
                    .findFirst().orElseThrow();
            assertEquals(105, (number.left() + number.right()) / 2, 1, "number centred");
            assertEquals(4, line.top() - inkBottomAbove(pdf, 1, line.top(), number), 1, "red line under the number");

            TextLine title = pdf.lines(1).stream().filter(l -> l.size() > 20 && l.size() < 30).findFirst().orElseThrow();
            double titleTop = title.baseline() - EM_TOP * 22 * PdfProbe.PT;
            assertEquals(2 * LINE, titleTop - line.bottom(), 1, "title two blank lines under the red line");
        }
    }

    /** 7.2.4 joint issue: names stacked in order, 文件 to their right and centred on them. */
    @Test
    void jointIssueStacksTheAgencies() throws IOException {
        try (PdfProbe pdf = probe(SampleDocuments.joint(20))) {
            List<TextLine> mark = pdf.lines(1).stream().filter(l -> l.glyphs().get(0).red()).toList();
            List<String> texts = mark.stream().map(TextLine::text).toList();
            assertEquals(List.of("浙江省经济和信息化厅", "浙江省发展和改革委员会文件", "浙江省生态环境厅"), texts,
                    "three names, 文件 on the middle line");
            double namesRight = mark.get(0).right();
            assertEquals(namesRight, mark.get(2).right(), 1, "names spread to one width");
            Glyph wen = mark.get(1).glyphs().get(mark.get(1).glyphs().size() - 2);
            assertEquals("文", wen.text());
            assertTrue(wen.x() > namesRight, "文件 right of the names");
            assertEquals((mark.get(0).baseline() + mark.get(2).baseline()) / 2, wen.baseline(), 0.5, "文件 centred");
            assertTrue(mark.stream().allMatch(l -> l.left() > BLOCK_LEFT - 0.5 && l.right() < BLOCK_RIGHT + 0.5));

            int signed = pdf.pageWith("2025年12月20日");
            List<TextLine> lines = pdf.lines(signed);
            int date = indexOf(lines, "2025年12月20日");
            List<TextLine> signatures = lines.subList(date - 3, date);
            assertEquals(List.of("浙江省经济和信息化厅", "浙江省发展和改革委员会", "浙江省生态环境厅"),
                    signatures.stream().map(TextLine::text).toList(), "signatures in agency order");
            for (TextLine signature : signatures) {
                assertEquals(BLOCK_RIGHT - 2 * CHAR, signature.right(), 0.5, "two characters in from the right");
            }
        }
    }

    /** 10.1: letter format. */
    @Test
    void letterHasDoubleLinesAndNoFirstPageNumber() throws IOException {
        try (PdfProbe pdf = probe(SampleDocuments.letter())) {
            assertTrue(pdf.lines(1).stream().noneMatch(l -> l.text().startsWith("—")), "no page number on page 1");
            assertEquals("— 2 —", pageNumber(pdf, 2).text());

            List<Glyph> mark = pdf.glyphs(1).stream().filter(Glyph::red).toList();
            assertEquals("浙江省经济和信息化厅", mark.stream().map(Glyph::text).collect(Collectors.joining()));
            assertEquals(30, inkTop(pdf, 1, red()), 1, "mark 30 mm from the paper's top");

            List<Box> lines = pdf.boxes(1).stream().filter(Box::red).sorted(Comparator.comparingDouble(Box::top))
                    .toList();
            assertEquals(4, lines.size(), "two double lines");
            for (Box line : lines) {
                assertEquals(170, line.width(), 0.5, "170 mm");
                assertEquals(105, line.x() + line.width() / 2, 0.3, "centred on the page");
            }
            assertTrue(lines.get(0).height() > lines.get(1).height(), "upper: thick over thin");
            assertTrue(lines.get(2).height() < lines.get(3).height(), "lower: thin over thick");
            assertEquals(297 - 20, lines.get(3).bottom(), 0.3, "20 mm above the paper's bottom");
            double markBottom = inkBottomAbove(pdf, 1, lines.get(0).top(), null);
            assertEquals(4, lines.get(0).top() - markBottom, 1.2, "4 mm under the mark");

            TextLine number = pdf.lines(1).stream().filter(l -> l.text().equals("浙经信绿色便函〔2025〕58号"))
                    .findFirst().orElseThrow();
            assertEquals(BLOCK_RIGHT, number.right(), 0.3, "number flush right");
            double numberTop = number.baseline() - EM_TOP * SIZE_3;
            assertEquals(7.0 / 8 * SIZE_3, numberTop - lines.get(1).bottom(), 0.3, "7/8 of a character under the line");
        }
    }

    /** A preview before the number is issued shows where the number goes. */
    @Test
    void previewLeavesTheNumberBlank() throws IOException {
        DocumentContent c = SampleDocuments.file();
        DocumentContent preview = new DocumentContent(c.format(), c.agencies(), null, c.title(), c.recipients(),
                c.body(), c.annexes(), c.date(), c.imprint(), c.subject());
        try (PdfProbe pdf = probe(preview)) {
            assertTrue(pdf.lines(1).stream().anyMatch(l -> l.text().matches("〔\\s+〕号")), pdf.text(1));
            assertNull(pdf.document().getDocumentInformation().getKeywords());
        }
    }

    /** 公告/公示: no mark, number, red line or recipients; title, body, signature; numbered like 文件. */
    @Test
    void plainNoticeHasNoHeader() throws IOException {
        try (PdfProbe pdf = probe(SampleDocuments.plain())) {
            assertTrue(pdf.glyphs(1).stream().noneMatch(Glyph::red), "nothing red");
            assertTrue(pdf.boxes(1).isEmpty(), "no lines");
            TextLine title = pdf.lines(1).get(0);
            assertEquals(22, title.size(), 0.1);
            assertEquals(BLOCK_TOP, title.baseline() - EM_TOP * 22 * PdfProbe.PT, 0.3, "title on the first line");
            assertTrue(pdf.text(1).contains("浙江省经济和信息化厅\n2025年11月7日"));
            assertEquals("— 1 —", pageNumber(pdf, 1).text());
        }
    }
}
