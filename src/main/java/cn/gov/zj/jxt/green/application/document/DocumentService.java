package cn.gov.zj.jxt.green.application.document;

import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.domain.model.document.DocumentTemplate;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.Issuer;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The one way the portal issues a document in an agency's name: number it, render it to DOCX and PDF in the
 * GB/T 9704 format of its kind, store both under their SHA-256 and freeze it. Every later capability (nomination
 * letters, undertakings, publicity and publication notices, removal announcements) issues through here.
 */
public interface DocumentService {

    /** The PDF of {@code content} as it would be issued; nothing is numbered or stored. */
    byte[] previewPdf(@NotNull DocumentContent content);

    /**
     * Issues {@code content}: takes the next number of {@code issuer} ({@code null} for an unnumbered 公告/公示),
     * renders, stores and registers it, all in the caller's transaction — a failure rolls the number back, so the
     * register keeps no gap (files already written stay in the store, unreferenced and harmless).
     * {@code corrects} names the document this one corrects, or is {@code null}.
     */
    IssuedDocument issue(@NotNull DocumentContent content, Issuer issuer, IssuedDocument corrects);

    /** The stored file of an issued document, byte for byte as issued (its SHA-256 is checked on every read). */
    FileDownload file(@NotNull IssuedDocument document, @NotNull RenditionType type);

    /**
     * Replaces the DOCX template of {@code format}, after inspecting and validating it; the stream is read no
     * further than the size limit.
     */
    DocumentTemplate uploadTemplate(@NotNull DocumentFormat format, String fileName, java.io.InputStream content);

    /** Stops using a replacement template; the bundled one (or an older replacement) is used again. */
    DocumentTemplate retireTemplate(long id);

    List<DocumentTemplate> templates();

    /** The template in use for {@code format}: a clerk's replacement or the bundled one, as a DOCX. */
    FileDownload templateInUse(@NotNull DocumentFormat format);

    enum RenditionType {
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
        PDF("application/pdf", ".pdf");

        private final String mediaType;
        private final String extension;

        RenditionType(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }
}
