package cn.gov.zj.jxt.green.application.document;

import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.application.shared.FileStore;
import cn.gov.zj.jxt.green.application.shared.InspectedUpload;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.StoredFile;
import cn.gov.zj.jxt.green.application.shared.UploadInspection;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.document.DocumentTemplate;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocumentRepository;
import cn.gov.zj.jxt.green.domain.model.document.Issuer;
import cn.gov.zj.jxt.green.domain.model.document.RegisteredNumber;
import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Stateless
public class DefaultDocumentService implements DocumentService {

    @Inject
    IssuedDocumentRepository documents;

    @Inject
    DocumentNumberService numbers;

    @Inject
    DocumentRendering renderers;

    @Inject
    FileStore fileStore;

    @Inject
    UploadInspection inspector;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public byte[] previewPdf(DocumentContent content) {
        requireIssuer("document.preview");
        return renderers.pdf(content);
    }

    @Override
    public IssuedDocument issue(DocumentContent content, Issuer issuer, IssuedDocument corrects) {
        Actor actor = requireIssuer("document.issue");
        if (issuer != null) {
            // Only the department numbers documents from its own register.
            access.requireRole(actor, "document.issue.numbered", Role.PROVINCE_CLERK, Role.ADMIN);
        }
        RegisteredNumber number = issuer == null ? null : numbers.issue(issuer, content.title());
        DocumentContent numbered = number == null ? content : withNumber(content, number.number().toString());
        // Rendered before anything is stored; a document that cannot be rendered rolls its number back.
        byte[] docx = renderers.docx(numbered);
        byte[] pdf = renderers.pdf(numbered);
        StoredFile storedDocx = fileStore.put(docx);
        StoredFile storedPdf = fileStore.put(pdf);
        IssuedDocument document = new IssuedDocument(content.format(), content.title(), content.subject(), number,
                number == null ? content.number() : null,
                content.agencies().stream().map(Agency::name).collect(Collectors.joining("、")), content.date(),
                clock.now(), actor.name(), new IssuedDocument.Files(storedDocx.sha256(), storedDocx.size(),
                        storedPdf.sha256(), storedPdf.size()), corrects);
        documents.add(document);
        audit.changed("document.issue", document, null);
        return document;
    }

    @Override
    public FileDownload file(IssuedDocument document, RenditionType type) {
        String sha256 = type == RenditionType.DOCX ? document.getDocxSha256() : document.getPdfSha256();
        String name = (document.getNumber() != null ? document.getNumber() : document.getTitle()) + type.extension();
        return new FileDownload(name, type.mediaType(), fileStore.read(sha256), sha256);
    }

    @Override
    public DocumentTemplate uploadTemplate(DocumentFormat format, String fileName, InputStream content) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "document.template.upload", Role.PROVINCE_CLERK, Role.ADMIN);
        InspectedUpload upload = inspector.inspect(fileName, content, UploadPolicy.template());
        // Validated before anything is stored: a template that breaks GB/T 9704 never reaches the store.
        renderers.validateTemplate(format, upload.content());
        StoredFile stored = fileStore.put(upload.content());
        DocumentTemplate template = new DocumentTemplate(format, upload.fileName(), stored.sha256(), stored.size(),
                clock.now(), actor.name());
        documents.addTemplate(template);
        audit.changed("document.template.upload", template, null);
        return template;
    }

    @Override
    public DocumentTemplate retireTemplate(long id) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "document.template.retire", Role.PROVINCE_CLERK, Role.ADMIN);
        DocumentTemplate template = documents.findTemplate(id)
                .orElseThrow(() -> new RecordNotFoundException("DocumentTemplate", id));
        if (template.getRetiredAt() != null) {
            return template;
        }
        Map<String, Object> before = template.auditState();
        template.retire(clock.now());
        audit.changed("document.template.retire", template, before);
        return template;
    }

    @Override
    public List<DocumentTemplate> templates() {
        requireReader("document.template.read");
        return documents.templates();
    }

    @Override
    public FileDownload templateInUse(DocumentFormat format) {
        requireReader("document.template.read");
        byte[] docx = renderers.templateInUse(format);
        return new FileDownload("template-" + format.name().toLowerCase(java.util.Locale.ROOT) + ".docx",
                RenditionType.DOCX.mediaType(), docx, null);
    }

    /**
     * The province issues in its own name; a city clerk issues her city's nomination letter and an institution
     * the undertaking it signs (each service checks the rest).
     */
    private Actor requireIssuer(String action) {
        Actor actor = currentActor.get();
        access.requireRole(actor, action, Role.PROVINCE_CLERK, Role.ADMIN, Role.CITY_CLERK, Role.INSTITUTION);
        return actor;
    }

    private void requireReader(String action) {
        access.requireRole(currentActor.get(), action, Role.PROVINCE_CLERK, Role.ADMIN, Role.SUPERVISOR);
    }

    private static DocumentContent withNumber(DocumentContent c, String number) {
        return new DocumentContent(c.format(), c.agencies(), number, c.title(), c.recipients(), c.body(),
                c.annexes(), c.date(), c.imprint(), c.subject());
    }
}
