package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.TEXT_WIDTH;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.firstParagraph;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.flag;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.mmOfBorder;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.render;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.renderAndKeep;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.rows;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.styleOf;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTTblPPr;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STVAnchor;
import org.docx4j.wml.STYAlign;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.Imprint;
import cn.gov.zj.jxt.green.testing.SampleDocuments;

/**
 * The annex pages and the 版记 of a DOCX, checked against GB/T 9704-2012: each annex from a new page with its label
 * and title, tables that repeat their header and keep rows whole, and the 版记 on the text block's bottom edge.
 */
class DocxAnnexAndImprintLayoutTest {

    @Test
    void annexesStartNewPagesWithTheirLabelAndTitle() {
        DocxProbe doc = render(SampleDocuments.letter());

        List<P> labels = doc.paragraphs("DocAnnexLabel");
        assertEquals(List.of("附件1", "附件2"), labels.stream().map(DocxProbe::text).toList());
        for (P label : labels) {
            assertTrue(label.getPPr().getPageBreakBefore().isVal());
            int at = doc.body().indexOf(label);
            assertEquals("", text((P) doc.body().get(at + 1)), "the title on the third line");
            assertEquals("DocAnnexTitle", styleOf((P) doc.body().get(at + 2)));
        }
        assertEquals("黑体", doc.style("DocAnnexLabel").getRPr().getRFonts().getEastAsia());
        assertEquals(Gbt9704.SIZE_3_PT, doc.size("DocAnnexLabel"));
        assertEquals(List.of("推荐单位：（单位公章）", "绿色低碳工业园区", "绿色低碳工厂"),
                doc.paragraphs("DocAnnexText").stream().map(DocxProbe::text).toList());
    }

    @Test
    void annexTablesRepeatTheirHeaderAndNeverSplitARow() {
        DocxProbe doc = renderAndKeep(SampleDocuments.joint(300), "joint");

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
    void imprintSitsOnTheTextBlocksBottomWithItsRules() {
        DocxProbe doc = render(SampleDocuments.file());

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
        DocxProbe doc = render(SampleDocuments.joint(3));

        List<Tbl> tables = doc.tables();
        assertEquals(3, tables.size(), "joint mark, annex table, imprint");
        assertNull(tables.get(1).getTblPr().getTblpPr());
        assertNotNull(tables.get(2).getTblPr().getTblpPr());
        assertTrue(doc.body().indexOf(doc.paragraphs("DocAnnexLabel").get(0)) < doc.body().indexOf(tables.get(2)));
    }

    @Test
    void aLettersImprintHasNeitherPrintingLineNorRules() {
        DocumentContent letter = SampleDocuments.letter();
        DocxProbe doc = render(new DocumentContent(letter.format(), letter.agencies(), letter.number(), letter.title(),
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
}
