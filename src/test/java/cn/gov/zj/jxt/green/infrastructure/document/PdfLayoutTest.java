package cn.gov.zj.jxt.green.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.infrastructure.document.PdfProbe.Box;
import cn.gov.zj.jxt.green.infrastructure.document.PdfProbe.Glyph;
import cn.gov.zj.jxt.green.infrastructure.document.PdfProbe.TextLine;
import cn.gov.zj.jxt.green.testing.SampleDocuments;

/**
 * Reads the rendered PDFs back and measures them against GB/T 9704-2012. The expected numbers are written here in
 * millimetres as the standard gives them, independent of the renderer's own constants.
 */
class PdfLayoutTest {

    // GB/T 9704-2012, in millimetres from the paper's top-left corner.
    private static final double BLOCK_LEFT = 28;
    private static final double BLOCK_RIGHT = 210 - 26;
    private static final double BLOCK_TOP = 37;
    private static final double BLOCK_BOTTOM = 37 + 225;
    private static final double LINE = 225.0 / 22;
    private static final double CHAR = 156.0 / 28;
    private static final double SIZE_3 = 16 * PdfProbe.PT;
    private static final double SIZE_4 = 14 * PdfProbe.PT;
    /** Top of a CJK character's em box above its baseline, as a fraction of its size. */
    private static final double EM_TOP = 0.88;

    private static PdfRenderer renderer;

    @BeforeAll
    static void loadFonts() {
        renderer = new PdfRenderer(FontLibrary.bundled());
    }

    private static PdfProbe probe(DocumentContent content) {
        return PdfProbe.of(renderer.render(content));
    }

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

