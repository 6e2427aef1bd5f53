package cn.gov.zj.jxt.green.infrastructure.document;

import cn.gov.zj.jxt.green.application.document.InvalidTemplateException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.OpcPackage;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

import cn.gov.zj.jxt.green.application.document.InvalidTemplateException.Problem;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;

/**
 * A Word template for one {@link DocumentFormat} that keeps to GB/T 9704-2012: page, margins, grid, the styles the
 * renderer applies and the footers (see {@link TemplateRules}). It holds the file's bytes only; every render loads
 * its own package from them, so a template is immutable and shared freely between threads.
 *
 * <p>A template is either bundled (document-templates/ on the classpath) or uploaded by a provincial clerk as a
 * .docx made from a bundled one. Uploads reach {@link #validate} after the upload inspector has refused hostile
 * files; docx4j's loaders parse what is left without resolving external entities.
 */
public final class DocxTemplate {

    /** The tag of the content control in the letter's first-page header that receives the agency's name. */
    public static final String AGENCY_MARK_TAG = "agency-mark";

    private static final Map<DocumentFormat, DocxTemplate> BUNDLED = new EnumMap<>(DocumentFormat.class);

    private final DocumentFormat format;
    private final byte[] bytes;

    private DocxTemplate(DocumentFormat format, byte[] bytes) {
        this.format = format;
        this.bytes = bytes;
    }

    /** The portal's own template for {@code format}, document-templates/&lt;format&gt;.xml (Flat OPC). */
    public static DocxTemplate bundled(DocumentFormat format) {
        synchronized (BUNDLED) {
            return BUNDLED.computeIfAbsent(format, DocxTemplate::loadBundled);
        }
    }

    private static DocxTemplate loadBundled(DocumentFormat format) {
        String resource = "/document-templates/" + format.name().toLowerCase(Locale.ROOT) + ".xml";
        try (InputStream in = DocxTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return validate(format, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        } catch (InvalidTemplateException e) {
            throw new IllegalStateException(resource + " breaks its own rules: " + e.problems(), e);
        }
    }

    /**
     * Accepts a .docx or a Flat OPC .xml as the template for {@code format}.
     *
     * @throws InvalidTemplateException listing every problem found, if there is any
     */
    public static DocxTemplate validate(DocumentFormat format, byte[] bytes) {
        Objects.requireNonNull(format, "format");
        byte[] copy = bytes.clone();
        WordprocessingMLPackage pkg;
        try {
            pkg = open(copy);
        } catch (NotWordException e) {
            throw new InvalidTemplateException(List.of(new Problem("document.template.notWord")));
        }
        List<Problem> problems = TemplateRules.check(format, pkg);
        if (!problems.isEmpty()) {
            throw new InvalidTemplateException(problems);
        }
        return new DocxTemplate(format, copy);
    }

    public DocumentFormat format() {
        return format;
    }

    /** The template file as uploaded or bundled, e.g. to store it or to let a clerk download it. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The template as a .docx a clerk opens in Word: an uploaded one as it was uploaded, a bundled one (Flat OPC
     * XML in the repository) saved as a zip package.
     */
    public byte[] toDocx() {
        if (bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K') {
            return bytes();
        }
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            load().save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new IllegalStateException("the template cannot be saved as .docx", e);
        }
    }

    /** A fresh package of this template, the caller's own to change. */
    WordprocessingMLPackage load() {
        try {
            return open(bytes);
        } catch (NotWordException e) {
            throw new IllegalStateException("a validated template no longer loads", e);
        }
    }

    private static WordprocessingMLPackage open(byte[] bytes) throws NotWordException {
        OpcPackage pkg;
        try {
            // Detects a zip (.docx) or Flat OPC XML by the first bytes.
            pkg = OpcPackage.load(new ByteArrayInputStream(bytes));
        } catch (Docx4JException | RuntimeException e) {
            throw new NotWordException(e);
        }
        if (pkg instanceof WordprocessingMLPackage word) {
            return word;
        }
        throw new NotWordException(null);
    }

    private static final class NotWordException extends Exception {

        private static final long serialVersionUID = 1L;

        NotWordException(Exception cause) {
            super(cause);
        }
    }
}
