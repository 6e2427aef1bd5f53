package cn.gov.zj.jxt.green.infrastructure.document;

import java.math.BigInteger;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.xml.bind.JAXBElement;

import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RStyle;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.Style;
import org.docx4j.wml.Text;

/**
 * Small builders and a tree walk over docx4j's WordprocessingML objects, so that the renderer reads as the
 * document it makes. The objects are plain beans; docx4j's shared factory only wraps the elements JAXB needs
 * wrapped (w:t, w:br, a row's flags). Nothing here creates a JAXB context.
 */
final class Wml {

    static final ObjectFactory FACTORY = Context.getWmlObjectFactory();

    private Wml() {
    }

    /** An empty line of the body's grid: the standard's "空一行". */
    static P blankLine() {
        return new P();
    }

    static P paragraph(DocxStyle style, R... runs) {
        P p = new P();
        PPr pPr = new PPr();
        PPrBase.PStyle pStyle = new PPrBase.PStyle();
        pStyle.setVal(style.id());
        pPr.setPStyle(pStyle);
        p.setPPr(pPr);
        p.getContent().addAll(List.of(runs));
        return p;
    }

    static P paragraph(DocxStyle style, String text) {
        return text.isEmpty() ? paragraph(style) : paragraph(style, run(text));
    }

    /** One paragraph of several lines, each after a line break (w:br), e.g. a title broken by {@link TitleLines}. */
    static P lines(DocxStyle style, List<String> lines) {
        P p = paragraph(style);
        for (int i = 0; i < lines.size(); i++) {
            R r = run(lines.get(i));
            if (i > 0) {
                r.getContent().add(0, FACTORY.createBr());
            }
            p.getContent().add(r);
        }
        return p;
    }

    static R run(String text) {
        R r = new R();
        Text t = new Text();
        t.setValue(text);
        t.setSpace("preserve");
        r.getContent().add(FACTORY.createRT(t));
        return r;
    }

    static R run(String text, DocxStyle characterStyle) {
        R r = run(text);
        RStyle rStyle = new RStyle();
        rStyle.setVal(characterStyle.id());
        rPr(r).setRStyle(rStyle);
        return r;
    }

    static RPr rPr(R r) {
        if (r.getRPr() == null) {
            r.setRPr(new RPr());
        }
        return r.getRPr();
    }

    static void fontSize(R r, int halfPoints) {
        rPr(r).setSz(halfPoints(halfPoints));
        rPr(r).setSzCs(halfPoints(halfPoints));
    }

    private static HpsMeasure halfPoints(int value) {
        HpsMeasure m = new HpsMeasure();
        m.setVal(BigInteger.valueOf(value));
        return m;
    }

    static void align(P p, JcEnumeration value) {
        Jc jc = new Jc();
        jc.setVal(value);
        p.getPPr().setJc(jc);
    }

    static void keepWithNext(P p) {
        if (p.getPPr() == null) {
            p.setPPr(new PPr());
        }
        p.getPPr().setKeepNext(on());
    }

    static void pageBreakBefore(P p) {
        p.getPPr().setPageBreakBefore(on());
    }

