package cn.gov.zj.jxt.green.infrastructure.document;

import java.math.BigInteger;
import java.util.List;

import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTHeight;
import org.docx4j.wml.CTTblCellMar;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STHeightRule;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

import cn.gov.zj.jxt.green.infrastructure.document.LayoutPlan.Table;

/**
 * The tables of a DOCX: fixed-layout, as wide as the text block, edges on the margins. The annex table turns the
 * page where the plan does, by a page break before the first row of each next page; the joint mark and the 版记 are
 * tables too, without visible grid.
 */
final class DocxTables {

    private DocxTables() {
    }

    /**
     * An annex table, columns in the model's proportions; the header row repeats on every page and no row splits
     * across pages.
     */
    static Tbl annexTable(Table table, int textWidth) {
        int[] widths = proportional(table.widths(), textWidth);
        TblBorders borders = new TblBorders();
        CTBorder line = Wml.border(STBorder.SINGLE, 4);
        borders.setTop(line);
        borders.setBottom(line);
        borders.setLeft(line);
        borders.setRight(line);
        borders.setInsideH(line);
        borders.setInsideV(line);
        Tbl tbl = table(widths, borders, textWidth);
        // About 0.7 mm inside the rules: a two-character header (序号) still fits a column of 2 in 27.
        CTTblCellMar margins = tbl.getTblPr().getTblCellMar();
        margins.setTop(dxa(40));
        margins.setBottom(dxa(40));
        margins.setLeft(dxa(40));
        margins.setRight(dxa(40));
        tbl.getContent().add(row(table.columns(), widths, DocxStyle.TABLE_HEADER, true, table.newPage()));
        for (int page = 0; page < table.pages().size(); page++) {
            List<List<String>> rows = table.pages().get(page);
            for (int i = 0; i < rows.size(); i++) {
                tbl.getContent().add(row(rows.get(i), widths, DocxStyle.TABLE_TEXT, false, page > 0 && i == 0));
            }
        }
        return tbl;
    }

    private static int[] proportional(List<Integer> weights, int textWidth) {
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

    private static Tr row(List<String> cells, int[] widths, DocxStyle style, boolean header, boolean newPage) {
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
            P p = Wml.paragraph(style, cells.get(i));
            if (newPage && i == 0) {
                // The plan's page break: Word moves the row, and the repeated header with it, to the next page.
                Wml.pageBreakBefore(p);
            }
            tc.getContent().add(p);
            tr.getContent().add(tc);
        }
        return tr;
    }

    /** A row of the 版记 that never splits across pages. */
    static Tr imprintRow(Tc... cells) {
        Tr tr = new Tr();
        TrPr trPr = new TrPr();
        trPr.getCnfStyleOrDivIdOrGridBefore().add(Wml.FACTORY.createCTTrPrBaseCantSplit(Wml.on()));
        tr.setTrPr(trPr);
        tr.getContent().addAll(List.of(cells));
        return tr;
    }

    /** 7.4.1: the first and last rules of the 版记 0.35 mm, those between its rows 0.25 mm. */
    static TblBorders imprintRules() {
        TblBorders borders = noBorders();
        CTBorder outer = Wml.border(STBorder.SINGLE, Gbt9704.eighthPoints(Gbt9704.IMPRINT_OUTER_RULE_MM));
        borders.setTop(outer);
        borders.setBottom(outer);
        borders.setInsideH(Wml.border(STBorder.SINGLE, Gbt9704.eighthPoints(Gbt9704.IMPRINT_INNER_RULE_MM)));
        return borders;
    }

    static TblBorders noBorders() {
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
    static Tbl table(int[] widths, TblBorders borders, int textWidth) {
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

    static Tc cell(int width) {
        Tc tc = new Tc();
        TcPr pr = new TcPr();
        pr.setTcW(dxa(width));
        tc.setTcPr(pr);
        return tc;
    }

    static CTVerticalJc verticalCentre() {
        CTVerticalJc v = new CTVerticalJc();
        v.setVal(STVerticalJc.CENTER);
        return v;
    }

    static TblWidth dxa(int twips) {
        TblWidth w = new TblWidth();
        w.setW(BigInteger.valueOf(twips));
        w.setType(TblWidth.TYPE_DXA);
        return w;
    }
}
