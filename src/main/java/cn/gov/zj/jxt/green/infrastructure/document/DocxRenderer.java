package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.Wml.run;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
import org.docx4j.wml.Body;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SectPr;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;

/**
 * Renders a document to DOCX on its format's template, to the numbers of GB/T 9704-2012 (clauses cited where they
 * apply). The template gives page, styles, footers and, for a letter, the letterhead; the body is the document's
 * {@link LayoutPlan}, the same the PDF draws, written by {@link DocxWriter}.
 *
 * <p>Thread-safe: every call loads its own package from the template's bytes; the fonts are shared and immutable.
 */
public class DocxRenderer {

    private final LayoutPlanner planner;

    /** {@code fonts} measure what the plan must measure (annex table rows), the same as for the PDF. */
    public DocxRenderer(FontLibrary fonts) {
        this.planner = new LayoutPlanner(Objects.requireNonNull(fonts, "fonts"));
    }

    public byte[] render(DocumentContent content, DocxTemplate template) {
        Objects.requireNonNull(content, "content");
        if (template.format() != content.format()) {
            throw new IllegalArgumentException("a " + content.format() + " document needs a " + content.format()
                    + " template, not " + template.format());
        }
        WordprocessingMLPackage pkg = template.load();
        MainDocumentPart main = pkg.getMainDocumentPart();
        Body body = main.getJaxbElement().getBody();
        LayoutPlan plan = planner.plan(content);
        List<Object> blocks = new DocxWriter(plan, body.getSectPr(), main.getStyleDefinitionsPart()).blocks();
        body.getContent().clear();
        body.getContent().addAll(blocks);
        if (content.format() == DocumentFormat.LETTER) {
            fillLetterhead(main, body.getSectPr(), plan.head().mark());
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
    private static void fillLetterhead(MainDocumentPart main, SectPr section, String agency) {
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
        R name = run(agency);
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
}