    /** Exact line height, off the document grid: for a line that must not take a grid line's height. */
    static void exactLine(P p, int twips) {
        PPrBase.Spacing spacing = new PPrBase.Spacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(twips));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        p.getPPr().setSpacing(spacing);
        p.getPPr().setSnapToGrid(off());
    }

    /**
     * Indents in characters of the body's grid (5.2.4), written both in Word's character units, which follow the
     * grid, and in twips for programs that read only those. A negative {@code firstLine} is a hanging indent.
     */
    static void indentChars(P p, double left, double right, double firstLine) {
        double pitch = Gbt9704.charPitchTwips();
        PPrBase.Ind ind = new PPrBase.Ind();
        ind.setLeftChars(hundredths(left));
        ind.setLeft(twips(left * pitch));
        ind.setRightChars(hundredths(right));
        ind.setRight(twips(right * pitch));
        if (firstLine < 0) {
            ind.setHangingChars(hundredths(-firstLine));
            ind.setHanging(twips(-firstLine * pitch));
        } else {
            ind.setFirstLineChars(hundredths(firstLine));
            ind.setFirstLine(twips(firstLine * pitch));
        }
        p.getPPr().setInd(ind);
    }

    /** Indents in twips, for text off the body's grid (版记 in 4号). A negative {@code firstLine} hangs. */
    static void indentTwips(P p, int left, int right, int firstLine) {
        PPrBase.Ind ind = new PPrBase.Ind();
        ind.setLeft(BigInteger.valueOf(left));
        ind.setRight(BigInteger.valueOf(right));
        if (firstLine < 0) {
            ind.setHanging(BigInteger.valueOf(-firstLine));
        } else {
            ind.setFirstLine(BigInteger.valueOf(firstLine));
        }
        p.getPPr().setInd(ind);
    }

    static CTBorder border(STBorder style, int eighthPoints) {
        CTBorder b = new CTBorder();
        b.setVal(style);
        b.setSz(BigInteger.valueOf(eighthPoints));
        b.setSpace(BigInteger.ZERO);
        b.setColor("000000");
        return b;
    }

    static CTBorder none() {
        CTBorder b = new CTBorder();
        b.setVal(STBorder.NONE);
        b.setSz(BigInteger.ZERO);
        b.setSpace(BigInteger.ZERO);
        b.setColor("auto");
        return b;
    }

    static BooleanDefaultTrue on() {
        return new BooleanDefaultTrue();
    }

    static BooleanDefaultTrue off() {
        BooleanDefaultTrue b = new BooleanDefaultTrue();
        b.setVal(false);
        return b;
    }

    /** A style's font size in half-points, following {@code basedOn} up to the document defaults. */
    static int fontHalfPoints(StyleDefinitionsPart styles, String styleId) {
        for (Style s = styles.getStyleById(styleId); s != null;
                s = s.getBasedOn() == null ? null : styles.getStyleById(s.getBasedOn().getVal())) {
            if (s.getRPr() != null && s.getRPr().getSz() != null) {
                return s.getRPr().getSz().getVal().intValue();
            }
        }
        var defaults = styles.getJaxbElement().getDocDefaults();
        RPr rPr = defaults == null || defaults.getRPrDefault() == null ? null : defaults.getRPrDefault().getRPr();
        return rPr == null || rPr.getSz() == null ? Gbt9704.halfPoints(Gbt9704.SIZE_3_PT)
                : rPr.getSz().getVal().intValue();
    }

    /**
     * Visits every object under {@code root}, depth first, with the element name it was wrapped in ({@code null}
     * for objects docx4j keeps unwrapped), e.g. to tell a run's {@code w:instrText} from its {@code w:t}.
     */
    static void walk(Object root, BiConsumer<String, Object> visitor) {
        String name = null;
        Object node = root;
        if (node instanceof JAXBElement<?> element) {
            name = element.getName().getLocalPart();
            node = element.getValue();
        }
        visitor.accept(name, node);
        List<Object> children = node instanceof ContentAccessor accessor ? accessor.getContent()
                : node instanceof SdtElement sdt && sdt.getSdtContent() != null ? sdt.getSdtContent().getContent()
                : List.of();
        for (Object child : children) {
            walk(child, visitor);
        }
    }

    /** The first content control under {@code root} whose tag is {@code tag}, or {@code null}. */
    static SdtElement findTagged(Object root, String tag) {
        SdtElement[] found = new SdtElement[1];
        walk(root, (name, node) -> {
            if (found[0] == null && node instanceof SdtElement sdt && sdt.getSdtPr() != null
                    && sdt.getSdtPr().getTag() != null && tag.equals(sdt.getSdtPr().getTag().getVal())) {
                found[0] = sdt;
            }
        });
        return found[0];
    }

    /** Puts {@code replacement} where {@code target} is under {@code root}, whether wrapped or not. */
    static void replace(Object root, Object target, List<Object> replacement) {
        walk(root, (name, node) -> {
            if (node instanceof ContentAccessor parent) {
                List<Object> children = parent.getContent();
                for (int i = 0; i < children.size(); i++) {
                    Object child = children.get(i);
                    if (child == target || (child instanceof JAXBElement<?> e && e.getValue() == target)) {
                        children.remove(i);
                        children.addAll(i, replacement);
                        return;
                    }
                }
            }
        });
    }

    private static BigInteger hundredths(double chars) {
        return BigInteger.valueOf(Math.round(chars * 100));
    }

    private static BigInteger twips(double value) {
        return BigInteger.valueOf(Math.round(value));
    }
}
