package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLOCK_HEIGHT;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.BLOCK_WIDTH;
import static cn.gov.zj.jxt.green.infrastructure.document.PdfLayout.LINE_PITCH;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.lowagie.text.pdf.PdfPTable;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.document.content.Imprint;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.AnnexNoteItem;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.AnnexPage;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.AnnexPart;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.Head;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.ImprintLines;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.Main;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.Numbering;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Run;
import cn.gov.zj.jxt.green.infrastructure.document.Typesetter.Style;

/**
 * Lays a document out once, for both of its files: the zones of GB/T 9704-2012 with their content, the titles broken
 * by {@link TitleLines}, the annexes numbered, and each annex table divided into pages. Where the division depends
 * on type (how many lines a cell's text takes), it is measured with the fonts the PDF embeds and the grid of 22 lines,
 * which the DOCX templates share; the DOCX then turns the page where the plan does.
 *
 * <p>Thread-safe: it keeps only the immutable font library.
 */
final class LayoutPlanner {

    /** A 2号 title's characters on one line of the text block (156 mm / 22 pt, 20). */
    static final int TITLE_CAPACITY = (int) (Gbt9704.twips(Gbt9704.TEXT_WIDTH_MM) / 20.0 / Gbt9704.SIZE_2_PT);

    private final Typesetter type;
    private final PdfTables tables;
    private final Style body;

    LayoutPlanner(FontLibrary fonts) {
        this.type = new Typesetter(fonts);
        this.tables = new PdfTables(fonts);
        this.body = Style.grid(OfficialFont.FANGSONG, PdfLayout.BLACK);
    }

    LayoutPlan plan(DocumentContent content) {
        Set<String> names = content.agencies().stream().map(Agency::name).collect(Collectors.toSet());
        List<AnnexPage> annexes = new ArrayList<>();
        for (Annex annex : content.annexes()) {
            if (annex.rendered()) {
                annexes.add(annexPage(content, annex, names));
            }
        }
        return new LayoutPlan(content.format(), head(content), main(content, names), annexes, imprint(content),
                new Numbering(content.format() == DocumentFormat.LETTER ? 2 : 1));
    }

    /** 7.2: 文件 format, the agency mark with 文件; 10.1: a letter's bare name; 公告/公示 have no 版头. */
    private static Head head(DocumentContent content) {
        List<String> agencies = content.agencies().stream().map(Agency::name).toList();
        return switch (content.format()) {
            case FILE -> new Head(agencies, agencies.get(0) + Head.FILE_MARK_SUFFIX, content.number());
            case LETTER -> new Head(agencies, agencies.get(0), content.number());
            case PLAIN -> null;
        };
    }

    private static Main main(DocumentContent content, Set<String> names) {
        String recipients = null;
        // 7.3.2: flush left, ending with a full-width colon; 公告 and 公示 have none.
        if (content.recipients() != null && content.format() != DocumentFormat.PLAIN) {
            recipients = content.recipients().strip();
            if (!recipients.endsWith("：")) {
                recipients += "：";
            }
        }
        // trim, not strip: a title may open with ideographic spaces to fill in (　　　　市…汇总表).
        List<AnnexNoteItem> note = content.annexes().stream()
                .map(a -> new AnnexNoteItem(numbered(content) ? a.number() + "." : "", a.title().trim())).toList();
        return new Main(TitleLines.of(content.title(), TITLE_CAPACITY, names), recipients, content.paragraphs(),
                note, content.agencies().stream().map(Agency::name).toList(),
                DocumentContent.chineseDate(content.date()));
    }

    /** 7.3.4: annexes are numbered only when there are several. */
    private static boolean numbered(DocumentContent content) {
        return content.annexes().size() > 1;
    }