    /** 7.3.7: each annex on a new page, 附件N in 黑体 at the top left, its title centred on the third line. */
    @Test
    void annexesStartNewPagesWithTheirLabel() throws IOException {
        FontLibrary fonts = FontLibrary.bundled();
        try (PdfProbe pdf = probe(SampleDocuments.letter())) {
            for (String label : List.of("附件1", "附件2")) {
                int page = pdf.pageWith(label + "\n");
                assertTrue(page > 1, label);
                TextLine first = pdf.lines(page).get(0);
                assertEquals(label, first.text());
                assertEquals(BLOCK_LEFT, first.left(), 0.3);
                assertEquals(BLOCK_TOP, first.baseline() - EM_TOP * SIZE_3, 0.3, "on the first line");
                assertTrue(first.glyphs().get(0).font().endsWith(fonts.font(OfficialFont.HEITI).getPostscriptFontName()));
                TextLine title = pdf.lines(page).get(1);
                assertEquals(22, title.size(), 0.1);
                assertEquals(BLOCK_TOP + 2 * LINE, title.baseline() - EM_TOP * 22 * PdfProbe.PT, 0.3, "third line");
            }
            assertEquals(pdf.pageWith("附件1\n") + 1, pdf.pageWith("附件2\n"));
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

    /** 7.4: the 版记's last rule lies on the text block's bottom edge, 35 mm above the paper's. */
    @Test
    void imprintSitsOnTheTextBlockBottom() throws IOException {
        for (DocumentContent content : List.of(SampleDocuments.file(), SampleDocuments.joint(300))) {
            try (PdfProbe pdf = probe(content)) {
                int last = pdf.pages();
                List<Box> rules = pdf.boxes(last).stream().filter(Box::black)
                        .sorted(Comparator.comparingDouble(Box::top)).toList();
                assertEquals(3, rules.size(), "three rules");
                for (Box rule : rules) {
                    assertEquals(BLOCK_LEFT, rule.x(), 0.3);
                    assertEquals(156, rule.width(), 0.5);
                }
                assertEquals(0.35, rules.get(0).height(), 0.03, "first rule");
                assertEquals(0.25, rules.get(1).height(), 0.03, "middle rule");
                assertEquals(0.35, rules.get(2).height(), 0.03, "last rule");
                assertEquals(297 - 35, rules.get(2).bottom(), 0.3, "on the text block's bottom");

                List<TextLine> below = pdf.lines(last).stream()
                        .filter(l -> l.baseline() > rules.get(0).top() && l.baseline() < BLOCK_BOTTOM).toList();
                assertEquals(2, below.size(), "抄送 and 印发: " + below);
                TextLine copy = below.get(0);
                assertTrue(copy.text().startsWith("抄送：") && copy.text().endsWith("。"), copy.text());
                assertTrue(copy.baseline() < rules.get(1).top(), "抄送 above the middle rule");
                assertTrue(below.get(1).baseline() > rules.get(1).bottom(), "印发 below the middle rule");
                assertEquals(BLOCK_LEFT + SIZE_4, copy.left(), 0.3, "抄送 one character in");
                TextLine printing = below.get(1);
                assertTrue(printing.text().matches("浙江省经济和信息化厅办公室\\d{4}年\\d{1,2}月\\d{1,2}日印发"),
                        printing.text());
                assertEquals(BLOCK_LEFT + SIZE_4, printing.left(), 0.3, "印发机关 one character in");
                assertEquals(BLOCK_RIGHT - SIZE_4, printing.right(), 0.3, "印发日期 one character in");
            }
        }
    }

    /**
     * The list annex of a joint issue: the header row repeats at the top of every page, and each row lies whole on
     * one page — the names read on a page are exactly those of the serial numbers read there, and the serial
     * numbers run 1 to 300 once each.
     */
    @Test
    void longTableRepeatsItsHeaderAndKeepsRowsWhole() throws IOException {
        DocumentContent content = SampleDocuments.joint(300);
        List<List<String>> rows = ((cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock.Table) content
                .annexes().get(0).blocks().get(0)).rows();
        try (PdfProbe pdf = probe(content)) {
            int first = pdf.pageWith("附件\n");
            assertTrue(first > 1);
            double serialRight = BLOCK_LEFT + 156.0 * 2 / 22;
            double nameRight = serialRight + 156.0 * 10 / 22;
            List<Integer> serials = new ArrayList<>();
            int tablePages = 0;
            for (int page = first; page <= pdf.pages(); page++) {
                List<TextLine> lines = pdf.lines(page).stream()
                        .filter(l -> l.size() < 13 && l.baseline() < BLOCK_BOTTOM).toList();
                if (lines.isEmpty()) {
                    // Only the 版记 after the table.
                    assertEquals(pdf.pages(), page, "page " + page + " without table");
                    continue;
                }
                tablePages++;
                assertEquals("序号企业名称地市行业", lines.get(0).text(), "header on page " + page);
                if (page > first) {
                    assertTrue(lines.get(0).baseline() < BLOCK_TOP + 15, "header at the top of page " + page);
                }
                List<Integer> onPage = new ArrayList<>();
                StringBuilder names = new StringBuilder();
                for (TextLine line : lines.subList(1, lines.size())) {
                    String serial = column(line, 0, serialRight);
                    if (!serial.isEmpty()) {
                        onPage.add(Integer.valueOf(serial));
                    }
                    names.append(column(line, serialRight, nameRight));
                }
                String expected = onPage.stream().map(n -> rows.get(n - 1).get(1)).collect(Collectors.joining());
                assertEquals(expected, names.toString(), "whole rows on page " + page);
                assertTrue(lines.get(lines.size() - 1).baseline() < BLOCK_BOTTOM, "inside the text block");
                serials.addAll(onPage);
            }
            assertEquals(IntStream.rangeClosed(1, 300).boxed().toList(), serials, "every row once, in order");
            assertTrue(tablePages > 10, tablePages + " pages");
        }
    }

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

    /** The fonts are loaded once; a render of a 300-row list takes well under a second. */
    @Test
    void aWarmRenderOfALongListIsFast() {
        DocumentContent content = SampleDocuments.joint(300);
        for (int i = 0; i < 3; i++) {
            renderer.render(content);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            byte[] pdf = renderer.render(content);
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
                results.add(pool.submit(() -> renderer.render(content)));
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

    // ----- helpers ---------------------------------------------------------------------------------------------

    /** Black 3号 lines inside the text block (not the mark, title, page number or tables). */
    private static List<TextLine> bodyLines(PdfProbe pdf, int page) {
        return pdf.lines(page).stream()
                .filter(l -> Math.abs(l.size() - 16) < 0.1 && !l.glyphs().get(0).red() && l.baseline() < BLOCK_BOTTOM)
                .toList();
    }

    private static TextLine pageNumber(PdfProbe pdf, int page) {
        return pdf.lines(page).stream().filter(l -> l.baseline() > BLOCK_BOTTOM).findFirst()
                .orElseThrow(() -> new AssertionError("no page number on page " + page));
    }

    private static int indexOf(List<TextLine> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no line " + text + " in " + lines.stream().map(TextLine::text).toList());
    }

    /** The fonts of the glyphs that spell {@code text}, found as consecutive glyphs. */
    private static List<String> fontOf(List<Glyph> glyphs, String text) {
        String all = glyphs.stream().map(Glyph::text).collect(Collectors.joining());
        int at = all.indexOf(text);
        assertTrue(at >= 0, "no " + text);
        return glyphs.subList(at, at + text.length()).stream().map(Glyph::font).toList();
    }

    /** The text of a table line between two x positions. */
    private static String column(TextLine line, double from, double to) {
        return line.glyphs().stream().filter(g -> g.x() >= from && g.x() < to).map(Glyph::text)
                .collect(Collectors.joining()).strip();
    }

    private static String allText(PdfProbe pdf) {
        return IntStream.rangeClosed(1, pdf.pages()).mapToObj(pdf::text).collect(Collectors.joining("\f"));
    }

    private static final float DPI = 300;

    private static IntPredicate red() {
        return rgb -> (rgb >> 16 & 0xFF) > 180 && (rgb >> 8 & 0xFF) < 120 && (rgb & 0xFF) < 120;
    }

    private static IntPredicate dark() {
        return rgb -> (rgb >> 16 & 0xFF) < 128 && (rgb >> 8 & 0xFF) < 128 && (rgb & 0xFF) < 128;
    }

    /** The topmost row (mm from the paper's top) with ink of the given kind inside the text block's width. */
    private static double inkTop(PdfProbe pdf, int page, IntPredicate ink) {
        BufferedImage image = pdf.image(page, DPI);
        int left = px(BLOCK_LEFT);
        int right = px(BLOCK_RIGHT);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = left; x < right; x++) {
                if (ink.test(image.getRGB(x, y))) {
                    return y * 25.4 / DPI;
                }
            }
        }
        throw new AssertionError("no ink on page " + page);
    }

    /**
     * The lowest row with ink above {@code limit} (mm), in the columns of {@code line} (dark ink), or anywhere in
     * the text block (red ink) when {@code line} is null.
     */
    private static double inkBottomAbove(PdfProbe pdf, int page, double limit, TextLine line) {
        BufferedImage image = pdf.image(page, DPI);
        int left = px(line == null ? BLOCK_LEFT : line.left());
        int right = px(line == null ? BLOCK_RIGHT : line.right());
        IntPredicate ink = line == null ? red() : dark();
        for (int y = px(limit) - 2; y > 0; y--) {
            for (int x = left; x < right; x++) {
                if (ink.test(image.getRGB(x, y))) {
                    return (y + 1) * 25.4 / DPI;
                }
            }
        }
        throw new AssertionError("no ink above " + limit + " mm on page " + page);
    }

    private static int px(double mm) {
        return (int) Math.round(mm / 25.4 * DPI);
    }
}
