package cn.gov.zj.jxt.green.infrastructure.document;

import java.awt.Color;

/**
 * The numbers of GB/T 9704-2012 《党政机关公文格式》 in PDF units (points, 1/72 inch), in one place. Clause numbers in
 * brackets. Vertical distances inside the text block (版心) are measured downwards from its top edge.
 */
final class PdfLayout {

    /** Points per millimetre. */
    static final float MM = 72f / 25.4f;

    // Paper and text block (5.1, 5.2.1)
    static final float PAGE_WIDTH = mm(210);
    static final float PAGE_HEIGHT = mm(297);
    /** 天头: paper top to text block top, 37 mm. */
    static final float MARGIN_TOP = mm(37);
    /** 订口: paper left to text block left, 28 mm. */
    static final float MARGIN_LEFT = mm(28);
    static final float BLOCK_WIDTH = mm(156);
    static final float BLOCK_HEIGHT = mm(225);
    static final float MARGIN_RIGHT = PAGE_WIDTH - MARGIN_LEFT - BLOCK_WIDTH;
    static final float MARGIN_BOTTOM = PAGE_HEIGHT - MARGIN_TOP - BLOCK_HEIGHT;

    // Type sizes (号 in points)
    /** 2号: titles. */
    static final float SIZE_2 = 22;
    /** 3号: the default text. */
    static final float SIZE_3 = 16;
    /** 4号: 版记 and page numbers. */
    static final float SIZE_4 = 14;
    /** 小4号: text in annex tables, smaller than the body so that long lists stay readable on few pages. */
    static final float SIZE_TABLE = 12;

    // The grid (5.2.2–5.2.4): 22 lines of 28 characters of 3号 fill the text block.
    static final int LINES_PER_PAGE = 22;
    static final int CHARS_PER_LINE = 28;
    /** One line: a 3号 character and 7/8 of one; fixed so that 22 lines fill 225 mm (≈ 28.95 pt). */
    static final float LINE_PITCH = BLOCK_HEIGHT / LINES_PER_PAGE;
    /** One character of the grid: 28 fill 156 mm (≈ 15.79 pt, a little under 16 pt: 3号 is spaced tighter). */
    static final float CHAR_PITCH = BLOCK_WIDTH / CHARS_PER_LINE;
    /**
     * Top of the ideographic em box above the baseline, as a fraction of the type size (CJK fonts put it at 880 of
     * 1000 units). Text is hung from the top of its line: a line's characters start at the line's top edge.
     */
    static final float EM_TOP = 0.88f;

    // 发文机关标志 (7.2.4)
    /** Top of the agency mark below the text block's top. */
    static final float MARK_TOP = mm(35);
    /** The largest mark character GB/T 9704 allows, 22 mm wide and 15 mm high. */
    static final float MARK_MAX_CHAR_WIDTH = mm(22);
    static final float MARK_MAX_CHAR_HEIGHT = mm(15);
    /** A joint mark's names are narrowed to fit the width, but no narrower than this (then smaller). */
    static final float MARK_MIN_HORIZONTAL_SCALE = 0.85f;
    /** Space between the stacked names of a joint mark, as a fraction of their height. */
    static final float JOINT_MARK_LINE_GAP = 0.3f;

    // 发文字号 and the red separator (7.2.5, 7.2.7)
    /** The number is two blank lines below the mark. */
    static final int LINES_MARK_TO_NUMBER = 2;
    static final float RED_LINE_BELOW_NUMBER = mm(4);
    static final float RED_LINE_THICKNESS = mm(0.5f);
    /** The title is two blank lines below the red line, which sits within the number's line. */
    static final int LINES_NUMBER_TO_TITLE = 3;

    // Body (7.3.3) and sign-off (7.3.5)
    static final float PARAGRAPH_INDENT = 2 * CHAR_PITCH;
    /** Signature 2 characters in from the right; the date starts 2 characters right of the signature (7.3.5.2). */
    static final float SIGNATURE_RIGHT_INDENT = 2 * CHAR_PITCH;
    static final float DATE_SHIFT = 2 * CHAR_PITCH;

    // 版记 (7.4)
    static final float IMPRINT_OUTER_RULE = mm(0.35f);
    static final float IMPRINT_INNER_RULE = mm(0.25f);
    /** 抄送 and 印发 are one 4号 character in from the text block's edges. */
    static final float IMPRINT_INDENT = SIZE_4;
    /** Space kept between the last text or table and the 版记's first rule; less, and the 版记 takes a new page. */
    static final float IMPRINT_MIN_GAP = LINE_PITCH / 2;

    // Page numbers (7.5)
    /** The page number line's top 7 mm below the text block. */
    static final float PAGE_NUMBER_GAP = mm(7);
    /** Odd pages right, even pages left, one character in. */
    static final float PAGE_NUMBER_INDENT = SIZE_4;

    // 信函格式 (10.1)
    /** Agency mark 30 mm below the paper's top edge (above the text block). */
    static final float LETTER_MARK_TOP_ON_PAPER = mm(30);
    static final float LETTER_MARK_TO_LINE = mm(4);
    static final float LETTER_LINE_LENGTH = mm(170);
    /** The lower double line 20 mm above the paper's bottom edge. */
    static final float LETTER_BOTTOM_LINE_ON_PAPER = mm(20);
    static final float LETTER_THICK_LINE = mm(0.8f);
    static final float LETTER_THIN_LINE = mm(0.3f);
    static final float LETTER_LINE_GAP = mm(0.6f);
    /** The number 7/8 of a 3号 character below the first double line, flush right. */
    static final float LETTER_NUMBER_GAP = SIZE_3 * 7 / 8;

    // Colours and weights
    /** The red of the mark and lines; GB/T 9704 only says red. */
    static final Color RED = new Color(255, 0, 0);
    static final Color BLACK = Color.BLACK;
    /** Stroke width of the synthetic bold for the 小标宋 stand-in, as a fraction of the type size. */
    static final float SYNTHETIC_BOLD = 0.03f;

    // Annex tables (7.3.7: annexes are formatted like the body)
    static final float TABLE_BORDER = 0.5f;
    static final float TABLE_CELL_PADDING = 4;
    static final float TABLE_LEADING = 1.3f;
    /** Space kept between a table and the text line after it. */
    static final float TABLE_GAP = 4;

    private PdfLayout() {
    }

    static float mm(float millimetres) {
        return millimetres * MM;
    }
}
