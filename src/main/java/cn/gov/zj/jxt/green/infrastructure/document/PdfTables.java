package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLOCK_WIDTH;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.LINE_PITCH;

import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Annex tables as the PDF sets them: as wide as the text block, column widths relative as given, in 小4号 (header in
 * 黑体), a row at least a grid line high. {@link LayoutPlanner} measures the rows with the same cells, so the rows it
 * puts on a page are the rows that fit there.
 */
final class PdfTables {

    private final FontLibrary fonts;

    PdfTables(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /** The header row, then the body rows; laid out to the text block's width, so its row heights are known. */
    PdfPTable table(List<String> columns, List<Integer> widths, List<List<String>> rows) {
        float[] relative = new float[widths.size()];
        for (int i = 0; i < relative.length; i++) {
            relative[i] = widths.get(i);
        }
        PdfPTable table = new PdfPTable(relative);
        table.setTotalWidth(BLOCK_WIDTH);
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        Font header = new Font(fonts.font(OfficialFont.HEITI), PdfLayout.SIZE_TABLE);
        Font cell = new Font(fonts.font(OfficialFont.FANGSONG), PdfLayout.SIZE_TABLE);
        for (String column : columns) {
            table.addCell(cell(column, header));
        }
        for (List<String> row : rows) {
            for (String value : row) {
                table.addCell(cell(value, cell));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(LineBreaks.SPLIT_CHARACTER);
        PdfPCell cell = new PdfPCell(new Phrase(chunk));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setLeading(0, PdfLayout.TABLE_LEADING);
        cell.setPadding(PdfLayout.TABLE_CELL_PADDING);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setBorderWidth(PdfLayout.TABLE_BORDER);
        // Empty rows of a form to fill in keep the height of a line of the grid.
        cell.setMinimumHeight(LINE_PITCH);
        return cell;
    }
}
