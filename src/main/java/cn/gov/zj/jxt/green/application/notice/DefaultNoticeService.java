package cn.gov.zj.jxt.green.application.notice;

import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.application.shared.FileStore;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.InspectedUpload;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.StoredFile;
import cn.gov.zj.jxt.green.application.shared.UploadInspection;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import cn.gov.zj.jxt.green.application.shared.Versions;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeAnnex;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeRepository;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeStatus;
import cn.gov.zj.jxt.green.domain.model.notice.StandardAnnexes;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Stateless
public class DefaultNoticeService implements NoticeService {

    private static final String TYPE = "Notice";
    /** Co-issuers a joint 通知 may name (seed 003 §二(四): the joint publication with these two). */
    static final Set<String> CO_ISSUERS = Set.of(
            Agency.DEVELOPMENT_REFORM.name(),
            Agency.ECOLOGY_ENVIRONMENT.name());
    static final int MAX_ANNEXES = 20;
    static final int MAX_ANNEX_TITLE = 200;

    @Inject
    NoticeRepository notices;

    @Inject
    DocumentService documentService;

    @Inject
    RegionRepository regions;

    @Inject
    FileStore fileStore;

    @Inject
    UploadInspection inspector;

    @Inject
    InputValidation validation;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public Notice create(NoticeForm form) {
        Actor actor = requireEditor("notice.create");
        validate(form);
        Notice notice = new Notice(form.kind(), clock.now(), actor.name(), form.dated());
        apply(notice, form);
        notices.add(notice);
        audit.changed("notice.create", notice, null);
        return notice;
    }

    @Override
    public Notice update(long id, long expectedVersion, NoticeForm form) {
        requireEditor("notice.update");
        Notice notice = draft(id, expectedVersion);
        validate(form);
        if (form.kind() != notice.getKind()) {
            throw InputValidation.violation("kind", "notice.kind.fixed");
        }
        Map<String, Object> before = notice.auditState();
        apply(notice, form);
        audit.changed("notice.update", notice, before);
        return loaded(notice);
    }

    @Override
    public Notice addUploadedAnnex(long id, String title, String fileName, InputStream content) {
        requireEditor("notice.annex.add");
        Notice notice = draft(id, null);
        String cleanTitle = annexTitle(title);
        requireRoomForAnnex(notice);
        // Checked by content before anything is stored: a refused file leaves no trace in the store. The stream
        // is read no further than the size limit.
        InspectedUpload upload = inspector.inspect(fileName, content, UploadPolicy.noticeAnnexes());
        StoredFile stored = fileStore.put(upload.content());
        Map<String, Object> before = notice.auditState();
        notice.addUploadedAnnex(cleanTitle, upload.fileName(), upload.mediaType(), stored.sha256(), stored.size(),
                clock.now());
        audit.changed("notice.annex.add", notice, before);
        return loaded(notice);
    }

    @Override
    public Notice addTableAnnex(long id, AnnexTableSource source, String title, String pastedTable) {
        requireEditor("notice.annex.add");
        Notice notice = draft(id, null);
        requireRoomForAnnex(notice);
        List<AnnexBlock> blocks = switch (source) {
            case CITY_QUOTAS -> StandardAnnexes.cityQuotas(cityNames(), Map.of());
            case NOMINATION_SUMMARY -> StandardAnnexes.nominationSummary();
            case PASTED -> List.of(PastedTable.parse(pastedTable));
        };
        String defaultTitle = source == AnnexTableSource.NOMINATION_SUMMARY ? StandardAnnexes.SUMMARY_TITLE : null;
        String cleanTitle = title == null || title.isBlank() ? defaultTitle : title;
        Map<String, Object> before = notice.auditState();
        notice.addGeneratedAnnex(annexTitle(cleanTitle), blocks, clock.now());
        audit.changed("notice.annex.add", notice, before);
        return loaded(notice);
    }

    @Override
    public Notice removeAnnex(long id, int position) {
        requireEditor("notice.annex.remove");
        Notice notice = draft(id, null);
        if (notice.getAnnex(position) == null) {
            throw new RecordNotFoundException("NoticeAnnex", id + "/" + position);
        }
        Map<String, Object> before = notice.auditState();
        notice.removeAnnex(position, clock.now());
        notices.flush();
        notice.settleAnnexPositions();
        audit.changed("notice.annex.remove", notice, before);
        return loaded(notice);
    }

