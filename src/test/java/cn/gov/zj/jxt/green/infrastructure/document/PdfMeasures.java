package cn.gov.zj.jxt.green.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.infrastructure.document.PdfProbe.Glyph;
import cn.gov.zj.jxt.green.infrastructure.document.PdfProbe.TextLine;

/**
 * What the PDF tests measure against: the numbers of GB/T 9704-2012 in millimetres from the paper's top-left corner,
 * as the standard gives them and independent of the renderer's own constants, the renderer with the bundled fonts,
 * and readers of a page's lines, fonts and ink.
 */
final class PdfMeasures {

    // GB/T 9704-2012, in millimetres from the paper's top-left corner.
    static final double BLOCK_LEFT = 28;
    static final double BLOCK_RIGHT = 210 - 26;
    static final double BLOCK_TOP = 37;
    static final double BLOCK_BOTTOM = 37 + 225;
    static final double LINE = 225.0 / 22;
    static final double CHAR = 156.0 / 28;
    static final double SIZE_3 = 16 * PdfProbe.PT;
    static final double SIZE_4 = 14 * PdfProbe.PT;
    /** Top of a CJK character's em box above its baseline, as a fraction of its size. */
    static final double EM_TOP = 0.88;

    /** The renderer of every PDF test, with the bundled fonts. */
    static final PdfRenderer RENDERER = new PdfRenderer(FontLibrary.bundled());

    private PdfMeasures() {
    }

    static PdfProbe probe(DocumentContent content) {
        return PdfProbe.of(RENDERER.render(content));
    }

    /** Black 3号 lines inside the text block (not the mark, title, page number or tables). */
    static List<TextLine> bodyLines(PdfProbe pdf, int page) {
        return pdf.lines(page).stream()
                .filter(l -> Math.abs(l.size() - 16) < 0.1 && !l.glyphs().get(0).red() && l.baseline() < BLOCK_BOTTOM)
                .toList();
    }

    static TextLine pageNumber(PdfProbe pdf, int page) {
        return pdf.lines(page).stream().filter(l -> l.baseline() > BLOCK_BOTTOM).findFirst()
                .orElseThrow(() -> new AssertionError("no page number on page " + page));
    }

    static int indexOf(List<TextLine> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no line " + text + " in " + lines.stream().map(TextLine::text).toList());
    }

    /** The fonts of the glyphs that spell {@code text}, found as consecutive glyphs. */
    static List<String> fontOf(List<Glyph> glyphs, String text) {
        String all = glyphs.stream().map(Glyph::text).collect(Collectors.joining());
        int at = all.indexOf(text);
        assertTrue(at >= 0, "no " + text);
        return glyphs.subList(at, at + text.length()).stream().map(Glyph::font).toList();
    }

    /** The text of a table line between two x positions. */
    static String column(TextLine line, double from, double to) {
        return line.glyphs().stream().filter(g -> g.x() >= from && g.x() < to).map(Glyph::text)
                .collect(Collectors.joining()).strip();
    }

    static String allText(PdfProbe pdf) {
        return IntStream.rangeClosed(1, pdf.pages()).mapToObj(pdf::text).collect(Collectors.joining("\f"));
    }

    static final float DPI = 300;

    static IntPredicate red() {
        return rgb -> (rgb >> 16 & 0xFF) > 180 && (rgb >> 8 & 0xFF) < 120 && (rgb & 0xFF) < 120;
    }

    static IntPredicate dark() {
        return rgb -> (rgb >> 16 & 0xFF) < 128 && (rgb >> 8 & 0xFF) < 128 && (rgb & 0xFF) < 128;
    }

    /** The topmost row (mm from the paper's top) with ink of the given kind inside the text block's width. */
    static double inkTop(PdfProbe pdf, int page, IntPredicate ink) {
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
    static double inkBottomAbove(PdfProbe pdf, int page, double limit, TextLine line) {
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

    static int px(double mm) {
        return (int) Math.round(mm / 25.4 * DPI);
    }
}
