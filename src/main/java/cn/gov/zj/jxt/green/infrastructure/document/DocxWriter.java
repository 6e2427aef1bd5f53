package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.Wml.blankLine;
import static cn.gov.zj.jxt.green.infrastructure.document.Wml.paragraph;
import static cn.gov.zj.jxt.green.infrastructure.document.Wml.run;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.CTTblPPr;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.STHAnchor;
import org.docx4j.wml.STVAnchor;
import org.docx4j.wml.STYAlign;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Tr;

import cn.gov.zj.jxt.green.domain.model.document.content.BodyParagraph;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.AnnexNoteItem;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.AnnexPage;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.AnnexPart;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.Head;
import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.ImprintLines;

/**
 * Draws a {@link LayoutPlan} as the body of a DOCX, in the order the standard lays it out: 版头, 主体 with its annex
 * pages, then the 版记. The template gives page, styles and footers; the plan gives what goes where, including the
 * title's lines and the annex tables' page breaks; this class only turns it into paragraphs and tables.
 */
final class DocxWriter {

    private final LayoutPlan plan;
    /** The text block's left edge and width as the template sets them (28 and 156 mm, within 1 mm). */
    private final int leftMargin;
    private final int textWidth;
    private final StyleDefinitionsPart styles;
    private final List<Object> out = new ArrayList<>();

    DocxWriter(LayoutPlan plan, SectPr section, StyleDefinitionsPart styles) {
        this.plan = plan;
        this.leftMargin = section.getPgMar().getLeft().intValue();
        this.textWidth = section.getPgSz().getW().intValue() - leftMargin - section.getPgMar().getRight().intValue();
        this.styles = styles;
    }

    List<Object> blocks() {
        switch (plan.format()) {
            case FILE -> fileHead(plan.head());
            case LETTER -> out.add(paragraph(DocxStyle.NUMBER, number(plan.head())));
            case PLAIN -> {
                // 公告/公示: no 版头; the title opens the page.
            }
        }
        title();
        body();
        // 7.3.5.5: a page must not hold only the sign-off. The body's last line, 附件说明, signature and date
        // keep together.
        keepLastWithNext();
        annexList();
        signatureAndDate();
        plan.annexes().forEach(this::annexPage);
        if (plan.imprint() != null) {
            imprint(plan.imprint());
        }
        if (out.get(out.size() - 1) instanceof Tbl) {
            // Word needs a paragraph after a table at the end of the body; keep it from taking a line.
            P end = new P();
            end.setPPr(new PPr());
            Wml.exactLine(end, 20);
            out.add(end);
        }
        return out;
    }

    /** 7.2.4–7.2.7: agency mark 35 mm down, two blank lines, the number, the red line under it. */
    private void fileHead(Head head) {
        out.add(paragraph(DocxStyle.MARK_SPACER));
        if (head.joint()) {
            out.add(jointMark(head.agencies()));
        } else {
            R mark = run(head.mark());
            fitWidth(mark, DocxStyle.AGENCY_MARK, Gbt9704.widthInChars(head.mark()), textWidth);
            out.add(paragraph(DocxStyle.AGENCY_MARK, mark));
        }
        out.add(blankLine());
        out.add(blankLine());
        // The DocNumber style draws the red separator (7.2.7) as its bottom border.
        out.add(paragraph(DocxStyle.NUMBER, number(head)));
    }

    /**
     * 发文字号 (7.2.5). A preview before issue has no number yet: its line stays, empty, so that nothing below it
     * moves when the number is stamped.
     */
    private static String number(Head head) {
        return head.number() == null ? "" : head.number();
    }

    /**
     * 7.2.4, joint issue: a borderless table as wide as the text block, the agencies' names stacked in the left cell,
     * each spread to the cell's width, and 文件 in the right cell, centred on them.
     */
    private Tbl jointMark(List<String> agencies) {
        int suffixSize = Wml.fontHalfPoints(styles, DocxStyle.AGENCY_MARK.id());
        // 文件 takes two characters of the mark's size; half a character either side keeps it off the names.
        int right = suffixSize * 10 * 3;
        int left = textWidth - right;
        Tbl tbl = DocxTables.table(new int[] {left, right}, DocxTables.noBorders(), textWidth);
        Tr tr = new Tr();
        Tc names = DocxTables.cell(left);
        double longest = agencies.stream().mapToDouble(Gbt9704::widthInChars).max().orElseThrow();
        for (String agency : agencies) {
            R name = run(agency);
            fitWidth(name, DocxStyle.JOINT_MARK, longest, left);
            names.getContent().add(paragraph(DocxStyle.JOINT_MARK, name));
        }
        Tc suffix = DocxTables.cell(right);
        suffix.getTcPr().setVAlign(DocxTables.verticalCentre());
        suffix.getContent().add(paragraph(DocxStyle.AGENCY_MARK, Head.FILE_MARK_SUFFIX));
        tr.getContent().add(names);
        tr.getContent().add(suffix);
        tbl.getContent().add(tr);
        return tbl;
    }

