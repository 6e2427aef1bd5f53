package cn.gov.zj.jxt.green.infrastructure.document;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;

/**
 * The one {@link PdfRenderer} of the application. Its fonts are loaded when the application starts, so that a
 * PORTAL_FONT_* setting naming a missing or unusable file stops the deployment with a message naming the setting,
 * rather than failing the first document someone issues.
 */
@ApplicationScoped
public class PdfRendererProducer {

    private static final Logger LOG = Logger.getLogger(PdfRendererProducer.class.getName());

    @Inject
    PortalSettings settings;

    private PdfRenderer renderer;

    @PostConstruct
    void loadFonts() {
        FontLibrary fonts = FontLibrary.load(settings.fontOverrides());
        LOG.info(() -> "Document fonts: " + fonts.describe());
        renderer = new PdfRenderer(fonts);
    }

    /** Creates this bean, and so loads the fonts, at start-up. */
    void atStartup(@Observes Startup startup) {
        LOG.fine("PDF renderer ready");
    }

    /** Dependent: the renderer is thread-safe and final (so not proxyable); every injection gets the same one. */
    @Produces
    PdfRenderer pdfRenderer() {
        return renderer;
    }
}
