package cn.gov.zj.jxt.green.infrastructure.document;

import java.util.List;

import cn.gov.zj.jxt.green.domain.model.document.content.BodyParagraph;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;

/**
 * One document laid out in the zones of GB/T 9704-2012, decided once for every file made of it: what the 版头, the
 * 主体, the annex pages and the 版记 hold, where the titles break and where each annex table turns the page. The DOCX
 * and the PDF draw the same plan, so they cannot disagree on those decisions; how a line is drawn (twips and styles,
 * or points and glyphs) is theirs.
 *
 * @param head      the 版头, {@code null} for a plain 公告/公示, which has none
 * @param imprint   the 版记, {@code null} when there is nothing to print in it
 * @param numbering the page numbers (7.5, 10.1)
 */
record LayoutPlan(DocumentFormat format, Head head, Main main, List<AnnexPage> annexes, ImprintLines imprint,
        Numbering numbering) {

    LayoutPlan {
        annexes = List.copyOf(annexes);
    }

    /**
     * 版头 (7.2; 10.1 for a letter). {@code mark} is the agency mark of a single issuer (with 文件 in the 文件 format,
     * the bare name in a letter); a joint issue stacks {@code agencies} with {@link #FILE_MARK_SUFFIX} to their right.
     *
     * @param number 发文字号, {@code null} for a preview before issue
     */
    record Head(List<String> agencies, String mark, String number) {

        /** 7.2.4: the agency mark of the 文件 format is the agency's name followed by 文件. */
        static final String FILE_MARK_SUFFIX = "文件";

        Head {
            agencies = List.copyOf(agencies);
        }

        boolean joint() {
            return agencies.size() > 1;
        }
    }

    /**
     * 主体 up to the date (7.3.1–7.3.5).
     *
     * @param titleLines the title as broken into lines (7.3.1)
     * @param recipients 主送机关 with its closing ：, {@code null} for none (7.3.2)
     * @param annexNote  附件说明, empty without annexes (7.3.4)
     * @param signatures the issuers in agency order (7.3.5)
     * @param date       成文日期 in Chinese form, 2025年5月28日
     */
    record Main(List<String> titleLines, String recipients, List<BodyParagraph> paragraphs,
            List<AnnexNoteItem> annexNote, List<String> signatures, String date) {

        Main {
            titleLines = List.copyOf(titleLines);
            paragraphs = List.copyOf(paragraphs);
            annexNote = List.copyOf(annexNote);
            signatures = List.copyOf(signatures);
        }
    }

    /**
     * One annex in 附件说明: {@code label} is its number with a full stop (1.) when there are several annexes, else
     * empty (7.3.4).
     */
    record AnnexNoteItem(String label, String title) {

        static final String LEAD = "附件：";
    }

    /**
     * An annex printed after the main text, from a new page (7.3.7): {@code label} (附件1, or 附件 alone), its title's
     * lines, then its text and tables in order.
     */
    record AnnexPage(String label, List<String> titleLines, List<AnnexPart> parts) {

        AnnexPage {
            titleLines = List.copyOf(titleLines);
            parts = List.copyOf(parts);
        }
    }

    /** A block of an annex; {@code newPage} when the plan moves it to the top of the next page. */
    sealed interface AnnexPart permits Text, Table {

        boolean newPage();
    }

    record Text(String text, boolean newPage) implements AnnexPart {
    }

    /**
     * A table as wide as the text block, column widths relative as given, its header row repeated on every page.
     * {@code pages} are its rows as they fall on pages: the first on the page where the table starts, each next one
     * on a page of its own. A row never splits.
     */
    record Table(List<String> columns, List<Integer> widths, List<List<List<String>>> pages, boolean newPage)
            implements AnnexPart {

        Table {
            columns = List.copyOf(columns);
            widths = List.copyOf(widths);
            pages = pages.stream().map(List::copyOf).toList();
        }

        /** How many body rows each page holds. */
        List<Integer> rowsPerPage() {
            return pages.stream().map(List::size).toList();
        }

        List<List<String>> rows() {
            return pages.stream().flatMap(List::stream).toList();
        }
    }

    /**
     * 版记 (7.4): {@code copyTo} with its closing 。 ({@code null} for none); the printing line of {@code printedBy}
     * and {@code printedOn} (…印发), both {@code null} when there is none; {@code rules} false in a letter (10.1).
     */
    record ImprintLines(String copyTo, String printedBy, String printedOn, boolean rules) {

        static final String COPY_TO_LEAD = "抄送：";

        boolean printingLine() {
            return printedBy != null;
        }
    }

    /** Page numbers run through the annexes; a letter shows none on its first page (10.1). */
    record Numbering(int firstNumberedPage) {

        boolean numbered(int page) {
            return page >= firstNumberedPage;
        }
    }
}