    /** Shrinks a mark's run if the style's size would not fit {@code chars} characters in {@code width}. */
    private void fitWidth(R run, DocxStyle style, double chars, int width) {
        int halfPoints = Wml.fontHalfPoints(styles, style.id());
        int fitting = (int) Math.floor(width / 10.0 / chars);
        if (fitting < halfPoints) {
            Wml.fontSize(run, fitting);
        }
    }

    /**
     * 7.3.1: the title two lines below the red line (10.1: below the letter's number), in the plan's lines; a plain
     * notice starts with it. 7.3.2: one blank line, then the recipients flush left.
     */
    private void title() {
        if (plan.format() != DocumentFormat.PLAIN) {
            out.add(blankLine());
            out.add(blankLine());
        }
        out.add(Wml.lines(DocxStyle.TITLE, plan.main().titleLines()));
        out.add(blankLine());
        if (plan.main().recipients() != null) {
            out.add(paragraph(DocxStyle.RECIPIENTS, plan.main().recipients()));
        }
    }

    /** 7.3.3: every paragraph indented two characters; only a heading's lead in 黑体 (一、) or 楷体 (（一）). */
    private void body() {
        for (BodyParagraph paragraph : plan.main().paragraphs()) {
            P p = paragraph(DocxStyle.BODY);
            switch (paragraph.level()) {
                case FIRST -> p.getContent().add(run(paragraph.lead(), DocxStyle.HEADING_FIRST));
                case SECOND -> p.getContent().add(run(paragraph.lead(), DocxStyle.HEADING_SECOND));
                case THIRD, FOURTH -> p.getContent().add(run(paragraph.lead()));
                case TEXT -> {
                    // No heading: the whole paragraph is its rest.
                }
            }
            if (!paragraph.rest().isEmpty()) {
                p.getContent().add(run(paragraph.rest()));
            }
            out.add(p);
        }
    }

    /**
     * 7.3.4: one blank line below the body, two characters in: 附件：1.名称, the next annexes' numbers under the
     * first one's, a wrapped name under its own first character, no closing punctuation.
     */
    private void annexList() {
        List<AnnexNoteItem> items = plan.main().annexNote();
        if (items.isEmpty()) {
            return;
        }
        out.add(blankLine());
        keepLastWithNext();
        double leadWidth = Gbt9704.widthInChars(AnnexNoteItem.LEAD);
        for (int i = 0; i < items.size(); i++) {
            AnnexNoteItem item = items.get(i);
            double labelWidth = Gbt9704.widthInChars(item.label());
            boolean first = i == 0;
            P p = paragraph(DocxStyle.ANNEX_LIST, (first ? AnnexNoteItem.LEAD : "") + item.label() + item.title());
            Wml.indentChars(p, Gbt9704.INDENT_CHARS + leadWidth + labelWidth, 0,
                    -(labelWidth + (first ? leadWidth : 0)));
            out.add(p);
            keepLastWithNext();
        }
    }

    /**
     * 7.3.5.2, without a seal: one blank line, the signature two characters in from the right, the date on the next
     * line starting two characters right of the signature's first character; if the date is the longer, it keeps
     * two characters from the right and the signature moves left. A joint issue signs in agency order, the names
     * starting in one column.
     */
    private void signatureAndDate() {
        out.add(blankLine());
        keepLastWithNext();
        String date = plan.main().date();
        double dateWidth = Gbt9704.widthInChars(date);
        List<String> signatures = plan.main().signatures();
        double longest = signatures.stream().mapToDouble(Gbt9704::widthInChars).max().orElseThrow();
        int indent = Gbt9704.INDENT_CHARS;
        double signatureRight = indent;
        double dateRight = signatureRight + longest - indent - dateWidth;
        if (dateRight < indent) {
            dateRight = indent;
            signatureRight = dateRight + dateWidth + indent - longest;
        }
        for (String signature : signatures) {
            P p = paragraph(DocxStyle.SIGNATURE, signature);
            Wml.indentChars(p, 0, signatureRight + longest - Gbt9704.widthInChars(signature), 0);
            out.add(p);
            keepLastWithNext();
        }
        P p = paragraph(DocxStyle.DATE, date);
        Wml.indentChars(p, 0, dateRight, 0);
        out.add(p);
    }

