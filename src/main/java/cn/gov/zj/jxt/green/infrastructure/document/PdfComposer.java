package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLACK;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLOCK_HEIGHT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLOCK_WIDTH;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.EM_TOP;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.LINE_PITCH;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.MARGIN_LEFT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.MARGIN_TOP;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.PAGE_HEIGHT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.PAGE_WIDTH;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.RED;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.BodyParagraph;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.document.content.Imprint;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Line;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Run;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Span;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Style;

/**
 * Lays out one document onto the pages of an open OpenPDF document; one instance per render. Everything is drawn
 * at computed positions on the page's direct content, so each GB/T 9704 distance is a number in {@link PdfLayout}
 * rather than an outcome of paragraph spacing.
 *
 * <p>Vertically, text sits on the grid of 22 lines (5.2.3), each line hanging from its top edge. The page-1 header
 * (agency mark, number, red line) is placed absolutely; the grid of page 1 then starts at the title. Tables are not
 * on the grid; text after a table resumes on the next grid line.
 */
final class PdfComposer {

    /** A number not yet issued (a preview): the space a clerk would fill in. */
    static final String PREVIEW_NUMBER = "〔    〕号";

    private final FontLibrary fonts;
    private final Typesetter type;
    private final DocumentContent content;
    private final Document document;
    private final PdfWriter writer;

    private final Style body;
    private final Style title;

    /** Where line 0 of the grid is on the current page, below the text block's top. */
    private float origin;
    /** The first free position on the current page, below the text block's top. */
    private float top;

    PdfComposer(FontLibrary fonts, DocumentContent content, Document document, PdfWriter writer) {
        this.fonts = fonts;
        this.type = new Typesetter(fonts);
        this.content = content;
        this.document = document;
        this.writer = writer;
        this.body = Style.grid(OfficialFont.FANGSONG, BLACK);
        this.title = Style.plain(OfficialFont.XIAOBIAOSONG, PdfLayout.SIZE_2);
    }

    void compose() {
        switch (content.format()) {
            case FILE -> fileHeader();
            case LETTER -> letterHeader();
            case PLAIN -> {
                origin = 0;
                top = 0;
            }
        }
        placeLines(mainText());
        for (Annex annex : content.annexes()) {
            if (annex.rendered()) {
                annex(annex);
            }
        }
        if (content.imprint() != null) {
            imprint(content.imprint());
        }
    }

    // ----- Page 1 headers -------------------------------------------------------------------------------------

    /** 文件格式 (7.2): agency mark, two blank lines, number, the red line 4 mm below it; the title two lines on. */
    private void fileHeader() {
        float markBottom = content.joint()
                ? jointMark(content.agencies())
                : mark(content.agencies().get(0).name() + "文件", PdfLayout.MARK_TOP);
        float numberTop = markBottom + PdfLayout.LINES_MARK_TO_NUMBER * LINE_PITCH;
        draw(type.centred(number(), body), numberTop);
        // The line's distance is from the number's lower edge, the bottom of its 3号 em box.
        rectangle(0, numberTop + PdfLayout.SIZE_3 + PdfLayout.RED_LINE_BELOW_NUMBER, BLOCK_WIDTH,
                PdfLayout.RED_LINE_THICKNESS, RED);
        origin = numberTop + PdfLayout.LINES_NUMBER_TO_TITLE * LINE_PITCH;
        top = origin;
    }

    /**
     * 信函格式 (10.1): the mark 30 mm from the paper's top, a red double line (thick over thin) 4 mm below it and one
     * (thin over thick) 20 mm above the paper's bottom, both 170 mm long and centred on the page; the number flush
     * right 7/8 of a character under the first line; the title two lines below the number.
     */
    private void letterHeader() {
        float markBottom = mark(content.agencies().get(0).name(), PdfLayout.LETTER_MARK_TOP_ON_PAPER - MARGIN_TOP);
        float lineTop = markBottom + PdfLayout.LETTER_MARK_TO_LINE;
        float lineBottom = doubleLine(lineTop, true);
        float bottomLineBottom = PAGE_HEIGHT - PdfLayout.LETTER_BOTTOM_LINE_ON_PAPER - MARGIN_TOP;
        doubleLine(bottomLineBottom - doubleLineHeight(), false);
        float numberTop = lineBottom + PdfLayout.LETTER_NUMBER_GAP;
        draw(type.flushRight(number(), body), numberTop);
        origin = numberTop + PdfLayout.LINES_NUMBER_TO_TITLE * LINE_PITCH;
        top = origin;
    }

