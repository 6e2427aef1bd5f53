package cn.gov.zj.jxt.green.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBContextFactory;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;

import org.docx4j.XmlUtils;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.CTTblPPr;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STDocGrid;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.STVAnchor;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.STYAlign;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.domain.model.document.content.Imprint;
import cn.gov.zj.jxt.green.testing.LibreOfficeView;
import cn.gov.zj.jxt.green.testing.SampleDocuments;

/**
 * Reads every rendered sample back with docx4j and checks it against the numbers of GB/T 9704-2012. One sample of
 * each format stays in target/docx-samples for a look in Word.
 */
class DocxLayoutTest {

    private static final DocxRenderer RENDERER = new DocxRenderer(FontLibrary.bundled());
    private static final double TEXT_WIDTH = Gbt9704.twips(156);

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void everyFormatIsA4WithTheStandardsMarginsAndGrid(DocumentFormat format) {
        Rendered doc = renderAndKeep(sample(format), format.name().toLowerCase(Locale.ROOT));
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

    @Test
    void titleIs2haoXiaobiaosongAndBodyIs3haoFangsongIndentedTwoCharacters() {
        Rendered doc = render(SampleDocuments.file());

        assertEquals(Gbt9704.SIZE_2_PT, doc.size("DocTitle"));
        assertEquals("方正小标宋简体", doc.inherited("DocTitle", s -> s.getRPr() == null || s.getRPr().getRFonts() == null
                ? null : s.getRPr().getRFonts().getEastAsia()));
        assertEquals(JcEnumeration.CENTER, doc.inherited("DocTitle", s -> jc(s.getPPr())));
        assertEquals(Gbt9704.SIZE_3_PT, doc.size("DocBody"));
        assertEquals("仿宋_GB2312", doc.defaultEastAsiaFont());
        assertEquals(BigInteger.valueOf(200), doc.inherited("DocBody", s -> s.getPPr() == null
                || s.getPPr().getInd() == null ? null : s.getPPr().getInd().getFirstLineChars()));
        assertEquals(6, doc.paragraphs("DocBody").size());
    }

    @Test
    void onlyAHeadingsLeadIsSetInItsFont() {
        Rendered doc = render(SampleDocuments.file());
        List<P> body = doc.paragraphs("DocBody");

        assertEquals(List.of("一、总体要求"), runs(body.get(1), "DocHeadingFirst"));
        assertEquals(List.of("（一）培育机制。"), runs(body.get(2), "DocHeadingSecond"));
        assertEquals(List.of("（一）培育机制。", "纵向形成省、市、县三级联动的绿色（低碳）工厂培育机制；横向形成绿色（低碳）工业园区、绿色供应链"
                + "管理企业带动园区内、供应链上下游企业创建绿色（低碳）工厂的培育机制。"), runs(body.get(2), null));
        assertEquals("黑体", doc.style("DocHeadingFirst").getRPr().getRFonts().getEastAsia());
        assertEquals("楷体_GB2312", doc.style("DocHeadingSecond").getRPr().getRFonts().getEastAsia());
        // 1. and （1） stay in 仿宋: no character style.
        assertEquals(List.of(), runs(body.get(3), "DocHeadingFirst"));
        assertEquals(List.of(), runs(body.get(3), "DocHeadingSecond"));
    }

    @Test
    void agencyMarkIsRedXiaobiaosong35mmBelowTheTextBlocksTop() {
        Rendered doc = render(SampleDocuments.file());
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
    void redSeparatorIsABorderUnderTheNumberAsWideAsTheTextBlock() {
        Rendered doc = render(SampleDocuments.file());

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

        Rendered doc = render(preview);

        assertEquals("", text(doc.only("DocNumber")));
        assertEquals(render(issued).body().size(), doc.body().size());
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void pageNumbersAreRightOnOddPagesAndLeftOnEvenPagesBetweenDashes(DocumentFormat format) {
        Rendered doc = render(sample(format));

        assertTrue(doc.pkg.getMainDocumentPart().getDocumentSettingsPart().getJaxbElement().getEvenAndOddHeaders()
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
        Rendered doc = render(SampleDocuments.letter());
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
    void imprintSitsOnTheTextBlocksBottomWithItsRules() {
        Rendered doc = render(SampleDocuments.file());

        Tbl imprint = doc.tables().get(doc.tables().size() - 1);
        CTTblPPr floating = imprint.getTblPr().getTblpPr();
        assertEquals(STVAnchor.MARGIN, floating.getVertAnchor());
        assertEquals(STYAlign.BOTTOM, floating.getTblpYSpec());
        assertEquals(doc.section().getPgMar().getLeft(), floating.getTblpX(), "at the left margin");
        assertEquals(TEXT_WIDTH, imprint.getTblPr().getTblW().getW().doubleValue(), 1);
        TblBorders rules = imprint.getTblPr().getTblBorders();
        assertEquals(Gbt9704.IMPRINT_OUTER_RULE_MM, mmOfBorder(rules.getTop()), 0.05);
        assertEquals(Gbt9704.IMPRINT_OUTER_RULE_MM, mmOfBorder(rules.getBottom()), 0.05);
        assertEquals(Gbt9704.IMPRINT_INNER_RULE_MM, mmOfBorder(rules.getInsideH()), 0.05);
        assertEquals(STBorder.NONE, rules.getLeft().getVal());
        assertEquals(STBorder.NONE, rules.getRight().getVal());
        assertEquals(STBorder.NONE, rules.getInsideV().getVal());

        List<Tr> rows = rows(imprint);
        assertEquals(2, rows.size());
        P copyTo = firstParagraph(rows.get(0).getContent().get(0));
        assertEquals("抄送：工业和信息化部节能与综合利用司，各设区市人民政府。", text(copyTo));
        assertEquals("DocImprint", styleOf(copyTo));
        assertEquals(Gbt9704.SIZE_4_PT, doc.size("DocImprint"));
        assertEquals(280, copyTo.getPPr().getInd().getRight().intValue(), "one character in from the right");
        assertEquals(280, copyTo.getPPr().getInd().getLeft().intValue()
                - copyTo.getPPr().getInd().getHanging().intValue(), "one character in from the left");
        P printedBy = firstParagraph(rows.get(1).getContent().get(0));
        P printedOn = firstParagraph(rows.get(1).getContent().get(1));
        assertEquals("浙江省经济和信息化厅办公室", text(printedBy));
        assertEquals(280, printedBy.getPPr().getInd().getLeft().intValue());
        assertEquals("2024年5月28日印发", text(printedOn));
        assertEquals(JcEnumeration.RIGHT, printedOn.getPPr().getJc().getVal());
        assertEquals(280, printedOn.getPPr().getInd().getRight().intValue());
        // The last thing in the document, on its last page.
        assertEquals(imprint, doc.body().get(doc.body().size() - 2));
    }

    @Test
    void imprintComesAfterTheAnnexes() {
        Rendered doc = render(SampleDocuments.joint(3));

        List<Tbl> tables = doc.tables();
        assertEquals(3, tables.size(), "joint mark, annex table, imprint");
        assertNull(tables.get(1).getTblPr().getTblpPr());
        assertNotNull(tables.get(2).getTblPr().getTblpPr());
        assertTrue(doc.body().indexOf(doc.paragraphs("DocAnnexLabel").get(0)) < doc.body().indexOf(tables.get(2)));
    }

    @Test
    void aLettersImprintHasNeitherPrintingLineNorRules() {
        DocumentContent letter = SampleDocuments.letter();
        Rendered doc = render(new DocumentContent(letter.format(), letter.agencies(), letter.number(), letter.title(),
                letter.recipients(), letter.body(), letter.annexes(), letter.date(),
                new Imprint("各设区市人民政府", "浙江省经济和信息化厅办公室", LocalDate.of(2025, 5, 29)), letter.subject()));

        Tbl imprint = doc.tables().get(doc.tables().size() - 1);
        assertNotNull(imprint.getTblPr().getTblpPr());
        List<Tr> rows = rows(imprint);
        assertEquals(1, rows.size());
        assertEquals("抄送：各设区市人民政府。", text(firstParagraph(rows.get(0).getContent().get(0))));
        TblBorders borders = imprint.getTblPr().getTblBorders();
        for (CTBorder border : List.of(borders.getTop(), borders.getBottom(), borders.getInsideH())) {
            assertEquals(STBorder.NONE, border.getVal());
        }
    }

    @Test
    void annexTablesRepeatTheirHeaderAndNeverSplitARow() {
        Rendered doc = renderAndKeep(SampleDocuments.joint(300), "joint");

        Tbl table = doc.tables().get(1);
        assertEquals(TEXT_WIDTH, table.getTblPr().getTblW().getW().doubleValue(), 1);
        List<Integer> widths = table.getTblGrid().getGridCol().stream().map(c -> c.getW().intValue()).toList();
        assertEquals(table.getTblPr().getTblW().getW().intValue(), widths.stream().mapToInt(Integer::intValue).sum());
        assertEquals(10.0 / 2, widths.get(1) / (double) widths.get(0), 0.01);
        assertEquals(7.0 / 3, widths.get(3) / (double) widths.get(2), 0.01);
        List<Tr> rows = rows(table);
        assertEquals(301, rows.size());
        assertTrue(flag(rows.get(0), "tblHeader"));
        assertFalse(flag(rows.get(1), "tblHeader"));
        assertTrue(rows.stream().allMatch(r -> flag(r, "cantSplit")));
        assertEquals(List.of("序号", "企业名称", "地市", "行业"),
                rows.get(0).getContent().stream().map(c -> text(firstParagraph(c))).toList());
        P cell = firstParagraph(rows.get(300).getContent().get(1));
        assertEquals("DocTableText", styleOf(cell));
        assertTrue(doc.size("DocTableText") < doc.size("DocBody"), "smaller than the body");
        assertEquals("仿宋_GB2312", doc.defaultEastAsiaFont());
    }

    @Test
    void annexesStartNewPagesWithTheirLabelAndTitle() {
        Rendered doc = render(SampleDocuments.letter());

        List<P> labels = doc.paragraphs("DocAnnexLabel");
        assertEquals(List.of("附件1", "附件2"), labels.stream().map(DocxLayoutTest::text).toList());
        for (P label : labels) {
            assertTrue(label.getPPr().getPageBreakBefore().isVal());
            int at = doc.body().indexOf(label);
            assertEquals("", text((P) doc.body().get(at + 1)), "the title on the third line");
            assertEquals("DocAnnexTitle", styleOf((P) doc.body().get(at + 2)));
        }
        assertEquals("黑体", doc.style("DocAnnexLabel").getRPr().getRFonts().getEastAsia());
        assertEquals(Gbt9704.SIZE_3_PT, doc.size("DocAnnexLabel"));
        assertEquals(List.of("推荐单位：（单位公章）", "绿色低碳工业园区", "绿色低碳工厂"),
                doc.paragraphs("DocAnnexText").stream().map(DocxLayoutTest::text).toList());
    }

    @Test
    void annexListAlignsTheNamesAndHasNoClosingPunctuation() {
        Rendered doc = render(SampleDocuments.letter());

        List<P> items = doc.paragraphs("DocAnnexList");
        assertEquals(List.of("附件：1.2025年省级绿色低碳工厂推荐名额", "2.　　　　市省级绿色制造推荐名单汇总表"),
                items.stream().map(DocxLayoutTest::text).toList());
        PPrBase.Ind first = items.get(0).getPPr().getInd();
        PPrBase.Ind second = items.get(1).getPPr().getInd();
        // 附件 two characters in; "2." under "1."; wrapped names under their first character.
        assertEquals(200, first.getLeftChars().intValue() - first.getHangingChars().intValue());
        assertEquals(200 + 300, second.getLeftChars().intValue() - second.getHangingChars().intValue());
        assertEquals(first.getLeftChars(), second.getLeftChars());
        assertEquals("", text((P) doc.body().get(doc.body().indexOf(items.get(0)) - 1)), "one blank line above");
    }

    @Test
    void aSingleAnnexIsNotNumberedAndASeparateFileIsOnlyListed() {
        Rendered plain = render(SampleDocuments.plain());
        assertEquals(List.of("附件：2025年省级绿色低碳工厂拟入选名单"),
                plain.paragraphs("DocAnnexList").stream().map(DocxLayoutTest::text).toList());
        assertEquals(List.of("附件"), plain.paragraphs("DocAnnexLabel").stream().map(DocxLayoutTest::text).toList());

        Rendered file = render(SampleDocuments.file());
        assertEquals(List.of("附件：浙江省绿色（低碳）工厂梯度培育管理实施细则"),
                file.paragraphs("DocAnnexList").stream().map(DocxLayoutTest::text).toList());
        assertEquals(List.of(), file.paragraphs("DocAnnexLabel"));
    }

    @Test
    void jointMarkStacksTheThreeAgenciesWithWenjianToTheirRight() {
        Rendered doc = render(SampleDocuments.joint(3));

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
    void dateIsTwoCharactersRightOfTheSignaturesFirstCharacter() {
        Rendered doc = render(SampleDocuments.letter());

        P signature = doc.only("DocSignature");
        P date = doc.only("DocDate");
        assertEquals("浙江省经济和信息化厅", text(signature));
        assertEquals("2025年5月28日", text(date));
        // Signature 2 characters from the right; its first character 12 from the right, the date's 10.
        assertEquals(200, signature.getPPr().getInd().getRightChars().intValue());
        assertEquals(1200 - 200, date.getPPr().getInd().getRightChars().intValue() + 650);
        assertEquals(JcEnumeration.RIGHT, doc.inherited("DocSignature", s -> jc(s.getPPr())));
        assertEquals(JcEnumeration.RIGHT, doc.inherited("DocDate", s -> jc(s.getPPr())));
        assertEquals("", text((P) doc.body().get(doc.body().indexOf(signature) - 1)), "one blank line above");
        assertEquals(doc.body().indexOf(signature) + 1, doc.body().indexOf(date));
    }

    @Test
    void jointSignaturesFollowTheAgencyOrderAboveOneDate() {
        Rendered doc = render(SampleDocuments.joint(3));

        List<P> signatures = doc.paragraphs("DocSignature");
        assertEquals(List.of("浙江省经济和信息化厅", "浙江省发展和改革委员会", "浙江省生态环境厅"),
                signatures.stream().map(DocxLayoutTest::text).toList());
        // One column: right indent + length is the same for every name; the longest keeps 2 characters.
        assertEquals(List.of(1300, 1300, 1300), signatures.stream()
                .map(p -> p.getPPr().getInd().getRightChars().intValue() + 100 * text(p).length()).toList());
        P date = doc.only("DocDate");
        assertEquals("2025年12月20日", text(date));
        assertEquals(doc.body().indexOf(signatures.get(2)) + 1, doc.body().indexOf(date));
        assertEquals(1300 - 200, date.getPPr().getInd().getRightChars().intValue() + 700);
    }

    @Test
    void aPlainNoticeHasNoMarkNumberRedLineOrRecipients() {
        Rendered doc = render(SampleDocuments.plain());

        for (String style : List.of("DocMarkSpacer", "DocAgencyMark", "DocJointMark", "DocNumber", "DocRecipients")) {
            assertEquals(List.of(), doc.paragraphs(style), style);
        }
        assertEquals("DocTitle", styleOf((P) doc.body().get(0)));
        assertEquals("2025年11月7日", text(doc.only("DocDate")));
        assertEquals(4, doc.paragraphs("DocBody").size());
    }

    @Test
    void recipientsEndWithAFullWidthColonOneLineBelowTheTitle() {
        Rendered doc = render(SampleDocuments.file());

        P recipients = doc.only("DocRecipients");
        assertEquals("各市、县（市、区）经信局：", text(recipients));
        assertEquals("", text((P) doc.body().get(doc.body().indexOf(recipients) - 1)));
        assertEquals("DocTitle", styleOf((P) doc.body().get(doc.body().indexOf(recipients) - 2)));
    }

    @Test
    void longTitlesAreBrokenEvenlyWhereWordsEnd() {
        assertEquals(List.of("浙江省经济和信息化厅", "关于印发《浙江省绿色（低碳）", "工厂梯度培育管理实施细则》的通知"),
                lines(render(SampleDocuments.file()).only("DocTitle")));
        assertEquals(List.of("浙江省经济和信息化厅", "浙江省发展和改革委员会", "浙江省生态环境厅关于公布",
                "2025年浙江省绿色低碳工厂名单的通知"), lines(render(SampleDocuments.joint(3)).only("DocTitle")));
    }

    @Test
    void corePropertiesNameTheDocument() throws Docx4JException {
        Rendered doc = render(SampleDocuments.file());

        CoreProperties core = doc.pkg.getDocPropsCorePart().getContents();
        assertEquals(SampleDocuments.file().title(), core.getTitle().getValue().getContent().get(0));
        assertEquals("绿色（低碳）工厂梯度培育管理实施细则", core.getSubject().getContent().get(0));
        assertEquals("浙经信绿色〔2024〕105号", core.getKeywords());
        assertEquals("浙江省经济和信息化厅", core.getCreator().getContent().get(0));
        assertEquals("2024-05-26T16:00:00Z", core.getCreated().getContent().get(0), "成文日期, midnight in Zhejiang");
    }

    @Test
    void aWarmRenderOfThreeHundredRowsTakesWellUnderASecond() {
        DocumentContent joint = SampleDocuments.joint(300);
        DocxTemplate template = DocxTemplate.bundled(DocumentFormat.FILE);
        RENDERER.render(joint, template);
        RENDERER.render(joint, template);

        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            RENDERER.render(joint, template);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "warm render of joint(300): %.0f ms%n", best / 1e6);
        assertTrue(best < 1_000_000_000L, best / 1_000_000 + " ms");
    }

    @Test
    void aRenderBuildsNoJaxbContext() throws JAXBException {
        DocumentContent letter = SampleDocuments.letter();
        render(letter);
        CountingJaxbContexts.count.set(0);
        System.setProperty(JAXBContext.JAXB_CONTEXT_FACTORY, CountingJaxbContexts.class.getName());
        try {
            render(letter);
            render(SampleDocuments.joint(3));
            // docx4j's contexts are built once, when its Context class loads; a render only uses them.
            assertEquals(0, CountingJaxbContexts.count.get());
            JAXBContext.newInstance(CoreProperties.class);
            assertEquals(1, CountingJaxbContexts.count.get(), "the counter sees a context being built");
        } finally {
            System.clearProperty(JAXBContext.JAXB_CONTEXT_FACTORY);
        }
    }

    @Test
    void rendersRunningAtOnceGiveTheSameDocument() throws Exception {
        DocumentContent letter = SampleDocuments.letter();
        String alone = mainPart(RENDERER.render(letter, DocxTemplate.bundled(DocumentFormat.LETTER)));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                renders.add(pool.submit(() -> RENDERER.render(letter, DocxTemplate.bundled(DocumentFormat.LETTER))));
            }
            for (Future<byte[]> docx : renders) {
                assertEquals(alone, mainPart(docx.get()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A JAXB context factory that counts the contexts asked of it, then leaves the work to JAXB's own. */
    public static final class CountingJaxbContexts implements JAXBContextFactory {

        static final AtomicInteger count = new AtomicInteger();
        private final JAXBContextFactory jaxb = new org.glassfish.jaxb.runtime.v2.JAXBContextFactory();

        @Override
        public JAXBContext createContext(Class<?>[] classes, Map<String, ?> properties) throws JAXBException {
            count.incrementAndGet();
            return jaxb.createContext(classes, properties);
        }

        @Override
        public JAXBContext createContext(String contextPath, ClassLoader classLoader, Map<String, ?> properties)
                throws JAXBException {
            count.incrementAndGet();
            return jaxb.createContext(contextPath, classLoader, properties);
        }
    }

    // --- reading the files back

    private static String mainPart(byte[] docx) {
        return XmlUtils.marshaltoString(load(docx).pkg().getMainDocumentPart().getJaxbElement(), true, false);
    }

    private static DocumentContent sample(DocumentFormat format) {
        return switch (format) {
            case FILE -> SampleDocuments.file();
            case LETTER -> SampleDocuments.letter();
            case PLAIN -> SampleDocuments.plain();
        };
    }

    private static Rendered render(DocumentContent content) {
        return load(RENDERER.render(content, DocxTemplate.bundled(content.format())));
    }

    /**
     * Renders a sample and keeps it in target/docx-samples as {@code name}.docx, for a look in Word, with its
     * {@link LibreOfficeView} beside it as {@code name}-libreoffice.docx.
     */
    private static Rendered renderAndKeep(DocumentContent content, String name) {
        byte[] docx = RENDERER.render(content, DocxTemplate.bundled(content.format()));
        try {
            Path dir = Files.createDirectories(Path.of("target", "docx-samples"));
            Files.write(dir.resolve(name + ".docx"), docx);
            Files.write(dir.resolve(name + "-libreoffice.docx"), LibreOfficeView.of(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return load(docx);
    }

    private static Rendered load(byte[] docx) {
        try {
            return new Rendered(WordprocessingMLPackage.load(new ByteArrayInputStream(docx)));
        } catch (Docx4JException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Rendered(WordprocessingMLPackage pkg) {

        SectPr section() {
            return pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
        }

        List<Object> body() {
            return pkg.getMainDocumentPart().getJaxbElement().getBody().getContent().stream()
                    .map(DocxLayoutTest::unwrap).toList();
        }

        List<P> paragraphs(String styleId) {
            List<P> found = new ArrayList<>();
            Wml.walk(pkg.getMainDocumentPart().getJaxbElement(), (name, node) -> {
                if (node instanceof P p && styleId.equals(styleOf(p))) {
                    found.add(p);
                }
            });
            return found;
        }

        P only(String styleId) {
            List<P> found = paragraphs(styleId);
            assertEquals(1, found.size(), styleId);
            return found.get(0);
        }

        List<Tbl> tables() {
            return body().stream().filter(Tbl.class::isInstance).map(Tbl.class::cast).toList();
        }

        Style style(String id) {
            return Objects.requireNonNull(pkg.getMainDocumentPart().getStyleDefinitionsPart().getStyleById(id), id);
        }

        /** The first value a style or one it is based on sets. */
        <T> T inherited(String id, Function<Style, T> property) {
            for (Style s = style(id); s != null;
                    s = s.getBasedOn() == null ? null : style(s.getBasedOn().getVal())) {
                T value = property.apply(s);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }

        /** A paragraph style's font size in points, down to the document defaults. */
        double size(String id) {
            BigInteger halfPoints = inherited(id, s -> s.getRPr() == null || s.getRPr().getSz() == null ? null
                    : s.getRPr().getSz().getVal());
            return (halfPoints == null ? defaults().getSz().getVal() : halfPoints).intValue() / 2.0;
        }

        String defaultEastAsiaFont() {
            return defaults().getRFonts().getEastAsia();
        }

        private RPr defaults() {
            return pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getDocDefaults()
                    .getRPrDefault().getRPr();
        }

        Part footer(HdrFtrRef type) {
            return part(FooterReference.class, type);
        }

        Part header(HdrFtrRef type) {
            return part(HeaderReference.class, type);
        }

        private Part part(Class<? extends CTRel> kind, HdrFtrRef type) {
            for (CTRel ref : section().getEGHdrFtrReferences()) {
                HdrFtrRef refType = ref instanceof FooterReference f ? f.getType()
                        : ref instanceof HeaderReference h ? h.getType() : null;
                if (kind.isInstance(ref) && refType == type) {
                    return pkg.getMainDocumentPart().getRelationshipsPart().getPart(ref.getId());
                }
            }
            throw new AssertionError("no " + type + " " + kind.getSimpleName());
        }
    }

    private static Object unwrap(Object o) {
        return o instanceof JAXBElement<?> e ? e.getValue() : o;
    }

    private static String styleOf(P p) {
        return p.getPPr() == null || p.getPPr().getPStyle() == null ? null : p.getPPr().getPStyle().getVal();
    }

    private static JcEnumeration jc(PPr pPr) {
        return pPr == null || pPr.getJc() == null ? null : pPr.getJc().getVal();
    }

    private static String text(P p) {
        StringBuilder text = new StringBuilder();
        Wml.walk(p, (name, node) -> {
            if ("t".equals(name) && node instanceof Text t) {
                text.append(t.getValue());
            }
        });
        return text.toString();
    }

    /** A footer's text with its fields as {NAME}. */
    private static String fieldText(P p) {
        StringBuilder text = new StringBuilder();
        for (Object child : p.getContent()) {
            Object o = unwrap(child);
            if (o instanceof CTSimpleField field) {
                text.append('{').append(field.getInstr().strip()).append('}');
            } else if (o instanceof R r) {
                Wml.walk(r, (name, node) -> {
                    if ("t".equals(name) && node instanceof Text t) {
                        text.append(t.getValue());
                    }
                });
            }
        }
        return text.toString();
    }

    /** The texts of the runs of a paragraph in {@code characterStyle}, or of all its runs if it is null. */
    private static List<String> runs(P p, String characterStyle) {
        return p.getContent().stream().map(DocxLayoutTest::unwrap).filter(R.class::isInstance).map(R.class::cast)
                .filter(r -> characterStyle == null || (r.getRPr() != null && r.getRPr().getRStyle() != null
                        && characterStyle.equals(r.getRPr().getRStyle().getVal())))
                .map(r -> {
                    StringBuilder t = new StringBuilder();
                    Wml.walk(r, (name, node) -> {
                        if ("t".equals(name) && node instanceof Text text) {
                            t.append(text.getValue());
                        }
                    });
                    return t.toString();
                }).toList();
    }

    /** A paragraph's lines, split at its line breaks. */
    private static List<String> lines(P p) {
        List<String> lines = new ArrayList<>(List.of(""));
        Wml.walk(p, (name, node) -> {
            if (node instanceof Br) {
                lines.add("");
            } else if ("t".equals(name) && node instanceof Text t) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + t.getValue());
            }
        });
        return lines;
    }

    private static P firstParagraph(Object container) {
        Object root = container instanceof JaxbXmlPart<?> part ? part.getJaxbElement() : container;
        List<P> found = new ArrayList<>();
        Wml.walk(root, (name, node) -> {
            if (node instanceof P p && found.isEmpty()) {
                found.add(p);
            }
        });
        assertFalse(found.isEmpty());
        return found.get(0);
    }

    private static boolean contains(Part part, Class<?> kind) {
        boolean[] found = {false};
        Wml.walk(((JaxbXmlPart<?>) part).getJaxbElement(), (name, node) -> found[0] |= kind.isInstance(node));
        return found[0];
    }

    private static List<Tr> rows(Tbl table) {
        return table.getContent().stream().map(DocxLayoutTest::unwrap).filter(Tr.class::isInstance)
                .map(Tr.class::cast).toList();
    }

    private static boolean flag(Tr row, String name) {
        return row.getTrPr() != null && Stream.of(row.getTrPr().getCnfStyleOrDivIdOrGridBefore().toArray())
                .map(JAXBElement.class::cast)
                .anyMatch(e -> name.equals(e.getName().getLocalPart())
                        && ((BooleanDefaultTrue) e.getValue()).isVal());
    }

    private static double mmOfBorder(CTBorder border) {
        return border.getSz().intValue() / 8.0 * 25.4 / 72;
    }

    private static void assertMm(double expected, BigInteger twips, double tolerance) {
        assertEquals(expected, Gbt9704.mm(twips.longValue()), tolerance, twips + " twips");
    }
}
