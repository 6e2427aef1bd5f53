package cn.gov.zj.jxt.green.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.xml.bind.JAXBElement;

import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.testing.LibreOfficeView;
import cn.gov.zj.jxt.green.testing.SampleDocuments;

/**
 * A rendered DOCX read back with docx4j, and the readers the DOCX tests share: styles down their basedOn chain,
 * paragraphs by style, tables, headers and footers. The DOCX counterpart of {@link PdfProbe}.
 */
record DocxProbe(WordprocessingMLPackage pkg) {

    /** The renderer of every DOCX test, with the bundled fonts. */
    static final DocxRenderer RENDERER = new DocxRenderer(FontLibrary.bundled());
    static final double TEXT_WIDTH = Gbt9704.twips(156);

    SectPr section() {
        return pkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
    }

    List<Object> body() {
        return pkg.getMainDocumentPart().getJaxbElement().getBody().getContent().stream()
                .map(DocxProbe::unwrap).toList();
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

    static String mainPart(byte[] docx) {
        return XmlUtils.marshaltoString(load(docx).pkg().getMainDocumentPart().getJaxbElement(), true, false);
    }

    static DocumentContent sample(DocumentFormat format) {
        return switch (format) {
            case FILE -> SampleDocuments.file();
            case LETTER -> SampleDocuments.letter();
            case PLAIN -> SampleDocuments.plain();
        };
    }

    static DocxProbe render(DocumentContent content) {
        return load(RENDERER.render(content, DocxTemplate.bundled(content.format())));
    }

    /**
     * Renders a sample and keeps it in target/docx-samples as {@code name}.docx, for a look in Word, with its
     * {@link LibreOfficeView} beside it as {@code name}-libreoffice.docx.
     */
    static DocxProbe renderAndKeep(DocumentContent content, String name) {
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

    static DocxProbe load(byte[] docx) {
        try {
            return new DocxProbe(WordprocessingMLPackage.load(new ByteArrayInputStream(docx)));
        } catch (Docx4JException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object unwrap(Object o) {
        return o instanceof JAXBElement<?> e ? e.getValue() : o;
    }

    static String styleOf(P p) {
        return p.getPPr() == null || p.getPPr().getPStyle() == null ? null : p.getPPr().getPStyle().getVal();
    }

    static JcEnumeration jc(PPr pPr) {
        return pPr == null || pPr.getJc() == null ? null : pPr.getJc().getVal();
    }

    static String text(P p) {
        StringBuilder text = new StringBuilder();
        Wml.walk(p, (name, node) -> {
            if ("t".equals(name) && node instanceof Text t) {
                text.append(t.getValue());
            }
        });
        return text.toString();
    }

    /** A footer's text with its fields as {NAME}. */
    static String fieldText(P p) {
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
    static List<String> runs(P p, String characterStyle) {
        return p.getContent().stream().map(DocxProbe::unwrap).filter(R.class::isInstance).map(R.class::cast)
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
    static List<String> lines(P p) {
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

    static P firstParagraph(Object container) {
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

    static boolean contains(Part part, Class<?> kind) {
        boolean[] found = {false};
        Wml.walk(((JaxbXmlPart<?>) part).getJaxbElement(), (name, node) -> found[0] |= kind.isInstance(node));
        return found[0];
    }

    static List<Tr> rows(Tbl table) {
        return table.getContent().stream().map(DocxProbe::unwrap).filter(Tr.class::isInstance)
                .map(Tr.class::cast).toList();
    }

    static boolean flag(Tr row, String name) {
        return row.getTrPr() != null && Stream.of(row.getTrPr().getCnfStyleOrDivIdOrGridBefore().toArray())
                .map(JAXBElement.class::cast)
                .anyMatch(e -> name.equals(e.getName().getLocalPart())
                        && ((BooleanDefaultTrue) e.getValue()).isVal());
    }

    static double mmOfBorder(CTBorder border) {
        return border.getSz().intValue() / 8.0 * 25.4 / 72;
    }

    static void assertMm(double expected, BigInteger twips, double tolerance) {
        assertEquals(expected, Gbt9704.mm(twips.longValue()), tolerance, twips + " twips");
    }
}
