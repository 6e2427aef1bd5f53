package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLACK;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLOCK_HEIGHT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLOCK_WIDTH;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.LINE_PITCH;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import cn.gov.zj.jxt.green.domain.model.document.content.BodyParagraph;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.AnnexNoteItem;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.AnnexPage;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.AnnexPart;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.ImprintLines;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.Main;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Line;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Run;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Span;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Style;

/**
 * Draws a {@link LayoutPlan} onto the pages of an open OpenPDF document; one instance per render. The plan decides
 * what each zone holds, where titles break and which annex table rows go on which page; this class sets the lines of
 * text on the grid of 22 lines (5.2.3), each hanging from its top edge, and turns the page where the body runs out
 * of room. The page-1 header is {@link PdfHead}'s; the grid of page 1 then starts at the title. Tables are not on
 * the grid; text after a table resumes on the next grid line.
 */
final class PdfPageWriter {

    private final Typesetter type;
    private final PdfTables tables;
    private final PdfCanvas canvas;
    private final LayoutPlan plan;
    private final Document document;
    private final PdfWriter writer;

    private final Style body;
    private final Style title;

    /** Where line 0 of the grid is on the current page, below the text block's top. */
    private float origin;
    /** The first free position on the current page, below the text block's top. */
    private float top;

    PdfPageWriter(FontLibrary fonts, LayoutPlan plan, Document document, PdfWriter writer) {
        this.type = new Typesetter(fonts);
        this.tables = new PdfTables(fonts);
        this.canvas = new PdfCanvas(fonts, writer);
        this.plan = plan;
        this.document = document;
        this.writer = writer;
        this.body = Style.grid(OfficialFont.FANGSONG, BLACK);
        this.title = Style.plain(OfficialFont.XIAOBIAOSONG, PdfLayout.SIZE_2);
    }

    void compose() {
        PdfHead head = new PdfHead(type, canvas);
        origin = switch (plan.format()) {
            case FILE -> head.file(plan.head());
            case LETTER -> head.letter(plan.head());
            case PLAIN -> 0;
        };
        top = origin;
        placeLines(mainText(plan.main()));
        plan.annexes().forEach(this::annex);
        if (plan.imprint() != null) {
            imprint(plan.imprint());
        }
    }

    // ----- The main text: title to date ------------------------------------------------------------------------

    private List<Line> mainText(Main main) {
        List<Line> lines = new ArrayList<>(titleLines(main.titleLines()));
        lines.add(Line.BLANK);
        if (main.recipients() != null) {
            lines.addAll(type.wrap(List.of(new Run(main.recipients(), body)), 0, 0, BLOCK_WIDTH, true));
        }
        boolean afterHeading = false;
        for (BodyParagraph paragraph : main.paragraphs()) {
            List<Line> paragraphLines = type.wrap(runs(paragraph), PdfLayout.PARAGRAPH_INDENT, 0, BLOCK_WIDTH, true);
            if (afterHeading && !paragraphLines.isEmpty()) {
                // A heading standing alone must not end a page.
                paragraphLines.set(0, paragraphLines.get(0).keptWithPrevious());
            }
            lines.addAll(paragraphLines);
            afterHeading = paragraph.level() != BodyParagraph.Level.TEXT && paragraph.rest().isEmpty();
        }
        if (!main.annexNote().isEmpty()) {
            // 7.3.5.5: 附件说明 belongs to the sign-off, which never stands on a page without the body's last line.
            lines.add(Line.BLANK.keptWithPrevious());
            annexNote(main.annexNote()).forEach(line -> lines.add(line.keptWithPrevious()));
        }
        lines.addAll(signOff(main));
        return lines;
    }