    @Override
    public void deleteDraft(long id, long expectedVersion) {
        requireEditor("notice.delete");
        Notice notice = draft(id, expectedVersion);
        // The entry keeps what was deleted: its state before, and the same as "after" (there is no after).
        audit.changed("notice.delete", notice, notice.auditState());
        notices.remove(notice);
    }

    @Override
    public byte[] previewPdf(long id) {
        requireEditor("notice.preview");
        Notice notice = find(id);
        if (!notice.isDraft()) {
            return documentService.file(notice.getDocument(), DocumentService.RenditionType.PDF).content();
        }
        return documentService.previewPdf(notice.toContent(null, clock.today()));
    }

    @Override
    public Notice issue(long id, long expectedVersion) {
        requireEditor("notice.issue");
        Notice notice = lockedDraft(id, expectedVersion);
        Map<String, Object> before = notice.auditState();
        DocumentContent content = notice.toContent(null, clock.today());
        IssuedDocument corrected = notice.getCorrects() == null ? null : notice.getCorrects().getDocument();
        IssuedDocument document = documentService.issue(content, notice.getKind().issuer(), corrected);
        notice.issued(document, clock.now());
        audit.changed("notice.issue", notice, before);
        return loaded(notice);
    }

    @Override
    public Notice publish(long id) {
        Actor actor = requireEditor("notice.publish");
        Notice notice = notices.findForUpdate(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
        if (notices.correctionOf(notice).filter(c -> !c.isDraft()).isPresent()) {
            // Superseded before it was ever published: the correction is what the public should read.
            throw new BusinessRuleException("notice.publish.corrected", notice.getTitle());
        }
        if (notice.getStatus() != NoticeStatus.ISSUED) {
            throw new BusinessRuleException(notice.isDraft() ? "notice.publish.notIssued" : "notice.publish.already",
                    notice.getTitle());
        }
        Map<String, Object> before = notice.auditState();
        notice.published(clock.now(), actor.name());
        audit.changed("notice.publish", notice, before);
        return loaded(notice);
    }

    @Override
    public Notice correct(long id) {
        Actor actor = requireEditor("notice.correct");
        Notice original = notices.findForUpdate(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
        if (original.isDraft()) {
            throw new BusinessRuleException("notice.correct.draft", original.getTitle());
        }
        if (notices.correctionOf(original).isPresent()) {
            throw new BusinessRuleException("notice.correct.exists", original.getTitle());
        }
        Notice correction = original.correctionDraft(clock.now(), actor.name(), clock.today());
        notices.add(correction);
        audit.changed("notice.correct", correction, null);
        return loaded(correction);
    }

    @Override
    public Notice get(long id) {
        Notice notice = find(id);
        if (notice.getStatus() != NoticeStatus.PUBLISHED && !isReader(currentActor.get())) {
            // Not published yet: to anyone but the clerks it does not exist.
            throw new RecordNotFoundException(TYPE, id);
        }
        return loaded(notice);
    }

    @Override
    public Notice correctionOf(long id) {
        Notice notice = find(id);
        boolean clerk = isReader(currentActor.get());
        return notices.correctionOf(notice)
                .filter(c -> clerk || c.getStatus() == NoticeStatus.PUBLISHED)
                .orElse(null);
    }

    @Override
    public Page<Notice> published(String text, PageRequest page) {
        return notices.published(text, page);
    }

    @Override
    public List<Notice> latestPublished(int max) {
        return notices.latestPublished(max);
    }

    @Override
    public Page<Notice> all(String text, NoticeStatus status, PageRequest page) {
        requireReader("notice.read");
        return notices.all(text, status, page);
    }

    @Override
    public FileDownload document(long id, DocumentService.RenditionType type) {
        Notice notice = get(id);
        if (notice.getDocument() == null) {
            throw new RecordNotFoundException("IssuedDocument", id);
        }
        return documentService.file(notice.getDocument(), type);
    }

    @Override
    public FileDownload annex(long id, int position) {
        Notice notice = get(id);
        NoticeAnnex annex = notice.getAnnex(position);
        if (annex == null || annex.isGenerated()) {
            // A generated annex is part of the document itself, not a file of its own.
            throw new RecordNotFoundException("NoticeAnnex", id + "/" + position);
        }
        // A draft's annex N may be replaced: only an issued notice's files may be cached as unchanging.
        return new FileDownload(annex.getFileName(), annex.getMediaType(), fileStore.read(annex.getFileSha256()),
                notice.isDraft() ? null : annex.getFileSha256());
    }

    private void validate(NoticeForm form) {
        validation.require(form);
        if (form.kind().hasRecipients() && (form.recipients() == null || form.recipients().isBlank())) {
            throw InputValidation.violation("recipients", "notice.recipients.required");
        }
        if (!form.coIssuers().isEmpty() && !form.kind().mayBeJoint()) {
            throw InputValidation.violation("coIssuers", "notice.coIssuers.notJoint");
        }
        if (!CO_ISSUERS.containsAll(form.coIssuers())) {
            throw InputValidation.violation("coIssuers", "notice.coIssuers.unknown");
        }
    }

    private void apply(Notice notice, NoticeForm form) {
        notice.edit(form.title().strip(), form.kind().hasRecipients() ? form.recipients().strip() : null,
                form.body().strip(), form.coIssuers().stream().distinct().sorted(
                        (a, b) -> Integer.compare(coIssuerOrder(a), coIssuerOrder(b))).toList(),
                InputValidation.blankToNull(form.copyTo()), form.dated(), clock.now());
    }

    /** Joint issue order (GB/T 9704 7.2.4): the department leads, then 发展改革委, then 生态环境厅. */
    private static int coIssuerOrder(String name) {
        return name.equals(Agency.DEVELOPMENT_REFORM.name())
                ? 0 : 1;
    }

    /** For issuing: the row locked first, so a second issue of the same draft waits and then finds it issued. */
    private Notice lockedDraft(long id, long expectedVersion) {
        Notice notice = notices.findForUpdate(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
        if (!notice.isDraft()) {
            throw new BusinessRuleException("notice.issued.immutable", notice.getNumber() != null
                    ? notice.getNumber() : notice.getTitle());
        }
        Versions.require(notice.getVersion(), expectedVersion, notice.getTitle());
        return notice;
    }

    private Notice draft(long id, Long expectedVersion) {
        Notice notice = find(id);
        if (expectedVersion != null) {
            Versions.require(notice.getVersion(), expectedVersion, notice.getTitle());
        }
        if (!notice.isDraft()) {
            // Issued documents are immutable; a mistake is put right by a correction.
            throw new BusinessRuleException("notice.issued.immutable", notice.getNumber() != null
                    ? notice.getNumber() : notice.getTitle());
        }
        return notice;
    }

    private Notice find(long id) {
        return notices.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
    }

    private static Notice loaded(Notice notice) {
        notice.getAnnexes().size();
        return notice;
    }

    private void requireRoomForAnnex(Notice notice) {
        if (notice.getAnnexes().size() >= MAX_ANNEXES) {
            throw new BusinessRuleException("notice.annex.tooMany", MAX_ANNEXES);
        }
    }

    /**
     * Trims ASCII blanks only: full-width spaces at the start are part of a title such as
     * "　　　　市省级绿色制造推荐名单汇总表", where the city writes its name into the blank.
     */
    private static String annexTitle(String title) {
        String clean = title == null ? "" : title.replaceAll("^[ \\t\\r\\n]+|[ \\t\\r\\n]+$", "");
        if (clean.isBlank() || clean.length() > MAX_ANNEX_TITLE) {
            throw InputValidation.violation("annexTitle", "notice.annex.title.required");
        }
        return clean;
    }

    private List<String> cityNames() {
        return regions.findByLevel(RegionLevel.CITY).stream().map(Region::getName).toList();
    }

    private Actor requireEditor(String action) {
        Actor actor = currentActor.get();
        access.requireRole(actor, action, Role.PROVINCE_CLERK, Role.ADMIN);
        return actor;
    }

    private static boolean isReader(Actor actor) {
        return actor.is(Role.PROVINCE_CLERK, Role.ADMIN, Role.SUPERVISOR);
    }

    private void requireReader(String action) {
        access.requireRole(currentActor.get(), action, Role.PROVINCE_CLERK, Role.ADMIN, Role.SUPERVISOR);
    }

}
