package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.EM_TOP;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.MARGIN_LEFT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.MARGIN_TOP;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.PAGE_HEIGHT;

import java.awt.Color;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Line;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Span;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Style;

/**
 * Draws on the current page at positions measured from the text block's top-left corner, downwards: text, filled
 * rectangles (rules) and rows of tables. Every GB/T 9704 distance is then a number in {@link PdfLayout} rather than
 * an outcome of paragraph spacing.
 */
final class PdfCanvas {

    private final FontLibrary fonts;
    private final PdfWriter writer;

    PdfCanvas(FontLibrary fonts, PdfWriter writer) {
        this.fonts = fonts;
        this.writer = writer;
    }

    /** Paper y of a distance below the text block's top. */
    static float y(float belowBlockTop) {
        return PAGE_HEIGHT - MARGIN_TOP - belowBlockTop;
    }

    /** Draws a line whose characters' em boxes start at {@code lineTop}. */
    void draw(Line line, float lineTop) {
        for (Span span : line.spans()) {
            text(span, lineTop + EM_TOP * span.style().size(), 1);
        }
    }

    void text(Span span, float baseline, float horizontalScale) {
        Style style = span.style();
        PdfContentByte canvas = writer.getDirectContent();
        canvas.saveState();
        canvas.beginText();
        canvas.setFontAndSize(fonts.font(style.font()), style.size());
        canvas.setCharacterSpacing(span.characterSpacing());
        if (horizontalScale != 1) {
            canvas.setHorizontalScaling(horizontalScale * 100);
        }
        canvas.setColorFill(style.color());
        if (fonts.syntheticBold(style.font())) {
            // The stand-in for 小标宋 is a light 宋体: stroking the outlines as well as filling them gives the weight.
            canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            canvas.setLineWidth(style.size() * PdfLayout.SYNTHETIC_BOLD);
            canvas.setColorStroke(style.color());
        }
        canvas.setTextMatrix(MARGIN_LEFT + span.x(), y(baseline));
        canvas.showText(span.text());
        canvas.endText();
        canvas.restoreState();
    }

    /** A filled rectangle: rules are drawn as areas so that their edges are where the standard puts them. */
    void rectangle(float x, float rectangleTop, float width, float height, Color color) {
        PdfContentByte canvas = writer.getDirectContent();
        canvas.saveState();
        canvas.setColorFill(color);
        canvas.rectangle(MARGIN_LEFT + x, y(rectangleTop + height), width, height);
        canvas.fill();
        canvas.restoreState();
    }

    /**
     * Rows {@code from} to {@code to} (exclusive) of a table laid out to the text block's width, the first at
     * {@code rowsTop}, across the text block.
     *
     * @return the bottom of the last row
     */
    float rows(PdfPTable table, int from, int to, float rowsTop) {
        table.writeSelectedRows(from, to, MARGIN_LEFT, y(rowsTop), writer.getDirectContent());
        float bottom = rowsTop;
        for (int row = from; row < to; row++) {
            bottom += table.getRowHeight(row);
        }
        return bottom;
    }
}