    private String number() {
        return content.number() != null ? content.number() : PREVIEW_NUMBER;
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
    private float jointMark(List<Agency> agencies) {
        Style unit = Style.plain(OfficialFont.XIAOBIAOSONG, 1);
        float longest = (float) agencies.stream().mapToDouble(a -> type.advance(a.name(), unit)).max().orElse(1);
        float suffix = type.advance("文件", unit);
        // The names, one character's space, then 文件.
        MarkSize size = MarkSize.fitting(longest + 1 + suffix);
        float namesWidth = longest * size.charWidth();
        float left = (BLOCK_WIDTH - (longest + 1 + suffix) * size.charWidth()) / 2;
        float gap = PdfLayout.JOINT_MARK_LINE_GAP * size.height();
        float lineTop = PdfLayout.MARK_TOP;
        for (Agency agency : agencies) {
            String name = agency.name();
            int count = name.codePointCount(0, name.length());
            float natural = type.advance(name, unit) * size.charWidth();
            // Character spacing is scaled with the glyphs; divide it back out.
            float spread = count > 1 ? (namesWidth - natural) / (count - 1) / size.scale() : 0;
            drawMark(name, left, lineTop, size, spread);
            lineTop += size.height() + gap;
        }
        float stackHeight = agencies.size() * size.height() + (agencies.size() - 1) * gap;
        drawMark("文件", left + namesWidth + size.charWidth(), PdfLayout.MARK_TOP + (stackHeight - size.height()) / 2,
                size, 0);
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
        text(new Span(text, style, x, characterSpacing), markTop + EM_TOP * size.height(), size.scale());
    }

    private static float doubleLineHeight() {
        return PdfLayout.LETTER_THICK_LINE + PdfLayout.LETTER_LINE_GAP + PdfLayout.LETTER_THIN_LINE;
    }

    /** A red double line of the letter format, 170 mm centred on the page; returns its bottom edge. */
    private float doubleLine(float lineTop, boolean thickFirst) {
        float x = (PAGE_WIDTH - PdfLayout.LETTER_LINE_LENGTH) / 2 - MARGIN_LEFT;
        float first = thickFirst ? PdfLayout.LETTER_THICK_LINE : PdfLayout.LETTER_THIN_LINE;
        float second = thickFirst ? PdfLayout.LETTER_THIN_LINE : PdfLayout.LETTER_THICK_LINE;
        rectangle(x, lineTop, PdfLayout.LETTER_LINE_LENGTH, first, RED);
        float secondTop = lineTop + first + PdfLayout.LETTER_LINE_GAP;
        rectangle(x, secondTop, PdfLayout.LETTER_LINE_LENGTH, second, RED);
        return secondTop + second;
    }

    // ----- The main text: title to date ------------------------------------------------------------------------

    private List<Line> mainText() {
        List<Line> lines = new ArrayList<>(type.title(content.title(), title));
        lines.add(Line.BLANK);
        // 主送机关 (7.3.2): flush left, ends with a full-width colon; 公告 and 公示 have none.
        if (content.recipients() != null && content.format() != DocumentFormat.PLAIN) {
            String recipients = content.recipients().strip();
            if (!recipients.endsWith("：")) {
                recipients += "：";
            }
            lines.addAll(type.wrap(List.of(new Run(recipients, body)), 0, 0, BLOCK_WIDTH, true));
        }
        boolean afterHeading = false;
        for (BodyParagraph paragraph : content.paragraphs()) {
            List<Line> paragraphLines = type.wrap(runs(paragraph), PdfLayout.PARAGRAPH_INDENT, 0, BLOCK_WIDTH, true);
            if (afterHeading && !paragraphLines.isEmpty()) {
                // A heading standing alone must not end a page.
                paragraphLines.set(0, paragraphLines.get(0).keptWithPrevious());
            }
            lines.addAll(paragraphLines);
            afterHeading = paragraph.level() != BodyParagraph.Level.TEXT && paragraph.rest().isEmpty();
        }
        if (!content.annexes().isEmpty()) {
            // 7.3.5.5: 附件说明 belongs to the sign-off, which never stands on a page without the body's last line.
            lines.add(Line.BLANK.keptWithPrevious());
            annexNote().forEach(line -> lines.add(line.keptWithPrevious()));
        }
        lines.addAll(signOff());
        return lines;
    }

    /** 7.3.3: headings 一、 in 黑体 and （一） in 楷体, only their lead; 1. and （1） and the rest in 仿宋. */
    private List<Run> runs(BodyParagraph paragraph) {
        OfficialFont leadFont = switch (paragraph.level()) {
            case FIRST -> OfficialFont.HEITI;
            case SECOND -> OfficialFont.KAITI;
            default -> OfficialFont.FANGSONG;
        };
        List<Run> runs = new ArrayList<>(2);
        if (!paragraph.lead().isEmpty()) {
            runs.add(new Run(paragraph.lead(), Style.grid(leadFont, BLACK)));
        }
        if (!paragraph.rest().isEmpty()) {
            runs.add(new Run(paragraph.rest(), body));
        }
        return runs;
    }

    /**
     * 附件说明 (7.3.4): indented two characters, 附件： then the names, numbered 1. 2. … when there are several; later
     * items under the first item's number, a long name's next line under its first character; no closing punctuation.
     */
    private List<Line> annexNote() {
        String head = "附件：";
        float nameColumn = PdfLayout.PARAGRAPH_INDENT + type.advance(head, body);
        boolean numbered = content.annexes().size() > 1;
        List<Line> lines = new ArrayList<>();
        for (Annex annex : content.annexes()) {
            String label = numbered ? annex.number() + "." : "";
            float textColumn = nameColumn + type.advance(label, body);
            List<Line> item = type.wrap(List.of(new Run(label + annex.title().strip(), body)), nameColumn, textColumn,
                    BLOCK_WIDTH, true);
            if (lines.isEmpty()) {
                item.set(0, item.get(0).withSpanFirst(new Span(head, body, PdfLayout.PARAGRAPH_INDENT,
                        body.tracking())));
            }
            lines.addAll(item);
        }
        return lines;
    }

    /**
     * Signature and date without a seal (7.3.5.2): one blank line, the signature two characters in from the right,
     * the date on the next line starting two characters right of the signature's first character; a date longer than
     * that ends two characters in and pushes the signature left. Joint issue: each agency on its own line, lead first,
     * right-aligned. The block moves to the next page only with the text line before it, so no page is signature
     * alone (no 此页无正文).
     */
    private List<Line> signOff() {
        String date = DocumentContent.chineseDate(content.date());
        float right = BLOCK_WIDTH - PdfLayout.SIGNATURE_RIGHT_INDENT;
        float signatureWidth = (float) content.agencies().stream()
                .mapToDouble(a -> type.visibleWidth(a.name(), body)).max().orElse(0);
        float dateWidth = type.visibleWidth(date, body);
        float signatureLeft = right - signatureWidth;
        float dateLeft = signatureLeft + PdfLayout.DATE_SHIFT;
        if (dateLeft + dateWidth > right) {
            dateLeft = right - dateWidth;
            signatureLeft = dateLeft - PdfLayout.DATE_SHIFT;
        }
        List<Line> lines = new ArrayList<>();
        lines.add(Line.BLANK.keptWithPrevious());
        for (Agency agency : content.agencies()) {
            float x = signatureLeft + signatureWidth - type.visibleWidth(agency.name(), body);
            lines.add(type.at(agency.name(), body, x).keptWithPrevious());
        }
        lines.add(type.at(date, body, dateLeft).keptWithPrevious());
        return lines;
    }

    // ----- Annexes ---------------------------------------------------------------------------------------------

    /**
     * 7.3.7: each annex on a new page; 附件N in 3号黑体 on the first line, flush left; its title centred on the third
     * line; then its text and tables. Page numbers continue.
     */
    private void annex(Annex annex) {
        newPage();
        boolean numbered = content.annexes().size() > 1;
        List<Line> heading = new ArrayList<>();
        heading.add(type.at(numbered ? "附件" + annex.number() : "附件", Style.grid(OfficialFont.HEITI, BLACK), 0));
        heading.add(Line.BLANK);
        heading.addAll(type.title(annex.title(), title));
        heading.add(Line.BLANK);
        placeLines(heading);
        List<AnnexBlock> blocks = annex.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            AnnexBlock block = blocks.get(i);
            if (block instanceof AnnexBlock.Text text) {
                List<Line> lines = type.wrap(List.of(new Run(text.text(), body)), 0, 0, BLOCK_WIDTH, true);
                AnnexBlock next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                if (next instanceof AnnexBlock.Table table) {
                    keepCaptionWithTable(lines.size(), table(table));
                }
                placeLines(lines);
            } else if (block instanceof AnnexBlock.Table table) {
                placeTable(table(table));
            }
        }
    }