    private void keepLastWithNext() {
        if (out.get(out.size() - 1) instanceof P last) {
            Wml.keepWithNext(last);
        }
    }

    /**
     * 7.3.7: each annex on a new page: 附件N on the first line, flush left, the title centred on the third, then its
     * text and tables, each turning the page where the plan does.
     */
    private void annexPage(AnnexPage annex) {
        P label = paragraph(DocxStyle.ANNEX_LABEL, annex.label());
        Wml.pageBreakBefore(label);
        out.add(label);
        out.add(blankLine());
        out.add(Wml.lines(DocxStyle.ANNEX_TITLE, annex.titleLines()));
        out.add(blankLine());
        for (AnnexPart part : annex.parts()) {
            if (part instanceof LayoutPlan.Text text) {
                P p = paragraph(DocxStyle.ANNEX_TEXT, text.text());
                if (text.newPage()) {
                    Wml.pageBreakBefore(p);
                }
                out.add(p);
            } else if (part instanceof LayoutPlan.Table table) {
                out.add(DocxTables.annexTable(table, textWidth));
            }
        }
    }

    /**
     * 7.4: the 版记 at the foot of the last page, its last rule on the text block's bottom edge: a table floating at
     * the bottom of the margin box, after everything else, as wide as the text block; 10.1: a letter's has no rules.
     */
    private void imprint(ImprintLines imprint) {
        int half = textWidth / 2;
        int[] widths = {half, textWidth - half};
        Tbl tbl = DocxTables.table(widths, imprint.rules() ? DocxTables.imprintRules() : DocxTables.noBorders(),
                textWidth);
        CTTblPPr floating = new CTTblPPr();
        floating.setVertAnchor(STVAnchor.MARGIN);
        floating.setTblpYSpec(STYAlign.BOTTOM);
        // Horizontally at the left margin, measured from the page's edge: the same place, and LibreOffice floats a
        // table as wide as the text block only when it is placed relative to the page.
        floating.setHorzAnchor(STHAnchor.PAGE);
        floating.setTblpX(BigInteger.valueOf(leftMargin));
        floating.setLeftFromText(BigInteger.ZERO);
        floating.setRightFromText(BigInteger.ZERO);
        floating.setTopFromText(BigInteger.ZERO);
        floating.setBottomFromText(BigInteger.ZERO);
        tbl.getTblPr().setTblpPr(floating);
        int indent = (int) Math.round(Gbt9704.IMPRINT_INDENT_CHARS * Gbt9704.SIZE_4_PT * 20);
        if (imprint.copyTo() != null) {
            // 7.4.2: one character in on both sides; a wrapped line aligns under the first name.
            P p = paragraph(DocxStyle.IMPRINT, ImprintLines.COPY_TO_LEAD + imprint.copyTo());
            int lead = (int) Math.round(Gbt9704.widthInChars(ImprintLines.COPY_TO_LEAD) * Gbt9704.SIZE_4_PT * 20);
            Wml.indentTwips(p, indent + lead, indent, -lead);
            Tc tc = DocxTables.cell(textWidth);
            TcPrInner.GridSpan span = new TcPrInner.GridSpan();
            span.setVal(BigInteger.TWO);
            tc.getTcPr().setGridSpan(span);
            tc.getContent().add(p);
            tbl.getContent().add(DocxTables.imprintRow(tc));
        }
        if (imprint.printingLine()) {
            // 7.4.3: 印发机关 one character in from the left, 印发日期 + 印发 one from the right.
            P by = paragraph(DocxStyle.IMPRINT, imprint.printedBy());
            Wml.indentTwips(by, indent, 0, 0);
            P on = paragraph(DocxStyle.IMPRINT, imprint.printedOn());
            Wml.indentTwips(on, 0, indent, 0);
            Wml.align(on, JcEnumeration.RIGHT);
            Tc left = DocxTables.cell(widths[0]);
            left.getContent().add(by);
            Tc right = DocxTables.cell(widths[1]);
            right.getContent().add(on);
            tbl.getContent().add(DocxTables.imprintRow(left, right));
        }
        out.add(tbl);
    }
}
