package cn.gov.zj.jxt.green.infrastructure.document;

/**
 * The numbers of GB/T 9704-2012 《党政机关公文格式》 that the DOCX renderer and the template check use, in the
 * standard's own units (millimetres, points), with the conversions to Word's units. The bundled templates in
 * document-templates/ carry the same numbers, each with its clause.
 */
public final class Gbt9704 {

    /** 5.1: A4. */
    public static final double PAPER_WIDTH_MM = 210;
    public static final double PAPER_HEIGHT_MM = 297;

    /** 5.2.1: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, which leaves 26 mm right and 35 mm bottom. */
    public static final double MARGIN_TOP_MM = 37;
    public static final double MARGIN_BOTTOM_MM = 35;
    public static final double MARGIN_LEFT_MM = 28;
    public static final double MARGIN_RIGHT_MM = 26;
    public static final double TEXT_WIDTH_MM = 156;
    public static final double TEXT_HEIGHT_MM = 225;
    /** 5.2.1 allows 天头 and 订口 ± 1 mm; the template check allows it on every margin. */
    public static final double MARGIN_TOLERANCE_MM = 1;

    /** 5.2.4: 22 lines of 28 characters of 3号 per page. */
    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;

    /** Chinese type sizes in points: 3号 (body, 5.2.2), 2号 (titles, 7.3.1), 4号 (page numbers, 版记). */
    public static final double SIZE_3_PT = 16;
    public static final double SIZE_2_PT = 22;
    public static final double SIZE_4_PT = 14;

    /**
     * "空二字": the body's first lines (7.3.3), 附件说明 (7.3.4), the signature from the right and the date from the
     * signature's first character (7.3.5.2), in characters of the text.
     */
    public static final int INDENT_CHARS = 2;
    /** "空一字": 抄送 and the printing line from the text block's edges (7.4.2, 7.4.3), page numbers (7.5). */
    public static final int IMPRINT_INDENT_CHARS = 1;

    /** 7.2.4: the agency mark's top edge below the text block's top. */
    public static final double MARK_TOP_MM = 35;
    /** 7.2.7: the red separator below the document number. */
    public static final double RED_LINE_GAP_MM = 4;

    /** 7.4.1: the first and last rules of the 版记, and the rules between its rows. */
    public static final double IMPRINT_OUTER_RULE_MM = 0.35;
    public static final double IMPRINT_INNER_RULE_MM = 0.25;

    /** 7.5: the page number's dash line below the text block. */
    public static final double PAGE_NUMBER_GAP_MM = 7;

    /** 10.1: 信函格式. */
    public static final double LETTER_MARK_TOP_MM = 30;
    public static final double LETTER_RULE_LENGTH_MM = 170;
    public static final double LETTER_BOTTOM_RULE_MM = 20;

    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private Gbt9704() {
    }

    /** Millimetres to twentieths of a point, Word's unit for lengths. */
    public static int twips(double mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }

    public static double mm(long twips) {
        return twips / TWIPS_PER_MM;
    }

    /** Points to half-points, Word's unit for font sizes. */
    public static int halfPoints(double pt) {
        return (int) Math.round(pt * 2);
    }

    /** A rule's thickness in eighths of a point, Word's unit for borders. */
    public static int eighthPoints(double mm) {
        return (int) Math.round(mm * 72 / 25.4 * 8);
    }

    /** One character's advance on the 28-character grid: 156 mm / 28, in twips. */
    public static double charPitchTwips() {
        return twips(TEXT_WIDTH_MM) / (double) CHARS_PER_LINE;
    }

    /**
     * How many characters of the grid a text takes: one for a Chinese character or full-width punctuation, half
     * for a digit, Latin letter or space (Latin-1) and for the half-width katakana block: the standard's fonts,
     * 仿宋 and 宋体, set those half-width.
     */
    public static double widthInChars(String text) {
        return text.codePoints().mapToDouble(cp -> cp < 0x100 || (cp >= 0xFF61 && cp <= 0xFFDC) ? 0.5 : 1).sum();
    }
}
