package cn.gov.zj.jxt.green.interfaces.document.web;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.document.InvalidTemplateException;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.document.DocumentTemplate;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * workspace/documents/templates.xhtml: the DOCX template each format is issued from. A provincial clerk downloads
 * the one in use, changes it in Word, and uploads it back; the portal validates it against GB/T 9704 first.
 */
@Named
@ViewScoped
public class TemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentService documents;

    private List<DocumentTemplate> templates;
    private DocumentFormat format = DocumentFormat.FILE;
    private transient Part file;

    public void load() {
        templates = documents.templates();
    }

    public void upload() {
        if (file == null) {
            Faces.error("upload:file", "workspace.notices.edit.fileRequired");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            DocumentTemplate template = documents.uploadTemplate(format, file.getSubmittedFileName(), in);
            Faces.info("workspace.documents.templates.uploaded", template.getFileName());
            load();
        } catch (InvalidTemplateException e) {
            Faces.show(e, Map.of());
            e.problems().forEach(p -> Faces.error(null, p.messageKey(), p.params()));
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        } catch (IOException e) {
            Faces.error("upload:file", "workspace.notices.edit.uploadFailed");
        }
    }

    public void retire(long id) {
        try {
            DocumentTemplate template = documents.retireTemplate(id);
            Faces.info("workspace.documents.templates.retired", template.getFileName());
            load();
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        }
    }

    public DocumentFormat[] getFormats() {
        return DocumentFormat.values();
    }

    public List<DocumentTemplate> getTemplates() {
        return templates;
    }

    public DocumentFormat getFormat() {
        return format;
    }

    public void setFormat(DocumentFormat format) {
        this.format = format;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
