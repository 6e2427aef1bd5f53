package cn.gov.zj.jxt.green.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.CTDocGrid;
import org.docx4j.wml.CTSignedTwipsMeasure;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STDocGrid;
import org.docx4j.wml.Style;

/**
 * A copy of a rendered DOCX for pictures made with LibreOffice (docs/renderings). LibreOffice 7 gives a 16 pt
 * character two cells of the 15.79 pt character grid that Word narrows it into, so a line shows 14 characters
 * instead of 28. The copy has the line grid only and its characters condensed by 0.25 pt, which lays out the same
 * 28 characters to a line; everything else is the rendered file.
 */
public final class LibreOfficeView {

    private LibreOfficeView() {
    }

    public static byte[] of(byte[] docx) {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
            CTDocGrid grid = pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr().getDocGrid();
            grid.setType(STDocGrid.LINES);
            grid.setCharSpace(null);
            Style normal = pkg.getMainDocumentPart().getStyleDefinitionsPart().getStyleById("Normal");
            if (normal.getRPr() == null) {
                normal.setRPr(new RPr());
            }
            CTSignedTwipsMeasure condensed = new CTSignedTwipsMeasure();
            condensed.setVal(BigInteger.valueOf(-5));
            normal.getRPr().setSpacing(condensed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new IllegalStateException(e);
        }
    }
}
