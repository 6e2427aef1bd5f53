package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.Wml.blankLine;
import static cn.gov.zj.jxt.green.infrastructure.document.Wml.paragraph;
import static cn.gov.zj.jxt.green.infrastructure.document.Wml.run;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.ObjectFactory;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.docProps.core.dc.terms.W3CDTF;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.Body;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTHeight;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTTblPPr;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STHAnchor;
import org.docx4j.wml.STHeightRule;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.STVAnchor;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.STYAlign;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.BodyParagraph;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.document.content.Imprint;

/**
 * Renders a document to DOCX on its format's template, to the numbers of GB/T 9704-2012 (clauses cited where they
 * apply). The template gives page, styles, footers and, for a letter, the letterhead; the renderer writes the body
 * in the order the standard lays it out: 版头, 主体 with its annex pages, then the 版记.
 *
 * <p>Stateless and thread-safe: every call loads its own package from the template's bytes.
 */
public class DocxRenderer {

    /** 7.2.4: the agency mark is the agency's name followed by 文件. */
    private static final String FILE_MARK_SUFFIX = "文件";

    public byte[] render(DocumentContent content, DocxTemplate template) {
        Objects.requireNonNull(content, "content");
        if (template.format() != content.format()) {
            throw new IllegalArgumentException("a " + content.format() + " document needs a " + content.format()
                    + " template, not " + template.format());
        }
        WordprocessingMLPackage pkg = template.load();
        MainDocumentPart main = pkg.getMainDocumentPart();
        Body body = main.getJaxbElement().getBody();
        List<Object> blocks = new Layout(content, body.getSectPr(), main.getStyleDefinitionsPart()).blocks();
        body.getContent().clear();
        body.getContent().addAll(blocks);
        if (content.format() == DocumentFormat.LETTER) {
            fillLetterhead(main, body.getSectPr(), content.agencies().get(0));
        }
        describe(pkg, content);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            pkg.save(out);
        } catch (Docx4JException e) {
            throw new IllegalStateException("the document could not be written", e);
        }
        return out.toByteArray();
    }

    /**
     * 10.1: the letterhead is in the template's first-page header. The content control tagged
     * {@value DocxTemplate#AGENCY_MARK_TAG} receives the agency's name in the formatting of its first run, and is
     * then dissolved into its content, so that the issued document has no form field.
     */
    private static void fillLetterhead(MainDocumentPart main, SectPr section, Agency agency) {
        Object header = null;
        for (CTRel ref : section.getEGHdrFtrReferences()) {
            if (ref instanceof HeaderReference h && h.getType() == HdrFtrRef.FIRST) {
                header = ((JaxbXmlPart<?>) main.getRelationshipsPart().getPart(h.getId())).getJaxbElement();
            }
        }
        SdtElement control = Wml.findTagged(header, DocxTemplate.AGENCY_MARK_TAG);
        List<R> runs = new ArrayList<>();
        Wml.walk(control.getSdtContent(), (name, node) -> {
            if (node instanceof R r) {
                runs.add(r);
            }
        });
        R name = run(agency.name());
        name.setRPr(runs.get(0).getRPr());
        Wml.replace(control.getSdtContent(), runs.get(0), List.of(name));
        for (R other : runs.subList(1, runs.size())) {
            Wml.replace(control.getSdtContent(), other, List.of());
        }
        Wml.replace(header, control, control.getSdtContent().getContent());
    }

    /** Core properties: what a file browser or a records system shows of the document. */
    private static void describe(WordprocessingMLPackage pkg, DocumentContent content) {
        DocPropsCorePart part = pkg.getDocPropsCorePart();
        if (part == null) {
            try {
                part = new DocPropsCorePart();
            } catch (InvalidFormatException e) {
                throw new IllegalStateException(e);
            }
            part.setJaxbElement(new CoreProperties());
            try {
                pkg.addTargetPart(part);
            } catch (InvalidFormatException e) {
                throw new IllegalStateException(e);
            }
        }
        ObjectFactory dc = new ObjectFactory();
        CoreProperties core = part.getJaxbElement();
        core.setTitle(dc.createTitle(literal(content.title())));
        core.setSubject(literal(content.subject() == null ? content.title() : content.subject()));
        String number = content.number() == null ? "" : content.number();
        core.setKeywords(number);
        core.setDescription(dc.createDescription(literal(number)));
        core.setCreator(literal(content.agencies().get(0).name()));
        core.setLastModifiedBy(content.agencies().get(0).name());
        // Dated by 成文日期 (midnight in Zhejiang), not by the moment of rendering: the same content gives the
        // same file.
        W3CDTF date = new W3CDTF();
        date.getContent().add(content.date().atStartOfDay(ZoneOffset.ofHours(8)).toInstant().toString());
        core.setCreated(date);
        core.setModified(date);
        core.setLastPrinted(null);
        core.setRevision(null);
    }

    private static SimpleLiteral literal(String value) {
        SimpleLiteral literal = new SimpleLiteral();
        literal.getContent().add(value);
        return literal;
    }

    /** The body of one document, built in reading order. */
    private static final class Layout {

        private final DocumentContent content;
        /** The text block's left edge and width as the template sets them (28 and 156 mm, within 1 mm). */
        private final int leftMargin;
        private final int textWidth;
        private final StyleDefinitionsPart styles;
        private final List<Object> out = new ArrayList<>();

        Layout(DocumentContent content, SectPr section, StyleDefinitionsPart styles) {
            this.content = content;
            this.leftMargin = section.getPgMar().getLeft().intValue();
            this.textWidth = section.getPgSz().getW().intValue() - leftMargin
                    - section.getPgMar().getRight().intValue();
            this.styles = styles;
        }

        List<Object> blocks() {
            switch (content.format()) {
                case FILE -> fileHead();
                case LETTER -> out.add(paragraph(DocxStyle.NUMBER, number()));
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
            annexPages();
            imprint();
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
        private void fileHead() {
            out.add(paragraph(DocxStyle.MARK_SPACER));
            if (content.joint()) {
                out.add(jointMark());
            } else {
                R mark = run(content.agencies().get(0).name() + FILE_MARK_SUFFIX);
                fitWidth(mark, DocxStyle.AGENCY_MARK, Gbt9704.widthInChars(content.agencies().get(0).name()
                        + FILE_MARK_SUFFIX), textWidth);
                out.add(paragraph(DocxStyle.AGENCY_MARK, mark));
            }
            out.add(blankLine());
            out.add(blankLine());
            // The DocNumber style draws the red separator (7.2.7) as its bottom border.
            out.add(paragraph(DocxStyle.NUMBER, number()));
        }

        /**
         * 发文字号 (7.2.5). A preview before issue has no number yet: its line stays, empty, so that nothing below
         * it moves when the number is stamped.
         */
        private String number() {
            return content.number() == null ? "" : content.number();
        }

        /**
         * 7.2.4, joint issue: a borderless table as wide as the text block, the agencies' names stacked in the left
         * cell, each spread to the cell's width, and 文件 in the right cell, centred on them.
         */
        private Tbl jointMark() {
            int suffixSize = Wml.fontHalfPoints(styles, DocxStyle.AGENCY_MARK.id());
            // 文件 takes two characters of the mark's size; half a character either side keeps it off the names.
            int right = suffixSize * 10 * 3;
            int left = textWidth - right;
            Tbl tbl = table(new int[] {left, right}, noBorders());
            Tr tr = new Tr();
            Tc names = cell(left);
            double longest = content.agencies().stream().mapToDouble(a -> Gbt9704.widthInChars(a.name())).max()
                    .orElseThrow();
            for (Agency agency : content.agencies()) {
                R name = run(agency.name());
                fitWidth(name, DocxStyle.JOINT_MARK, longest, left);
                names.getContent().add(paragraph(DocxStyle.JOINT_MARK, name));
            }
            Tc suffix = cell(right);
            suffix.getTcPr().setVAlign(verticalCentre());
            suffix.getContent().add(paragraph(DocxStyle.AGENCY_MARK, FILE_MARK_SUFFIX));
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
         * 7.3.1: the title two lines below the red line (10.1: below the letter's number); a plain notice starts
         * with it. 7.3.2: one blank line, then the recipients flush left with a full-width colon.
         */
        private void title() {
            if (content.format() != DocumentFormat.PLAIN) {
                out.add(blankLine());
                out.add(blankLine());
            }
            out.add(balancedTitle(DocxStyle.TITLE, content.title()));
            out.add(blankLine());
            if (content.recipients() != null) {
                out.add(paragraph(DocxStyle.RECIPIENTS, content.recipients() + "："));
            }
        }

        /** 7.3.1: a title in lines of even length, broken where words end. */
        private P balancedTitle(DocxStyle style, String title) {
            int capacity = (int) (textWidth * 2.0 / 20 / Wml.fontHalfPoints(styles, style.id()));
            Set<String> names = content.agencies().stream().map(Agency::name).collect(Collectors.toSet());
            return Wml.lines(style, TitleLines.of(title, capacity, names));
        }

        /** 7.3.3: every paragraph indented two characters; only a heading's lead in 黑体 (一、) or 楷体 (（一）). */
        private void body() {
            for (BodyParagraph paragraph : content.paragraphs()) {
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
         * first one's, a wrapped name under its own first character, no closing punctuation. A single annex has no
         * number ("如有多个附件，使用阿拉伯数字标注附件顺序号").
         */
        private void annexList() {
            if (content.annexes().isEmpty()) {
                return;
            }
            out.add(blankLine());
            keepLastWithNext();
            String lead = "附件：";
            double leadWidth = Gbt9704.widthInChars(lead);
            for (Annex annex : content.annexes()) {
                String label = numbered() ? annex.number() + "." : "";
                double labelWidth = Gbt9704.widthInChars(label);
                boolean first = annex.number() == 1;
                P p = paragraph(DocxStyle.ANNEX_LIST, (first ? lead : "") + label + annex.title());
                Wml.indentChars(p, Gbt9704.INDENT_CHARS + leadWidth + labelWidth, 0,
                        -(labelWidth + (first ? leadWidth : 0)));
                out.add(p);
                keepLastWithNext();
            }
        }

        /** 7.3.4: annexes are numbered only when there are several. */
        private boolean numbered() {
            return content.annexes().size() > 1;
        }

        /**
         * 7.3.5.2, without a seal: one blank line, the signature two characters in from the right, the date on
         * the next line starting two characters right of the signature's first character; if the date is the
         * longer, it keeps two characters from the right and the signature moves left. A joint issue signs in
         * agency order, the names starting in one column.
         */
        private void signatureAndDate() {
            out.add(blankLine());
            keepLastWithNext();
            String date = DocumentContent.chineseDate(content.date());
            double dateWidth = Gbt9704.widthInChars(date);
            double longest = content.agencies().stream().mapToDouble(a -> Gbt9704.widthInChars(a.name())).max()
                    .orElseThrow();
            int indent = Gbt9704.INDENT_CHARS;
            double signatureRight = indent;
            double dateRight = signatureRight + longest - indent - dateWidth;
            if (dateRight < indent) {
                dateRight = indent;
                signatureRight = dateRight + dateWidth + indent - longest;
            }
            for (Agency agency : content.agencies()) {
                P p = paragraph(DocxStyle.SIGNATURE, agency.name());
                Wml.indentChars(p, 0, signatureRight + longest - Gbt9704.widthInChars(agency.name()), 0);
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
         * 7.3.7: each rendered annex on a new page: 附件N on the first line, flush left, the title centred on the
         * third, then its text and tables. Annexes without blocks are separate files, listed only.
         */
        private void annexPages() {
            for (Annex annex : content.annexes()) {
                if (!annex.rendered()) {
                    continue;
                }
                P label = paragraph(DocxStyle.ANNEX_LABEL, numbered() ? "附件" + annex.number() : "附件");
                Wml.pageBreakBefore(label);
                out.add(label);
                out.add(blankLine());
                out.add(balancedTitle(DocxStyle.ANNEX_TITLE, annex.title()));
                out.add(blankLine());
                for (AnnexBlock block : annex.blocks()) {
                    if (block instanceof AnnexBlock.Text text) {
                        out.add(paragraph(DocxStyle.ANNEX_TEXT, text.text()));
                    } else if (block instanceof AnnexBlock.Table table) {
                        out.add(annexTable(table));
                    }
                }
            }
        }

        /**
         * An annex table as wide as the text block, columns in the model's proportions; the header row repeats
         * on every page and no row splits across pages.
         */
        private Tbl annexTable(AnnexBlock.Table table) {
            int[] widths = proportional(table.widths());
            TblBorders borders = new TblBorders();
            CTBorder line = Wml.border(STBorder.SINGLE, 4);
            borders.setTop(line);
            borders.setBottom(line);
            borders.setLeft(line);
            borders.setRight(line);
            borders.setInsideH(line);
            borders.setInsideV(line);
            Tbl tbl = table(widths, borders);
            // About 0.7 mm inside the rules: a two-character header (序号) still fits a column of 2 in 27.
            CTTblCellMar margins = tbl.getTblPr().getTblCellMar();
            margins.setTop(dxa(40));
            margins.setBottom(dxa(40));
            margins.setLeft(dxa(40));
            margins.setRight(dxa(40));
            tbl.getContent().add(row(table.columns(), widths, DocxStyle.TABLE_HEADER, true));
            for (List<String> cells : table.rows()) {
                tbl.getContent().add(row(cells, widths, DocxStyle.TABLE_TEXT, false));
            }
            return tbl;
        }

        private int[] proportional(List<Integer> weights) {
            int total = weights.stream().mapToInt(Integer::intValue).sum();
            int[] widths = new int[weights.size()];
            int used = 0;
            for (int i = 0; i < widths.length - 1; i++) {
                widths[i] = (int) Math.round((double) textWidth * weights.get(i) / total);
                used += widths[i];
            }
            widths[widths.length - 1] = textWidth - used;
            return widths;
        }

        private Tr row(List<String> cells, int[] widths, DocxStyle style, boolean header) {
            Tr tr = new Tr();
            TrPr trPr = new TrPr();
            var factory = Wml.FACTORY;
            trPr.getCnfStyleOrDivIdOrGridBefore().add(factory.createCTTrPrBaseCantSplit(Wml.on()));
            if (header) {
                trPr.getCnfStyleOrDivIdOrGridBefore().add(factory.createCTTrPrBaseTblHeader(Wml.on()));
            }
            // At least 8 mm, so that a blank form row has room to be written in.
            CTHeight height = new CTHeight();
            height.setVal(BigInteger.valueOf(Gbt9704.twips(8)));
            height.setHRule(STHeightRule.AT_LEAST);
            trPr.getCnfStyleOrDivIdOrGridBefore().add(factory.createCTTrPrBaseTrHeight(height));
            tr.setTrPr(trPr);
            for (int i = 0; i < widths.length; i++) {
                Tc tc = cell(widths[i]);
                tc.getTcPr().setVAlign(verticalCentre());
                tc.getContent().add(paragraph(style, cells.get(i)));
                tr.getContent().add(tc);
            }
            return tr;
        }

        /**
         * 7.4: the 版记 at the foot of the last page, its last rule on the text block's bottom edge: a table
         * floating at the bottom of the margin box, after everything else, as wide as the text block. Rules: the
         * first and last 0.35 mm, those between rows 0.25 mm; 10.1: a letter's has no rules and no printing line.
         */
        private void imprint() {
            Imprint imprint = content.imprint();
            if (imprint == null) {
                return;
            }
            boolean letter = content.format() == DocumentFormat.LETTER;
            boolean printingLine = imprint.hasPrintingLine() && !letter;
            if (imprint.copyTo() == null && !printingLine) {
                return;
            }
            int half = textWidth / 2;
            int[] widths = {half, textWidth - half};
            Tbl tbl = table(widths, letter ? noBorders() : imprintRules());
            CTTblPPr floating = new CTTblPPr();
            floating.setVertAnchor(STVAnchor.MARGIN);
            floating.setTblpYSpec(STYAlign.BOTTOM);
            // Horizontally at the left margin, measured from the page's edge: the same place, and LibreOffice
            // floats a table as wide as the text block only when it is placed relative to the page.
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
                String copyTo = imprint.copyTo().endsWith("。") ? imprint.copyTo() : imprint.copyTo() + "。";
                String label = "抄送：";
                P p = paragraph(DocxStyle.IMPRINT, label + copyTo);
                int lead = (int) Math.round(Gbt9704.widthInChars(label) * Gbt9704.SIZE_4_PT * 20);
                Wml.indentTwips(p, indent + lead, indent, -lead);
                Tc tc = cell(textWidth);
                TcPrInner.GridSpan span = new TcPrInner.GridSpan();
                span.setVal(BigInteger.TWO);
                tc.getTcPr().setGridSpan(span);
                tc.getContent().add(p);
                tbl.getContent().add(imprintRow(tc));
            }
            if (printingLine) {
                // 7.4.3: 印发机关 one character in from the left, 印发日期 + 印发 one from the right.
                P by = paragraph(DocxStyle.IMPRINT, imprint.printedBy());
                Wml.indentTwips(by, indent, 0, 0);
                P on = paragraph(DocxStyle.IMPRINT, DocumentContent.chineseDate(imprint.printedOn()) + "印发");
                Wml.indentTwips(on, 0, indent, 0);
                Wml.align(on, JcEnumeration.RIGHT);
                Tc left = cell(widths[0]);
                left.getContent().add(by);
                Tc right = cell(widths[1]);
                right.getContent().add(on);
                tbl.getContent().add(imprintRow(left, right));
            }
            out.add(tbl);
        }

        private static Tr imprintRow(Tc... cells) {
            Tr tr = new Tr();
            TrPr trPr = new TrPr();
            trPr.getCnfStyleOrDivIdOrGridBefore().add(Wml.FACTORY.createCTTrPrBaseCantSplit(Wml.on()));
            tr.setTrPr(trPr);
            tr.getContent().addAll(List.of(cells));
            return tr;
        }

        private static TblBorders imprintRules() {
            TblBorders borders = noBorders();
            CTBorder outer = Wml.border(STBorder.SINGLE, Gbt9704.eighthPoints(Gbt9704.IMPRINT_OUTER_RULE_MM));
            borders.setTop(outer);
            borders.setBottom(outer);
            borders.setInsideH(Wml.border(STBorder.SINGLE, Gbt9704.eighthPoints(Gbt9704.IMPRINT_INNER_RULE_MM)));
            return borders;
        }

        private static TblBorders noBorders() {
            TblBorders borders = new TblBorders();
            borders.setTop(Wml.none());
            borders.setBottom(Wml.none());
            borders.setLeft(Wml.none());
            borders.setRight(Wml.none());
            borders.setInsideH(Wml.none());
            borders.setInsideV(Wml.none());
            return borders;
        }

        /** A fixed-layout table as wide as the text block, edges on the margins, no cell padding. */
        private Tbl table(int[] widths, TblBorders borders) {
            Tbl tbl = new Tbl();
            TblPr pr = new TblPr();
            pr.setTblW(dxa(textWidth));
            Jc jc = new Jc();
            jc.setVal(JcEnumeration.CENTER);
            pr.setJc(jc);
            pr.setTblInd(dxa(0));
            CTTblLayoutType layout = new CTTblLayoutType();
            layout.setType(STTblLayoutType.FIXED);
            pr.setTblLayout(layout);
            pr.setTblBorders(borders);
            CTTblCellMar margins = new CTTblCellMar();
            margins.setTop(dxa(0));
            margins.setBottom(dxa(0));
            margins.setLeft(dxa(0));
            margins.setRight(dxa(0));
            pr.setTblCellMar(margins);
            tbl.setTblPr(pr);
            TblGrid grid = new TblGrid();
            for (int width : widths) {
                TblGridCol col = new TblGridCol();
                col.setW(BigInteger.valueOf(width));
                grid.getGridCol().add(col);
            }
            tbl.setTblGrid(grid);
            return tbl;
        }

        private static Tc cell(int width) {
            Tc tc = new Tc();
            TcPr pr = new TcPr();
            pr.setTcW(dxa(width));
            tc.setTcPr(pr);
            return tc;
        }

        private static CTVerticalJc verticalCentre() {
            CTVerticalJc v = new CTVerticalJc();
            v.setVal(STVerticalJc.CENTER);
            return v;
        }

        private static TblWidth dxa(int twips) {
            TblWidth w = new TblWidth();
            w.setW(BigInteger.valueOf(twips));
            w.setType(TblWidth.TYPE_DXA);
            return w;
        }
    }
}
