package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLACK;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLOCK_WIDTH;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.EM_TOP;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.LINE_PITCH;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.MARGIN_LEFT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.MARGIN_TOP;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.PAGE_HEIGHT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.PAGE_WIDTH;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.RED;

import java.util.List;

import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.Head;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Span;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Style;

/**
 * The 版头 of page 1 in PDF, placed absolutely: the 文件 format's mark, number and red line (7.2), or the letter's
 * mark and double lines (10.1). Each returns where the grid of page 1 starts, the title's line.
 */
final class PdfHead {

    /** A number not yet issued (a preview): the space a clerk would fill in. */
    static final String PREVIEW_NUMBER = "〔    〕号";

    private final Typesetter type;
    private final PdfCanvas canvas;
    private final Style body = Style.grid(OfficialFont.FANGSONG, BLACK);

    PdfHead(Typesetter type, PdfCanvas canvas) {
        this.type = type;
        this.canvas = canvas;
    }

    /** 文件格式 (7.2): agency mark, two blank lines, number, the red line 4 mm below it; the title two lines on. */
    float file(Head head) {
        float markBottom = head.joint() ? jointMark(head.agencies()) : mark(head.mark(), PdfLayout.MARK_TOP);
        float numberTop = markBottom + PdfLayout.LINES_MARK_TO_NUMBER * LINE_PITCH;
        canvas.draw(type.centred(number(head), body), numberTop);
        // The line's distance is from the number's lower edge, the bottom of its 3号 em box.
        canvas.rectangle(0, numberTop + PdfLayout.SIZE_3 + PdfLayout.RED_LINE_BELOW_NUMBER, BLOCK_WIDTH,
                PdfLayout.RED_LINE_THICKNESS, RED);
        return numberTop + PdfLayout.LINES_NUMBER_TO_TITLE * LINE_PITCH;
    }

    /**
     * 信函格式 (10.1): the mark 30 mm from the paper's top, a red double line (thick over thin) 4 mm below it and one
     * (thin over thick) 20 mm above the paper's bottom, both 170 mm long and centred on the page; the number flush
     * right 7/8 of a character under the first line; the title two lines below the number.
     */
    float letter(Head head) {
        float markBottom = mark(head.mark(), PdfLayout.LETTER_MARK_TOP_ON_PAPER - MARGIN_TOP);
        float lineTop = markBottom + PdfLayout.LETTER_MARK_TO_LINE;
        float lineBottom = doubleLine(lineTop, true);
        float bottomLineBottom = PAGE_HEIGHT - PdfLayout.LETTER_BOTTOM_LINE_ON_PAPER - MARGIN_TOP;
        doubleLine(bottomLineBottom - doubleLineHeight(), false);
        float numberTop = lineBottom + PdfLayout.LETTER_NUMBER_GAP;
        canvas.draw(type.flushRight(number(head), body), numberTop);
        return numberTop + PdfLayout.LINES_NUMBER_TO_TITLE * LINE_PITCH;
    }

    private static String number(Head head) {
        return head.number() != null ? head.number() : PREVIEW_NUMBER;
    }

    /**
     * The agency mark on one line, centred, red 小标宋, its top at {@code markTop}: as large as GB/T 9704 allows
     * (characters up to 22 mm wide and 15 mm high) and narrowed to fit the text block.
     *
     * @return the mark's bottom edge
     */
    private float mark(String text, float markTop) {
        Style unit = Style.plain(OfficialFont.XIAOBIAOSONG, 1);
        float characters = type.advance(text, unit);
        MarkSize size = MarkSize.fitting(characters);
        float width = characters * size.charWidth();
        drawMark(text, (BLOCK_WIDTH - width) / 2, markTop, size, 0);
        return markTop + size.height();
    }

    /**
     * 联合行文 (7.2.4): the agencies' names stacked, lead first, each spread to the longest name's width, and 文件 to
     * their right, centred on the stack's height.
     *
     * @return the mark's bottom edge
     */
    private float jointMark(List<String> agencies) {
        Style unit = Style.plain(OfficialFont.XIAOBIAOSONG, 1);
        float longest = (float) agencies.stream().mapToDouble(a -> type.advance(a, unit)).max().orElse(1);
        float suffix = type.advance(Head.FILE_MARK_SUFFIX, unit);
        // The names, one character's space, then 文件.
        MarkSize size = MarkSize.fitting(longest + 1 + suffix);
        float namesWidth = longest * size.charWidth();
        float left = (BLOCK_WIDTH - (longest + 1 + suffix) * size.charWidth()) / 2;
        float gap = PdfLayout.JOINT_MARK_LINE_GAP * size.height();
        float lineTop = PdfLayout.MARK_TOP;
        for (String name : agencies) {
            int count = name.codePointCount(0, name.length());
            float natural = type.advance(name, unit) * size.charWidth();
            // Character spacing is scaled with the glyphs; divide it back out.
            float spread = count > 1 ? (namesWidth - natural) / (count - 1) / size.scale() : 0;
            drawMark(name, left, lineTop, size, spread);
            lineTop += size.height() + gap;
        }
        float stackHeight = agencies.size() * size.height() + (agencies.size() - 1) * gap;
        drawMark(Head.FILE_MARK_SUFFIX, left + namesWidth + size.charWidth(),
                PdfLayout.MARK_TOP + (stackHeight - size.height()) / 2, size, 0);
        return PdfLayout.MARK_TOP + stackHeight;
    }

    /** The size of the mark's characters: {@code height} is the type size, {@code scale} the horizontal scaling. */
    private record MarkSize(float height, float scale) {

        /** For a mark {@code characters} full-width characters wide. */
        static MarkSize fitting(float characters) {
            float charWidth = Math.min(PdfLayout.MARK_MAX_CHAR_WIDTH, BLOCK_WIDTH / characters);
            float height = Math.min(PdfLayout.MARK_MAX_CHAR_HEIGHT, charWidth / PdfLayout.MARK_MIN_HORIZONTAL_SCALE);
            return new MarkSize(height, charWidth / height);
        }

        float charWidth() {
            return height * scale;
        }
    }

    private void drawMark(String text, float x, float markTop, MarkSize size, float characterSpacing) {
        Style style = new Style(OfficialFont.XIAOBIAOSONG, size.height(), RED, characterSpacing);
        canvas.text(new Span(text, style, x, characterSpacing), markTop + EM_TOP * size.height(), size.scale());
    }

    private static float doubleLineHeight() {
        return PdfLayout.LETTER_THICK_LINE + PdfLayout.LETTER_LINE_GAP + PdfLayout.LETTER_THIN_LINE;
    }

    /** A red double line of the letter format, 170 mm centred on the page; returns its bottom edge. */
    private float doubleLine(float lineTop, boolean thickFirst) {
        float x = (PAGE_WIDTH - PdfLayout.LETTER_LINE_LENGTH) / 2 - MARGIN_LEFT;
        float first = thickFirst ? PdfLayout.LETTER_THICK_LINE : PdfLayout.LETTER_THIN_LINE;
        float second = thickFirst ? PdfLayout.LETTER_THIN_LINE : PdfLayout.LETTER_THICK_LINE;
        canvas.rectangle(x, lineTop, PdfLayout.LETTER_LINE_LENGTH, first, RED);
        float secondTop = lineTop + first + PdfLayout.LETTER_LINE_GAP;
        canvas.rectangle(x, secondTop, PdfLayout.LETTER_LINE_LENGTH, second, RED);
        return secondTop + second;
    }
}
