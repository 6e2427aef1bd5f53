package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLOCK_WIDTH;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.CHAR_PITCH;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breaks text into lines of the text block and places each character horizontally. Vertical placement is the
 * composer's: every line here takes one line of the grid.
 *
 * <p>Text of the grid size (3号) advances by exactly one grid character ({@link PdfLayout#CHAR_PITCH}) per full-width
 * character, so 28 fill a line (5.2.4); a broken line is justified to the text block's right edge, and a paragraph's
 * last line is not.
 */
final class Typesetter {

    /** Tolerance for rounding when 28 grid characters fill exactly 156 mm. */
    private static final float EPSILON = 0.01f;

    /** What one more title line costs, in the units of {@link #breakPenalty}. */
    private static final double EXTRA_TITLE_LINE = 2;

    /** Terms of the portal's documents that a title line should not split. */
    private static final List<String> TERMS = List.of("工业园区", "绿色低碳", "绿色制造", "动态管理", "供应链", "实施细则",
            "管理办法", "名单", "工厂", "园区", "企业", "公示", "通知", "推荐", "评价", "第三方", "经济和信息化厅",
            "发展和改革委员会", "生态环境厅", "浙江省");

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

    /**
     * A title centred on as few lines as it needs (or one more, if that breaks it better), its lines of similar length
     * (GB/T 9704 7.3.1 asks for a trapezoid or diamond and for words kept whole). Without a dictionary, "whole" is
     * approximated: breaks fall preferably at the spaces between agency names, before 关于, around 《》 and before
     * 的通知; not inside an agency's name, inside brackets or inside a term of the portal's own vocabulary.
     */
    List<Line> title(String text, Style style) {
        Glyphs g = new Glyphs(List.of(new Run(text, style)));
        if (g.width(0, g.count) <= BLOCK_WIDTH + EPSILON) {
            return List.of(centred(text, style));
        }
        List<Line> greedy = wrap(List.of(new Run(text, style)), 0, 0, BLOCK_WIDTH, false);
        TitleBreaks best = balancedBreaks(g, text, greedy.size(), style.size());
        TitleBreaks more = balancedBreaks(g, text, greedy.size() + 1, style.size());
        if (more.cost() + EXTRA_TITLE_LINE < best.cost()) {
            best = more;
        }
        if (best.cost() == Double.POSITIVE_INFINITY) {
            // Only a forced break fits it (an unbreakable run longer than a line): centre the plain wrap.
            return greedy.stream().map(l -> centred(l.spans().get(0).text(), style)).toList();
        }
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int end : best.ends()) {
            int from = skipSpaces(g, start);
            int to = end;
            while (to > from && g.codePoints[to - 1] == ' ') {
                to--;
            }
            lines.add(centred(g.text(from, to), style));
            start = end;
        }
        return lines;
    }

    private record TitleBreaks(List<Integer> ends, double cost) {
    }

    /**
     * The line ends (exclusive; the last is the text's end) of {@code lineCount} lines that minimise unevenness plus
     * break penalties; infinite cost when the text cannot be set on that many lines.
     */
    private TitleBreaks balancedBreaks(Glyphs g, String text, int lineCount, float em) {
        int n = g.count;
        float target = g.width(0, n) / lineCount;
        int issuerEnd = issuerEnd(text);
        double[][] cost = new double[lineCount + 1][n + 1];
        int[][] from = new int[lineCount + 1][n + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int line = 1; line <= lineCount; line++) {
            for (int end = 1; end <= n; end++) {
                if (end < n && !breakable(g, end)) {
                    continue;
                }
                double penalty = end < n ? breakPenalty(g, end, issuerEnd) : 0;
                for (int start = 0; start < end; start++) {
                    if (cost[line - 1][start] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    int s = skipSpaces(g, start);
                    int e = end;
                    while (e > s && g.codePoints[e - 1] == ' ') {
                        e--;
                    }
                    if (e <= s) {
                        continue;
                    }
                    float width = g.width(s, e);
                    if (width > BLOCK_WIDTH + EPSILON) {
                        continue;
                    }
                    double uneven = (width - target) / em;
                    double c = cost[line - 1][start] + uneven * uneven / 2 + penalty;
                    if (c < cost[line][end]) {
                        cost[line][end] = c;
                        from[line][end] = start;
                    }
                }
            }
        }
        if (cost[lineCount][n] == Double.POSITIVE_INFINITY) {
            return new TitleBreaks(List.of(n), Double.POSITIVE_INFINITY);
        }
        List<Integer> ends = new ArrayList<>();
        int end = n;
        for (int line = lineCount; line > 0; line--) {
            ends.add(0, end);
            end = from[line][end];
        }
        return new TitleBreaks(ends, cost[lineCount][n]);
    }

    /** Where the issuing agencies' names end: the first 关于 of a title that has one, else 0. */
    private static int issuerEnd(String text) {
        int at = text.indexOf("关于");
        return at < 0 ? 0 : text.codePointCount(0, at);
    }

    private static boolean breakable(Glyphs g, int at) {
        return LineBreaks.canBreak(g.codePoints[at - 1], g.codePoints[at]) || g.codePoints[at] == ' ';
    }

    /** Lower is better; in the same units as the unevenness (characters², halved). */
    private static double breakPenalty(Glyphs g, int at, int issuerEnd) {
        int before = g.codePoints[at - 1];
        int after = g.codePoints[at];
        if (before == ' ' || after == ' ') {
            return -6;
        }
        if (at < issuerEnd) {
            // Inside the issuers' names (a joint title lists them separated by spaces).
            return 20;
        }
        String rest = g.text(at, g.count);
        double penalty = 0;
        if (rest.startsWith("关于")) {
            penalty -= 4;
        }
        if (after == '《' || before == '》') {
            penalty -= 2;
        }
        if (rest.matches("的(通知|公示|通告|公告|函|意见|批复|报告|请示|决定)")) {
            penalty -= 3;
        }
        penalty += 4 * g.bracketDepth(at);
        if (Character.isDigit(before) || Character.isDigit(after)) {
            // A number stays with what it counts: 2025年, 第3批.
            penalty += 6;
        }
        String around = g.text(Math.max(0, at - 7), Math.min(g.count, at + 7));
        int offset = at - Math.max(0, at - 7);
        for (String term : TERMS) {
            for (int i = around.indexOf(term); i >= 0; i = around.indexOf(term, i + 1)) {
                if (i < offset && offset < i + term.length()) {
                    penalty += 6;
                }
            }
        }
        return penalty;
    }

    private static int skipSpaces(Glyphs g, int at) {
        int i = at;
        while (i < g.count && g.codePoints[i] == ' ') {
            i++;
        }
        return i;
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

        int bracketDepth(int at) {
            int depth = 0;
            for (int i = 0; i < at; i++) {
                int c = codePoints[i];
                if (c == '（' || c == '《' || c == '〔' || c == '“' || c == '(') {
                    depth++;
                } else if ((c == '）' || c == '》' || c == '〕' || c == '”' || c == ')') && depth > 0) {
                    depth--;
                }
            }
            return depth;
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
