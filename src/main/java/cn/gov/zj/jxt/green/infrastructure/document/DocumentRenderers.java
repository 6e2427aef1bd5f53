package cn.gov.zj.jxt.green.infrastructure.document;

import cn.gov.zj.jxt.green.application.document.DocumentRendering;
import cn.gov.zj.jxt.green.application.shared.FileStore;
import cn.gov.zj.jxt.green.domain.model.document.DocumentTemplate;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocumentRepository;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The renderers, built once for the application: fonts are loaded and the bundled templates parsed at start-up,
 * never per request. A clerk's replacement template is validated when uploaded, and again (once, then cached by
 * its SHA-256) when first used after a restart.
 */
@ApplicationScoped
public class DocumentRenderers implements DocumentRendering {

    private static final Logger LOG = Logger.getLogger(DocumentRenderers.class.getName());

    @Inject
    PortalSettings settings;

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    FileStore fileStore;

    private final Map<DocumentFormat, DocxTemplate> bundled = new EnumMap<>(DocumentFormat.class);
    private final Map<String, DocxTemplate> replacements = new ConcurrentHashMap<>();
    private volatile DocxRenderer docx;
    private volatile PdfRenderer pdf;

    /** Loads fonts and templates while the server starts, so the first clerk does not wait for them. */
    void warmUp(@Observes Startup startup) {
        renderers();
    }

    @Override
    public byte[] docx(DocumentContent content) {
        return renderers().docx.render(content, template(content.format()));
    }

    @Override
    public byte[] pdf(DocumentContent content) {
        return renderers().pdf.render(content);
    }

    @Override
    public void validateTemplate(DocumentFormat format, byte[] content) {
        DocxTemplate.validate(format, content);
    }

    @Override
    public byte[] templateInUse(DocumentFormat format) {
        return template(format).toDocx();
    }

    private DocxTemplate template(DocumentFormat format) {
        Optional<DocumentTemplate> replacement = documents.activeTemplate(format);
        if (replacement.isEmpty()) {
            return renderers().bundled.get(format);
        }
        String sha256 = replacement.get().getSha256();
        // Keyed by format too: the same file is valid for one format and not for another.
        return replacements.computeIfAbsent(format + "/" + sha256,
                key -> DocxTemplate.validate(format, fileStore.read(sha256)));
    }

    private DocumentRenderers renderers() {
        if (pdf == null) {
            load();
        }
        return this;
    }

    private synchronized void load() {
        if (pdf == null) {
            long start = System.nanoTime();
            for (DocumentFormat format : DocumentFormat.values()) {
                bundled.put(format, DocxTemplate.bundled(format));
            }
            FontLibrary fonts = FontLibrary.load(settings.fontOverrides());
            LOG.info(() -> "Document fonts: " + fonts.describe());
            docx = new DocxRenderer(fonts);
            pdf = new PdfRenderer(fonts);
            LOG.info(() -> String.format("Document renderers ready in %d ms (fonts and templates loaded)",
                    (System.nanoTime() - start) / 1_000_000));
        }
    }
}