    /**
     * 7.3.7: on a new page, 附件N on the first line, the title from the third, a blank line; then text on the grid
     * and tables. Text introducing a table goes to the next page with it unless the header and the first row fit
     * under it; a table continues on the next page where its next row does not fit.
     */
    private AnnexPage annexPage(DocumentContent content, Annex annex, Set<String> names) {
        List<String> titleLines = TitleLines.of(annex.title(), TITLE_CAPACITY, names);
        Column column = new Column((3 + titleLines.size()) * LINE_PITCH);
        List<AnnexPart> parts = new ArrayList<>();
        List<AnnexBlock> blocks = annex.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof AnnexBlock.Text text) {
                int lines = type.wrap(List.of(new Run(text.text(), body)), 0, 0, BLOCK_WIDTH, true).size();
                boolean newPage = false;
                if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof AnnexBlock.Table table) {
                    PdfPTable next = tables.table(table.columns(), table.widths(), table.rows());
                    float needed = lines * LINE_PITCH + next.getRowHeight(0)
                            + (next.size() > 1 ? next.getRowHeight(1) : 0);
                    newPage = column.nextLineTop() + needed > BLOCK_HEIGHT;
                }
                if (newPage) {
                    column.top = 0;
                }
                column.lines(lines);
                parts.add(new LayoutPlan.Text(text.text(), newPage));
            } else if (blocks.get(i) instanceof AnnexBlock.Table table) {
                parts.add(table(table, column));
            }
        }
        String label = numbered(content) ? "附件" + annex.number() : "附件";
        return new AnnexPage(label, titleLines, parts);
    }

    /** Divides a table's rows into pages: on each, the header and as many whole rows as fit below it. */
    private LayoutPlan.Table table(AnnexBlock.Table model, Column column) {
        PdfPTable table = tables.table(model.columns(), model.widths(), model.rows());
        float header = table.getRowHeight(0);
        List<List<List<String>>> pages = new ArrayList<>();
        boolean newPage = false;
        int next = 0;
        while (true) {
            float used = header;
            int first = next;
            while (next < model.rows().size() && used + table.getRowHeight(next + 1) <= BLOCK_HEIGHT - column.top) {
                used += table.getRowHeight(next + 1);
                next++;
            }
            if (next == first && (first < model.rows().size() || header > BLOCK_HEIGHT - column.top)) {
                if (column.top == 0) {
                    throw new IllegalStateException("a table row does not fit on an empty page");
                }
                // Not even one row under the header here: the table starts on the next page.
                newPage = true;
                column.top = 0;
                continue;
            }
            pages.add(model.rows().subList(first, next));
            if (next == model.rows().size()) {
                column.top += used + PdfLayout.TABLE_GAP;
                break;
            }
            column.top = 0;
        }
        return new LayoutPlan.Table(model.columns(), model.widths(), pages, newPage);
    }

    /**
     * The run of an annex down its pages, as the PDF places it: text on the grid lines of the text block, tables
     * wherever the last thing ended. {@code top} is the first free position below the text block's top.
     */
    private static final class Column {

        float top;

        Column(float top) {
            this.top = top;
        }

        /** The top of the first grid line at or below the first free position. */
        float nextLineTop() {
            float lines = (float) Math.ceil(top / LINE_PITCH - 0.001f);
            return Math.max(0, lines) * LINE_PITCH;
        }

        /** {@code count} lines of 3号 text on consecutive grid lines, turning the page where one would not fit. */
        void lines(int count) {
            float pageStart = nextLineTop();
            int onPage = 0;
            for (int i = 0; i < count; i++) {
                if (pageStart + onPage * LINE_PITCH + PdfLayout.SIZE_3 > BLOCK_HEIGHT + 0.01f) {
                    pageStart = 0;
                    onPage = 0;
                }
                onPage++;
            }
            top = pageStart + onPage * LINE_PITCH;
        }
    }

    /** 7.4: 抄送 ending with 。 and the printing line; 10.1: a letter's has no printing line and no rules. */
    private static ImprintLines imprint(DocumentContent content) {
        Imprint imprint = content.imprint();
        if (imprint == null) {
            return null;
        }
        boolean letter = content.format() == DocumentFormat.LETTER;
        String copyTo = null;
        if (imprint.copyTo() != null && !imprint.copyTo().isBlank()) {
            copyTo = imprint.copyTo().strip();
            if (!copyTo.endsWith("。")) {
                copyTo += "。";
            }
        }
        boolean printing = imprint.hasPrintingLine() && !letter;
        if (copyTo == null && !printing) {
            return null;
        }
        return new ImprintLines(copyTo, printing ? imprint.printedBy() : null,
                printing ? DocumentContent.chineseDate(imprint.printedOn()) + "印发" : null, !letter);
    }
}
