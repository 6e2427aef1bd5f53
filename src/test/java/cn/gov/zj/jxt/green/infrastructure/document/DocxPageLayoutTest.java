package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.TEXT_WIDTH;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.assertMm;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.contains;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.fieldText;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.firstParagraph;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.jc;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.lines;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.render;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.renderAndKeep;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.rows;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.runs;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.sample;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.styleOf;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.text;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.unwrap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.docx4j.openpackaging.parts.Part;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STDocGrid;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.testing.SampleDocuments;

/**
 * The page of every DOCX template and the 版头: A4, margins, the 22 × 28 grid, page numbers, the letterhead of 信函格式,
 * the agency mark (single and joint), the number and the red separator, checked against GB/T 9704-2012. One sample
 * of each format stays in target/docx-samples for a look in Word.
 */
class DocxPageLayoutTest {

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void everyFormatIsA4WithTheStandardsMarginsAndGrid(DocumentFormat format) {
        DocxProbe doc = renderAndKeep(sample(format), format.name().toLowerCase(Locale.ROOT));
        SectPr section = doc.section();

        // 5.1: A4, 210 × 297 mm.
        assertEquals(11906, section.getPgSz().getW().intValue());
        assertEquals(16838, section.getPgSz().getH().intValue());
        assertEquals(11906, Gbt9704.twips(Gbt9704.PAPER_WIDTH_MM));
        assertEquals(16838, Gbt9704.twips(Gbt9704.PAPER_HEIGHT_MM));
        // 5.2.1: 37 / 35 / 28 / 26 mm, each within 1 mm; a text block of 156 × 225 mm.
        double tolerance = Gbt9704.MARGIN_TOLERANCE_MM;
        assertMm(Gbt9704.MARGIN_TOP_MM, section.getPgMar().getTop(), tolerance);
        assertMm(Gbt9704.MARGIN_BOTTOM_MM, section.getPgMar().getBottom(), tolerance);
        assertMm(Gbt9704.MARGIN_LEFT_MM, section.getPgMar().getLeft(), tolerance);
        assertMm(Gbt9704.MARGIN_RIGHT_MM, section.getPgMar().getRight(), tolerance);
        long height = section.getPgSz().getH().longValue() - section.getPgMar().getTop().longValue()
                - section.getPgMar().getBottom().longValue();
        long width = section.getPgSz().getW().longValue() - section.getPgMar().getLeft().longValue()
                - section.getPgMar().getRight().longValue();
        assertEquals(Gbt9704.TEXT_HEIGHT_MM, Gbt9704.mm(height), tolerance);
        assertEquals(Gbt9704.TEXT_WIDTH_MM, Gbt9704.mm(width), tolerance);
        // 5.2.4: 22 lines of 28 characters of 3号.
        assertEquals(STDocGrid.LINES_AND_CHARS, section.getDocGrid().getType());
        assertEquals(Gbt9704.LINES_PER_PAGE, height / section.getDocGrid().getLinePitch().longValue());
        assertEquals(Gbt9704.SIZE_3_PT, doc.size("Normal"));
        double pitchPt = doc.size("Normal") + section.getDocGrid().getCharSpace().doubleValue() / 4096;
        assertEquals(Gbt9704.CHARS_PER_LINE, (int) (width / 20.0 / pitchPt));
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void pageNumbersAreRightOnOddPagesAndLeftOnEvenPagesBetweenDashes(DocumentFormat format) {
        DocxProbe doc = render(sample(format));

        assertTrue(doc.pkg().getMainDocumentPart().getDocumentSettingsPart().getJaxbElement().getEvenAndOddHeaders()
                .isVal());
        P odd = firstParagraph(doc.footer(HdrFtrRef.DEFAULT));
        assertEquals("— {PAGE} —", fieldText(odd));
        assertEquals(JcEnumeration.RIGHT, odd.getPPr().getJc().getVal());
        assertEquals(280, odd.getPPr().getInd().getRight().intValue(), "one 4号 character in");
        P even = firstParagraph(doc.footer(HdrFtrRef.EVEN));
        assertEquals("— {PAGE} —", fieldText(even));
        assertEquals(JcEnumeration.LEFT, even.getPPr().getJc().getVal());
        assertEquals(280, even.getPPr().getInd().getLeft().intValue(), "one 4号 character in");
        // 7.5: 4号 half-width 宋体, the dashes' top 7 mm below the text block: footer distance, space after and
        // the exact line below the characters.
        assertEquals(Gbt9704.SIZE_4_PT, doc.size("DocPageNumber"));
        assertEquals("宋体", doc.style("DocPageNumber").getRPr().getRFonts().getAscii());
        PPrBase.Spacing spacing = doc.style("DocPageNumber").getPPr().getSpacing();
        long top = doc.section().getPgMar().getFooter().longValue() + spacing.getAfter().longValue()
                + spacing.getLine().longValue();
        assertEquals(Gbt9704.MARGIN_BOTTOM_MM - Gbt9704.PAGE_NUMBER_GAP_MM, Gbt9704.mm(top), 0.5);
    }

    @Test
    void letterHasItsLetterheadOnPageOneAndNoNumberThere() {
        DocxProbe doc = render(SampleDocuments.letter());
        SectPr section = doc.section();

        assertTrue(section.getTitlePg().isVal());
        assertFalse(fieldText(firstParagraph(doc.footer(HdrFtrRef.FIRST))).contains("{PAGE}"));
        // The agency mark 30 mm from the paper's top, red 小标宋, the control it was poured into dissolved.
        assertMm(Gbt9704.LETTER_MARK_TOP_MM, section.getPgMar().getHeader(), 0.5);
        Part header = doc.header(HdrFtrRef.FIRST);
        P mark = firstParagraph(header);
        assertEquals("浙江省经济和信息化厅", text(mark));
        assertEquals("DocLetterMark", styleOf(mark));
        assertFalse(contains(header, SdtElement.class));
        assertEquals("FF0000", doc.style("DocLetterMark").getRPr().getColor().getVal());
        // Upper double line, thick over thin, and lower one, thin over thick: 170 mm, 7 mm beyond each margin.
        PPr markPPr = doc.style("DocLetterMark").getPPr();
        assertEquals(STBorder.THICK_THIN_SMALL_GAP, markPPr.getPBdr().getBottom().getVal());
        assertEquals("FF0000", markPPr.getPBdr().getBottom().getColor());
        assertMm(-7, markPPr.getInd().getLeft(), 0.1);
        assertMm(-7, markPPr.getInd().getRight(), 0.1);
        PPr rulePPr = doc.style(styleOf(firstParagraph(doc.footer(HdrFtrRef.FIRST)))).getPPr();
        assertEquals(STBorder.THIN_THICK_SMALL_GAP, rulePPr.getPBdr().getTop().getVal());
        assertEquals("FF0000", rulePPr.getPBdr().getTop().getColor());
        assertMm(-7, rulePPr.getInd().getLeft(), 0.1);
        assertMm(-7, rulePPr.getInd().getRight(), 0.1);
        assertEquals(Gbt9704.LETTER_RULE_LENGTH_MM, Gbt9704.mm(Math.round(TEXT_WIDTH)
                - markPPr.getInd().getLeft().longValue() - markPPr.getInd().getRight().longValue()), 0.5);
        // The lower line: the top border of a line lifted above the footer's bottom edge, 20 mm up.
        long lowerLine = section.getPgMar().getFooter().longValue() + rulePPr.getSpacing().getAfter().longValue()
                + rulePPr.getSpacing().getLine().longValue();
        assertEquals(Gbt9704.LETTER_BOTTOM_RULE_MM, Gbt9704.mm(lowerLine), 1);
        // The number flush right directly under the line: the first paragraph of the body.
        P number = assertInstanceOf(P.class, doc.body().get(0));
        assertEquals("浙经信绿色便函〔2025〕58号", text(number));
        assertEquals(JcEnumeration.RIGHT, doc.inherited("DocNumber", s -> jc(s.getPPr())));
        assertNull(doc.style("DocNumber").getPPr().getPBdr(), "no single red line in a letter");
    }

    @Test
    void agencyMarkIsRedXiaobiaosong35mmBelowTheTextBlocksTop() {
        DocxProbe doc = render(SampleDocuments.file());
        List<Object> body = doc.body();

        P spacer = assertInstanceOf(P.class, body.get(0));
        assertEquals("DocMarkSpacer", styleOf(spacer));
        PPrBase.Spacing spacing = doc.inherited("DocMarkSpacer", s -> s.getPPr().getSpacing());
        assertEquals(STLineSpacingRule.EXACT, spacing.getLineRule());
        assertMm(Gbt9704.MARK_TOP_MM, spacing.getLine(), 0.1);
        P mark = assertInstanceOf(P.class, body.get(1));
        assertEquals("DocAgencyMark", styleOf(mark));
        assertEquals("浙江省经济和信息化厅文件", text(mark));
        assertEquals("FF0000", doc.inherited("DocAgencyMark", s -> s.getRPr() == null || s.getRPr().getColor() == null
                ? null : s.getRPr().getColor().getVal()));
        assertEquals("方正小标宋简体", doc.style("DocAgencyMark").getRPr().getRFonts().getEastAsia());
        assertEquals(JcEnumeration.CENTER, doc.inherited("DocAgencyMark", s -> jc(s.getPPr())));
    }

    @Test
    void jointMarkStacksTheThreeAgenciesWithWenjianToTheirRight() {
        DocxProbe doc = render(SampleDocuments.joint(3));

        assertEquals("DocMarkSpacer", styleOf((P) doc.body().get(0)));
        Tbl mark = assertInstanceOf(Tbl.class, doc.body().get(1));
        assertEquals(TEXT_WIDTH, mark.getTblPr().getTblW().getW().doubleValue(), 1);
        assertEquals(STBorder.NONE, mark.getTblPr().getTblBorders().getTop().getVal());
        Tr row = rows(mark).get(0);
        Tc names = (Tc) unwrap(row.getContent().get(0));
        Tc wenjian = (Tc) unwrap(row.getContent().get(1));
        assertEquals(List.of("浙江省经济和信息化厅", "浙江省发展和改革委员会", "浙江省生态环境厅"),
                names.getContent().stream().map(p -> text((P) p)).toList());
        assertTrue(names.getContent().stream().allMatch(p -> "DocJointMark".equals(styleOf((P) p))));
        assertEquals(JcEnumeration.DISTRIBUTE, doc.inherited("DocJointMark", s -> jc(s.getPPr())));
        assertEquals("FF0000", doc.inherited("DocJointMark", s -> s.getRPr() == null || s.getRPr().getColor() == null
                ? null : s.getRPr().getColor().getVal()));
        assertEquals("文件", text(firstParagraph(wenjian)));
        assertEquals(STVerticalJc.CENTER, wenjian.getTcPr().getVAlign().getVal());
    }

    @Test
    void redSeparatorIsABorderUnderTheNumberAsWideAsTheTextBlock() {
        DocxProbe doc = render(SampleDocuments.file());

        P number = doc.only("DocNumber");
        assertEquals("浙经信绿色〔2024〕105号", text(number));
        // Two blank lines between the mark and the number (7.2.5).
        int at = doc.body().indexOf(number);
        assertEquals("", text((P) doc.body().get(at - 1)));
        assertEquals("", text((P) doc.body().get(at - 2)));
        assertEquals("DocAgencyMark", styleOf((P) doc.body().get(at - 3)));

        CTBorder line = doc.style("DocNumber").getPPr().getPBdr().getBottom();
        assertEquals(STBorder.SINGLE, line.getVal());
        assertEquals("FF0000", line.getColor());
        double thickness = line.getSz().intValue() / 8.0 * 25.4 / 72;
        assertTrue(thickness >= 0.35 && thickness <= 0.55, thickness + " mm");
        // About 4 mm below the characters: the border's space (pt) plus the line's leading below them.
        double space = line.getSpace().intValue() * 25.4 / 72;
        assertTrue(space >= Gbt9704.RED_LINE_GAP_MM - 1 && space <= Gbt9704.RED_LINE_GAP_MM, space + " mm");
        // No indent anywhere: the border runs from margin to margin, 156 mm.
        PPrBase.Ind ind = doc.style("DocNumber").getPPr().getInd();
        assertEquals(0, ind.getLeft().intValue());
        assertEquals(0, ind.getRight().intValue());
        assertNull(number.getPPr().getInd());
        assertNull(doc.inherited("Normal", s -> s.getPPr() == null ? null : s.getPPr().getInd()));
    }

    @Test
    void aPreviewKeepsTheNumbersLineEmpty() {
        DocumentContent issued = SampleDocuments.file();
        DocumentContent preview = new DocumentContent(issued.format(), issued.agencies(), null, issued.title(),
                issued.recipients(), issued.body(), issued.annexes(), issued.date(), issued.imprint(),
                issued.subject());

        DocxProbe doc = render(preview);

        assertEquals("", text(doc.only("DocNumber")));
        assertEquals(render(issued).body().size(), doc.body().size());
    }

    @Test
    void aPlainNoticeHasNoMarkNumberRedLineOrRecipients() {
        DocxProbe doc = render(SampleDocuments.plain());

        for (String style : List.of("DocMarkSpacer", "DocAgencyMark", "DocJointMark", "DocNumber", "DocRecipients")) {
            assertEquals(List.of(), doc.paragraphs(style), style);
        }
        assertEquals("DocTitle", styleOf((P) doc.body().get(0)));
        assertEquals("2025年11月7日", text(doc.only("DocDate")));
        assertEquals(4, doc.paragraphs("DocBody").size());
    }
}