    /** A line of text introducing a table goes to the next page if the table's header and first row would not. */
    private void keepCaptionWithTable(int captionLines, PdfPTable table) {
        float needed = captionLines * LINE_PITCH + table.getRowHeight(0)
                + (table.size() > 1 ? table.getRowHeight(1) : 0);
        if (nextLineTop() + needed > BLOCK_HEIGHT) {
            newPage();
        }
    }

    /**
     * A table as wide as the text block, column widths relative as given, in 小4号 (header in 黑体). The header row
     * repeats on every page the table runs over; a row that does not fit moves whole to the next page.
     */
    private PdfPTable table(AnnexBlock.Table model) {
        float[] widths = new float[model.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = model.widths().get(i);
        }
        PdfPTable table = new PdfPTable(widths);
        table.setTotalWidth(BLOCK_WIDTH);
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        table.setSplitLate(true);
        Font header = new Font(fonts.font(OfficialFont.HEITI), PdfLayout.SIZE_TABLE);
        Font cell = new Font(fonts.font(OfficialFont.FANGSONG), PdfLayout.SIZE_TABLE);
        for (String column : model.columns()) {
            table.addCell(cell(column, header));
        }
        for (List<String> row : model.rows()) {
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

    private void placeTable(PdfPTable table) {
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.addElement(table);
        int pages = 0;
        while (true) {
            column.setSimpleColumn(MARGIN_LEFT, y(BLOCK_HEIGHT), MARGIN_LEFT + BLOCK_WIDTH, y(top));
            int status = column.go();
            if (!ColumnText.hasMoreText(status)) {
                break;
            }
            if (++pages > table.size()) {
                throw new IllegalStateException("a table row does not fit on an empty page");
            }
            newPage();
        }
        top = y(0) - column.getYLine() + PdfLayout.TABLE_GAP;
    }

    // ----- 版记 ---------------------------------------------------------------------------------------------------

    /**
     * 7.4: at the foot of the last page, its last rule on the text block's bottom edge; 抄送 and 印发 lines in 4号,
     * the first and last rules 0.35 mm, the one between 0.25 mm, all as wide as the text block. On a new page when it
     * does not fit under the last text. A letter's 版记 has neither the 印发 line nor rules (10.1).
     */
    private void imprint(Imprint imprint) {
        boolean letter = content.format() == DocumentFormat.LETTER;
        boolean printing = !letter && imprint.hasPrintingLine();
        Style style = Style.plain(OfficialFont.FANGSONG, PdfLayout.SIZE_4);
        float indent = PdfLayout.IMPRINT_INDENT;
        List<Line> copy = new ArrayList<>();
        if (imprint.copyTo() != null && !imprint.copyTo().isBlank()) {
            String head = "抄送：";
            String to = imprint.copyTo().strip();
            if (!to.endsWith("。")) {
                to += "。";
            }
            float column = indent + type.advance(head, style);
            copy.addAll(type.wrap(List.of(new Run(to, style)), column, column, BLOCK_WIDTH - indent, true));
            copy.set(0, copy.get(0).withSpanFirst(new Span(head, style, indent, 0)));
        }
        int rows = copy.size() + (printing ? 1 : 0);
        if (rows == 0) {
            return;
        }
        float imprintTop = BLOCK_HEIGHT - rows * LINE_PITCH;
        if (top + PdfLayout.IMPRINT_MIN_GAP > imprintTop + 0.01f) {
            newPage();
        }
        float rowTop = imprintTop;
        if (!letter) {
            rectangle(0, rowTop, BLOCK_WIDTH, PdfLayout.IMPRINT_OUTER_RULE, BLACK);
        }
        for (Line line : copy) {
            drawInRow(line, rowTop);
            rowTop += LINE_PITCH;
        }
        if (printing) {
            if (!copy.isEmpty()) {
                rectangle(0, rowTop - PdfLayout.IMPRINT_INNER_RULE / 2, BLOCK_WIDTH, PdfLayout.IMPRINT_INNER_RULE,
                        BLACK);
            }
            String printedOn = DocumentContent.chineseDate(imprint.printedOn()) + "印发";
            drawInRow(type.at(imprint.printedBy(), style, indent), rowTop);
            drawInRow(type.at(printedOn, style, BLOCK_WIDTH - indent - type.visibleWidth(printedOn, style)), rowTop);
        }
        if (!letter) {
            rectangle(0, BLOCK_HEIGHT - PdfLayout.IMPRINT_OUTER_RULE, BLOCK_WIDTH, PdfLayout.IMPRINT_OUTER_RULE, BLACK);
        }
    }

    /** A 版记 line centred in its row, between the rules. */
    private void drawInRow(Line line, float rowTop) {
        draw(line, rowTop + (LINE_PITCH - line.size()) / 2);
    }

    // ----- Pages and the grid ----------------------------------------------------------------------------------

    private void newPage() {
        writer.setPageEmpty(false);
        document.newPage();
        origin = 0;
        top = 0;
    }

    /** The top of the first grid line at or below the first free position. */
    private float nextLineTop() {
        float lines = (float) Math.ceil((top - origin) / LINE_PITCH - 0.001f);
        return origin + Math.max(0, lines) * LINE_PITCH;
    }

    /**
     * Places lines on consecutive grid lines, breaking pages where a line's characters would pass the text block's
     * bottom. A line kept with the previous one takes that line (and the lines kept with it) to the next page, unless
     * that would leave the page empty. A blank line at the top of a page is dropped.
     */
    private void placeLines(List<Line> lines) {
        List<Line> page = new ArrayList<>();
        float pageStart = nextLineTop();
        for (Line line : lines) {
            float lineTop = pageStart + page.size() * LINE_PITCH;
            if (lineTop + line.size() > BLOCK_HEIGHT + 0.01f) {
                List<Line> carried = new ArrayList<>();
                if (line.keepWithPrevious()) {
                    int k = page.size();
                    while (k > 0 && (page.get(k - 1).keepWithPrevious() || page.get(k - 1).blank())) {
                        k--;
                    }
                    k = Math.max(k - 1, 0);
                    if (k > 0) {
                        carried.addAll(page.subList(k, page.size()));
                        page.subList(k, page.size()).clear();
                    }
                }
                drawLines(page, pageStart);
                page.clear();
                newPage();
                pageStart = 0;
                for (Line c : carried) {
                    if (!(c.blank() && page.isEmpty())) {
                        page.add(c);
                    }
                }
            }
            if (line.blank() && page.isEmpty() && pageStart == 0) {
                continue;
            }
            page.add(line);
        }
        drawLines(page, pageStart);
        top = pageStart + page.size() * LINE_PITCH;
    }

    private void drawLines(List<Line> lines, float firstTop) {
        for (int i = 0; i < lines.size(); i++) {
            draw(lines.get(i), firstTop + i * LINE_PITCH);
        }
    }

    /** Draws a line whose characters' em boxes start at {@code lineTop}. */
    private void draw(Line line, float lineTop) {
        for (Span span : line.spans()) {
            text(span, lineTop + EM_TOP * span.style().size(), 1);
        }
    }

    // ----- Drawing ---------------------------------------------------------------------------------------------

    /** Paper y of a distance below the text block's top. */
    private static float y(float belowBlockTop) {
        return PAGE_HEIGHT - MARGIN_TOP - belowBlockTop;
    }

    private void text(Span span, float baseline, float horizontalScale) {
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
    private void rectangle(float x, float rectangleTop, float width, float height, Color color) {
        PdfContentByte canvas = writer.getDirectContent();
        canvas.saveState();
        canvas.setColorFill(color);
        canvas.rectangle(MARGIN_LEFT + x, y(rectangleTop + height), width, height);
        canvas.fill();
        canvas.restoreState();
    }
}