    /** 7.3.1: the plan's title lines, each centred. */
    private List<Line> titleLines(List<String> lines) {
        return lines.stream().map(line -> type.centred(line, title)).toList();
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
     * 附件说明 (7.3.4): indented two characters, 附件： then the names with their numbers; later items under the first
     * item's number, a long name's next line under its first character; no closing punctuation.
     */
    private List<Line> annexNote(List<AnnexNoteItem> items) {
        float nameColumn = PdfLayout.PARAGRAPH_INDENT + type.advance(AnnexNoteItem.LEAD, body);
        List<Line> lines = new ArrayList<>();
        for (AnnexNoteItem item : items) {
            float textColumn = nameColumn + type.advance(item.label(), body);
            List<Line> wrapped = type.wrap(List.of(new Run(item.label() + item.title(), body)), nameColumn,
                    textColumn, BLOCK_WIDTH, true);
            if (lines.isEmpty()) {
                wrapped.set(0, wrapped.get(0).withSpanFirst(new Span(AnnexNoteItem.LEAD, body,
                        PdfLayout.PARAGRAPH_INDENT, body.tracking())));
            }
            lines.addAll(wrapped);
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
    private List<Line> signOff(Main main) {
        String date = main.date();
        float right = BLOCK_WIDTH - PdfLayout.SIGNATURE_RIGHT_INDENT;
        float signatureWidth = (float) main.signatures().stream()
                .mapToDouble(name -> type.visibleWidth(name, body)).max().orElse(0);
        float dateWidth = type.visibleWidth(date, body);
        float signatureLeft = right - signatureWidth;
        float dateLeft = signatureLeft + PdfLayout.DATE_SHIFT;
        if (dateLeft + dateWidth > right) {
            dateLeft = right - dateWidth;
            signatureLeft = dateLeft - PdfLayout.DATE_SHIFT;
        }
        List<Line> lines = new ArrayList<>();
        lines.add(Line.BLANK.keptWithPrevious());
        for (String name : main.signatures()) {
            float x = signatureLeft + signatureWidth - type.visibleWidth(name, body);
            lines.add(type.at(name, body, x).keptWithPrevious());
        }
        lines.add(type.at(date, body, dateLeft).keptWithPrevious());
        return lines;
    }

    // ----- Annexes ---------------------------------------------------------------------------------------------

    /**
     * 7.3.7: each annex on a new page; 附件N in 3号黑体 on the first line, flush left; its title centred on the third
     * line; then its text and tables, on the pages the plan gives them. Page numbers continue.
     */
    private void annex(AnnexPage annex) {
        newPage();
        List<Line> heading = new ArrayList<>();
        heading.add(type.at(annex.label(), Style.grid(OfficialFont.HEITI, BLACK), 0));
        heading.add(Line.BLANK);
        heading.addAll(titleLines(annex.titleLines()));
        heading.add(Line.BLANK);
        placeLines(heading);
        for (AnnexPart part : annex.parts()) {
            if (part.newPage()) {
                newPage();
            }
            if (part instanceof LayoutPlan.Text text) {
                placeLines(type.wrap(List.of(new Run(text.text(), body)), 0, 0, BLOCK_WIDTH, true));
            } else if (part instanceof LayoutPlan.Table table) {
                placeTable(table);
            }
        }
    }

    /** A table on the plan's pages: on each, the header row, then that page's rows. */
    private void placeTable(LayoutPlan.Table model) {
        PdfPTable table = tables.table(model.columns(), model.widths(), model.rows());
        int next = 1;
        for (int page = 0; page < model.pages().size(); page++) {
            if (page > 0) {
                newPage();
            }
            int rows = model.pages().get(page).size();
            float headerBottom = canvas.rows(table, 0, 1, top);
            top = canvas.rows(table, next, next + rows, headerBottom);
            next += rows;
        }
        top += PdfLayout.TABLE_GAP;
    }

    // ----- 版记 ---------------------------------------------------------------------------------------------------

    /**
     * 7.4: at the foot of the last page, its last rule on the text block's bottom edge; 抄送 and 印发 lines in 4号,
     * the first and last rules 0.35 mm, the one between 0.25 mm, all as wide as the text block. On a new page when it
     * does not fit under the last text. A letter's 版记 has neither the 印发 line nor rules (10.1).
     */
    private void imprint(ImprintLines imprint) {
        Style style = Style.plain(OfficialFont.FANGSONG, PdfLayout.SIZE_4);
        float indent = PdfLayout.IMPRINT_INDENT;
        List<Line> copy = new ArrayList<>();
        if (imprint.copyTo() != null) {
            float column = indent + type.advance(ImprintLines.COPY_TO_LEAD, style);
            copy.addAll(type.wrap(List.of(new Run(imprint.copyTo(), style)), column, column, BLOCK_WIDTH - indent,
                    true));
            copy.set(0, copy.get(0).withSpanFirst(new Span(ImprintLines.COPY_TO_LEAD, style, indent, 0)));
        }
        int rows = copy.size() + (imprint.printingLine() ? 1 : 0);
        float imprintTop = BLOCK_HEIGHT - rows * LINE_PITCH;
        if (top + PdfLayout.IMPRINT_MIN_GAP > imprintTop + 0.01f) {
            newPage();
        }
        float rowTop = imprintTop;
        if (imprint.rules()) {
            canvas.rectangle(0, rowTop, BLOCK_WIDTH, PdfLayout.IMPRINT_OUTER_RULE, BLACK);
        }
        for (Line line : copy) {
            drawInRow(line, rowTop);
            rowTop += LINE_PITCH;
        }
        if (imprint.printingLine()) {
            if (!copy.isEmpty()) {
                canvas.rectangle(0, rowTop - PdfLayout.IMPRINT_INNER_RULE / 2, BLOCK_WIDTH,
                        PdfLayout.IMPRINT_INNER_RULE, BLACK);
            }
            String printedOn = imprint.printedOn();
            drawInRow(type.at(imprint.printedBy(), style, indent), rowTop);
            drawInRow(type.at(printedOn, style, BLOCK_WIDTH - indent - type.visibleWidth(printedOn, style)), rowTop);
        }
        if (imprint.rules()) {
            canvas.rectangle(0, BLOCK_HEIGHT - PdfLayout.IMPRINT_OUTER_RULE, BLOCK_WIDTH, PdfLayout.IMPRINT_OUTER_RULE,
                    BLACK);
        }
    }

    /** A 版记 line centred in its row, between the rules. */
    private void drawInRow(Line line, float rowTop) {
        canvas.draw(line, rowTop + (LINE_PITCH - line.size()) / 2);
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
            canvas.draw(lines.get(i), firstTop + i * LINE_PITCH);
        }
    }
}
