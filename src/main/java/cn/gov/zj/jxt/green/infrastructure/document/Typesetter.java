package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLOCK_WIDTH;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.CHAR_PITCH;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of the text block and places each character horizontally. Vertical placement is the
 * page writer's: every line here takes one line of the grid. Titles are not broken here: {@link TitleLines} breaks
 * them once, in the {@link LayoutPlan}, for the PDF and the DOCX alike.
 *
 * <p>Text of the grid size (3号) advances by exactly one grid character ({@link PdfLayout#CHAR_PITCH}) per full-width
 * character, so 28 fill a line (5.2.4); a broken line is justified to the text block's right edge, and a paragraph's
 * last line is not.
 */
final class Typesetter {

    /** Tolerance for rounding when 28 grid characters fill exactly 156 mm. */
    private static final float EPSILON = 0.01f;

    /** A font role, size and colour; {@code tracking} is the space added after every character (PDF Tc). */
    record Style(OfficialFont font, float size, Color color, float tracking) {

        /** 3号 text on the character grid. */
        static Style grid(OfficialFont font, Color color) {
            return new Style(font, PdfLayout.SIZE_3, color, CHAR_PITCH - PdfLayout.SIZE_3);
        }

        static Style plain(OfficialFont font, float size) {
            return new Style(font, size, PdfLayout.BLACK, 0);
        }
    }

    /** Text in one style, as the input of a paragraph. */
    record Run(String text, Style style) {
    }

    /** Text in one style placed at {@code x} (from the text block's left edge) with its character spacing. */
    record Span(String text, Style style, float x, float characterSpacing) {
    }

    /**
     * One line of the grid; no spans is a blank line. {@code keepWithPrevious} lines move to the next page together
     * with the line before them rather than start a page alone.
     */
    record Line(List<Span> spans, float size, boolean keepWithPrevious) {

        static final Line BLANK = new Line(List.of(), PdfLayout.SIZE_3, false);

        boolean blank() {
            return spans.isEmpty();
        }

        Line keptWithPrevious() {
            return new Line(spans, size, true);
        }

        Line withSpanFirst(Span span) {
            List<Span> all = new ArrayList<>(spans.size() + 1);
            all.add(span);
            all.addAll(spans);
            return new Line(all, Math.max(size, span.style().size()), keepWithPrevious);
        }
    }

    private final FontLibrary fonts;

    Typesetter(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /** How far a character moves the pen: its glyph width plus the style's tracking. */
    float advance(int codePoint, Style style) {
        return fonts.font(style.font()).getWidthPoint(codePoint, style.size()) + style.tracking();
    }

    /** The sum of the advances: the grid cells the text occupies. */
    float advance(String text, Style style) {
        return (float) text.codePoints().mapToDouble(c -> advance(c, style)).sum();
    }

    /** The inked width: the advances without the spacing after the last character. */
    float visibleWidth(String text, Style style) {
        return text.isEmpty() ? 0 : advance(text, style) - style.tracking();
    }

    /** One line at {@code x}, not broken. */
    Line at(String text, Style style, float x) {
        return new Line(List.of(new Span(text, style, x, style.tracking())), style.size(), false);
    }

    Line centred(String text, Style style) {
        return at(text, style, (BLOCK_WIDTH - visibleWidth(text, style)) / 2);
    }

    Line flushRight(String text, Style style) {
        return at(text, style, BLOCK_WIDTH - visibleWidth(text, style));
    }

    /**
     * A paragraph broken into lines between {@code firstX} (first line) or {@code restX} and {@code right}, all
     * measured from the text block's left edge. Broken lines are justified when {@code justify}.
     */
    List<Line> wrap(List<Run> runs, float firstX, float restX, float right, boolean justify) {
        Glyphs g = new Glyphs(runs);
        List<Line> lines = new ArrayList<>();
        int i = 0;
        boolean first = true;
        while (i < g.count) {
            float x = first ? firstX : restX;
            float available = right - x;
            int j = i;
            float used = 0;
            while (j < g.count && used + g.advance[j] <= available + EPSILON) {
                used += g.advance[j];
                j++;
            }
            if (j == g.count) {
                lines.add(g.line(i, j, x, available, false));
                break;
            }
            int k = j;
            while (k > i + 1 && !LineBreaks.canBreak(g.codePoints[k - 1], g.codePoints[k])) {
                k--;
            }
            if (k == i + 1 && !LineBreaks.canBreak(g.codePoints[i], g.codePoints[k])) {
                // Nowhere to break properly (a web address longer than the line): break where the line is full.
                k = Math.max(j, i + 1);
            }
            int end = k;
            while (end > i && g.codePoints[end - 1] == ' ') {
                end--;
            }
            lines.add(g.line(i, end, x, available, justify));
            i = k;
            while (i < g.count && g.codePoints[i] == ' ') {
                i++;
            }
            first = false;
        }
        return lines;
    }

    /** The characters of a paragraph with their styles and advances. */
    private final class Glyphs {

        final int count;
        final int[] codePoints;
        final Style[] styles;
        final float[] advance;

        Glyphs(List<Run> runs) {
            int n = runs.stream().mapToInt(r -> r.text().codePointCount(0, r.text().length())).sum();
            count = n;
            codePoints = new int[n];
            styles = new Style[n];
            advance = new float[n];
            int i = 0;
            for (Run run : runs) {
                for (int c : run.text().codePoints().toArray()) {
                    // A line break or tab typed into the text is a space here: lines are the grid's to make.
                    codePoints[i] = Character.isISOControl(c) ? ' ' : c;
                    styles[i] = run.style();
                    advance[i] = Typesetter.this.advance(codePoints[i], run.style());
                    i++;
                }
            }
        }

        String text(int from, int to) {
            return new String(codePoints, from, to - from);
        }

        float width(int from, int to) {
            float w = 0;
            for (int i = from; i < to; i++) {
                w += advance[i];
            }
            return to > from ? w - styles[to - 1].tracking() : 0;
        }

        /**
         * Characters {@code from}–{@code to} as a line at {@code x}. A justified line spreads what is left of
         * {@code available} over the gaps between its characters, unless that would open it up visibly (a line cut
         * short before a long unbreakable word stays ragged).
         */
        Line line(int from, int to, float x, float available, boolean justify) {
            float used = 0;
            float size = 0;
            for (int i = from; i < to; i++) {
                used += advance[i];
                size = Math.max(size, styles[i].size());
            }
            float extra = 0;
            if (justify && to - from > 1) {
                float perGap = (available - used) / (to - from - 1);
                if (perGap > 0 && perGap < size / 4) {
                    extra = perGap;
                }
            }
            List<Span> spans = new ArrayList<>();
            float pen = x;
            int spanStart = from;
            float spanX = x;
            for (int i = from; i < to; i++) {
                if (i > spanStart && !styles[i].equals(styles[spanStart])) {
                    spans.add(new Span(text(spanStart, i), styles[spanStart], spanX,
                            styles[spanStart].tracking() + extra));
                    spanStart = i;
                    spanX = pen;
                }
                pen += advance[i] + extra;
            }
            if (to > from) {
                spans.add(new Span(text(spanStart, to), styles[spanStart], spanX, styles[spanStart].tracking() + extra));
            }
            return new Line(spans, size == 0 ? PdfLayout.SIZE_3 : size, false);
        }
    }
}
