package cn.gov.zj.jxt.green.application.publicity;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.nomination.EvidenceFiles;
import cn.gov.zj.jxt.green.application.notification.WorkflowNotifications;
import cn.gov.zj.jxt.green.application.review.ReviewService;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RateLimit;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.Issuer;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.BatchRepository;
import cn.gov.zj.jxt.green.domain.model.publicity.Objection;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityDocuments;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityEntry;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityPeriod;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityRepository;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityStatus;
import cn.gov.zj.jxt.green.domain.model.review.Proposal;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.domain.shared.ReceiptCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Stateless
public class DefaultPublicityService implements PublicityService {

    public static final String SUBJECT = "Publicity";
    static final String OPEN = "publicity.open";
    static final String CLOSE = "publicity.close";
    /** The associated data of an encrypted identity number: it decrypts only as what it is. */
    static final String ID_NUMBER_PURPOSE = "objection.id_number";

    /** Where a suspended period's close waits until the resume sets the new end. */
    static final Instant SUSPENDED_CLOSE = Instant.parse("9999-12-31T00:00:00Z");
    private static final int MAX_REASON = 500;
    private static final int MAX_DECISION = 2000;

    @Inject
    PublicityRepository publicities;

    @Inject
    BatchRepository batches;

    @Inject
    ReviewService review;

    @Inject
    DocumentService documents;

    @Inject
    DeadlineService deadlines;

    @Inject
    ListingRepository listings;

    @Inject
    ProvincialListEntries provincialList;

    @Inject
    ObjectionFiling filing;

    @Inject
    RateLimit limiter;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    InputValidation validation;

    @Inject
    AccessPolicy access;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditService audit;

    @Inject
    WorkflowNotifications workflow;

    @Inject
    PortalClock clock;

    // ---- the period -----------------------------------------------------------------------------------------

    @Override
    public Publicity publish(long batchId, PublicityForm form) {
        requireClerk("publicity.publish");
        validation.require(form);
        Batch batch = batches.find(batchId).orElseThrow(() -> new RecordNotFoundException("Batch", batchId));
        if (publicities.ofBatch(batchId).isPresent()) {
            throw new BusinessRuleException("publicity.exists");
        }
        if (form.startDate().isBefore(clock.today())) {
            throw InputValidation.violation("startDate", "publicity.startDate.past");
        }
        List<Application> proposed = review.proposedList(batchId).stream().map(Proposal::getApplication).toList();
        if (proposed.isEmpty()) {
            throw new BusinessRuleException("publicity.nothingProposed");
        }
        int days = form.days() == null ? PublicityPeriod.DEFAULT_DAYS : form.days();
        Instant now = clock.now();
        String title = PublicityDocuments.noticeTitle(batch.getTitle());
        Publicity publicity = new Publicity(batch, title, form.startDate(), days, form.contact().strip(), proposed,
                currentActor.get().name(), now);
        IssuedDocument notice = documents.issue(PublicityDocuments.notice(batch.getTitle(), publicity.getStartDate(),
                publicity.getLastDay(), publicity.getEntries(), publicity.getContact(), clock.today()), null, null);
        publicity.announcedBy(notice);
        publicities.add(publicity);
        audit.changed("publicity.publish", publicity, null);
        deadlines.schedule(OPEN, SUBJECT, publicity.getId(), publicity.startsAt());
        deadlines.schedule(CLOSE, SUBJECT, publicity.getId(), publicity.getEndsAt());
        return publicity;
    }

    @Override
    public Publicity extend(long id, LocalDate newLastDay, String reason) {
        requireClerk("publicity.extend");
        String note = InputValidation.requiredText(reason, MAX_REASON, "reason", "publicity.reason.required", "publicity.reason.size");
        Publicity publicity = locked(id);
        var before = publicity.auditState();
        if (publicity.getStatus() != PublicityStatus.SCHEDULED && publicity.getStatus() != PublicityStatus.OPEN) {
            throw new BusinessRuleException("publicity.notRunning");
        }
        if (!newLastDay.isAfter(publicity.getLastDay())) {
            throw InputValidation.violation("lastDay", "publicity.lastDay.later");
        }
        publicity.extend(newLastDay, note);
        moveClose(publicity);
        audit.changed("publicity.extend", publicity, before);
        return publicity;
    }

    @Override
    public Publicity suspend(long id, String reason) {
        requireClerk("publicity.suspend");
        String note = InputValidation.requiredText(reason, MAX_REASON, "reason", "publicity.reason.required", "publicity.reason.size");
        Publicity publicity = locked(id);
        var before = publicity.auditState();
        if (publicity.getStatus() != PublicityStatus.SCHEDULED && publicity.getStatus() != PublicityStatus.OPEN
                || !clock.now().isBefore(publicity.getEndsAt())) {
            throw new BusinessRuleException("publicity.notRunning");
        }
        publicity.suspend(note, clock.now());
        // A suspended period has no end until the clerk resumes it with one: its close is held off, not dropped
        // (a deadline is one row per kind and subject, so the resume moves this same one).
        deadlines.reschedule(pendingClose(publicity), SUSPENDED_CLOSE);
        audit.changed("publicity.suspend", publicity, before);
        return publicity;
    }

    @Override
    public Publicity resume(long id, LocalDate newLastDay, String reason) {
        requireClerk("publicity.resume");
        String note = InputValidation.requiredText(reason, MAX_REASON, "reason", "publicity.reason.required", "publicity.reason.size");
        Publicity publicity = locked(id);
        var before = publicity.auditState();
        if (publicity.getStatus() != PublicityStatus.SUSPENDED) {
            throw new BusinessRuleException("publicity.notSuspended");
        }
        if (newLastDay.isBefore(publicity.getLastDay())) {
            throw InputValidation.violation("lastDay", "publicity.lastDay.notEarlier");
        }
        if (!PublicityPeriod.endsAt(newLastDay).isAfter(clock.now())) {
            throw InputValidation.violation("lastDay", "publicity.lastDay.future");
        }
        publicity.resume(newLastDay, note, clock.now());
        // Only the close moves. The opening deadline is due at the start, which a resume does not move: if the start
        // is still ahead it is pending and opens the period then; if it rang while the period was suspended, it
        // left it suspended and the resume itself has opened it.
        moveClose(publicity);
        audit.changed("publicity.resume", publicity, before);
        return publicity;
    }

    /** The close follows the end. */
    private void moveClose(Publicity publicity) {
        deadlines.reschedule(pendingClose(publicity), publicity.getEndsAt());
    }

    /** A running or suspended period's close is always pending: it is done only when the period closes. */
    private Deadline pendingClose(Publicity publicity) {
        return deadlines.ofSubject(SUBJECT, publicity.getId()).stream()
                .filter(d -> d.getKind().equals(CLOSE) && d.getDoneAt() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("publicity " + publicity.getId() + " has no pending close"));
    }

    @Override
    public Publicity conclude(long id) {
        requireClerk("publicity.conclude");
        Publicity publicity = locked(id);
        var before = publicity.auditState();
        if (publicity.getStatus() != PublicityStatus.CLOSED) {
            throw new BusinessRuleException("publicity.notClosed");
        }
        long open = publicities.openObjections(id);
        if (open > 0) {
            throw new BusinessRuleException("publicity.objectionsOpen", open);
        }
        publicity.conclude(clock.now());
        audit.changed("publicity.conclude", publicity, before);
        return publicity;
    }

    @Override
    public Publicity publishJointly(long id, LocalDate effectiveDate) {
        requireClerk("publicity.publishJointly");
        Publicity publicity = locked(id);
        var before = publicity.auditState();
        if (publicity.getStatus() != PublicityStatus.CONCLUDED) {
            throw new BusinessRuleException("publicity.notConcluded");
        }
        if (publicity.getPublication() != null) {
            throw new BusinessRuleException("publicity.published");
        }
        List<PublicityEntry> listed = publicity.listed();
        if (listed.isEmpty()) {
            throw new BusinessRuleException("publicity.nothingListed");
        }
        Instant now = clock.now();
        IssuedDocument document = documents.issue(PublicityDocuments.jointPublication(publicity.getBatch().getTitle(),
                publicity.getStartDate(), publicity.getLastDay(), listed, effectiveDate, clock.today()),
                Issuer.GREEN, null);
        publicity.published(document, effectiveDate, now);
        provincialList.enter(listed, document, effectiveDate, currentActor.get().name());
        audit.changed("publicity.publishJointly", publicity, before);
        return publicity;
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    @Override
    public List<Publicity> all() {
        return publicities.all();
    }

    @Override
    public Publicity get(long id) {
        return publicities.find(id).orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
    }

    @Override
    public List<ListedEntry> listedEntries(long id) {
        return get(id).listed().stream()
                .map(e -> new ListedEntry(e.getId(), e.getPosition(), e.getUnitName(), e.getCityName())).toList();
    }

    @Override
    public Publicity ofBatch(long batchId) {
        return publicities.ofBatch(batchId).orElseThrow(() -> new RecordNotFoundException(SUBJECT, batchId));
    }

    @Override
    public FileDownload notice(long id, RenditionType type) {
        return documents.file(get(id).getNotice(), type);
    }

    @Override
    public FileDownload publication(long id, RenditionType type) {
        Publicity publicity = get(id);
        if (publicity.getPublication() == null) {
            throw new RecordNotFoundException("Publication", id);
        }
        return documents.file(publicity.getPublication(), type);
    }

    @Override
    public Page<ListedUnit> provincialList(String name, PageRequest page) {
        return listings.onList(ListLevel.PROVINCIAL, name, page);
    }

    // ---- objections -------------------------------------------------------------------------------------------

    @Override
    public Receipt object(long publicityId, ObjectionForm form, List<EvidenceFiles.Upload> evidence) {
        return filing.file(publicityId, form, evidence);
    }

    @Override
    public Objection track(String receiptCode) {
        Actor actor = currentActor.get();
        limiter.take(RateLimit.Form.RECEIPT, actor.clientAddress(), "publicity.receipt.tooMany");
        return publicities.objectionByReceipt(ReceiptCode.hash(receiptCode))
                .orElseThrow(() -> new RecordNotFoundException("Receipt", "?"));
    }

    @Override
    public List<Objection> objections(long publicityId) {
        requireReader("publicity.objection.read");
        get(publicityId);
        return publicities.objections(publicityId);
    }

    @Override
    public Objection objection(long id) {
        requireReader("publicity.objection.read");
        return publicities.objection(id).orElseThrow(() -> new RecordNotFoundException("Objection", id));
    }

    @Override
    public Objection decide(long objectionId, boolean upheld, String verification, String reasons) {
        requireClerk("publicity.objection.decide");
        Objection found = publicities.objection(objectionId)
                .orElseThrow(() -> new RecordNotFoundException("Objection", objectionId));
        Publicity publicity = locked(found.getPublicity().getId());
        String checked = InputValidation.requiredText(verification, MAX_DECISION, "verification", "objection.verification.required", "objection.verification.size");
        String why = InputValidation.requiredText(reasons, MAX_DECISION, "reasons", "objection.reasons.required", "objection.reasons.size");
        if (!found.getStatus().open()) {
            throw new BusinessRuleException("publicity.objection.decided");
        }
        if (publicity.getStatus() == PublicityStatus.CONCLUDED) {
            throw new BusinessRuleException("publicity.concluded");
        }
        var before = found.auditState();
        var publicityBefore = publicity.auditState();
        found.decide(upheld, checked, why, currentActor.get().name(), clock.now());
        audit.changed(upheld ? "publicity.objection.uphold" : "publicity.objection.reject", found, before);
        if (upheld) {
            audit.changed("publicity.entry.withdraw", publicity, publicityBefore);
        }
        return found;
    }

    @Override
    public FileDownload evidence(long objectionId, int position) {
        return evidenceFiles.read(objection(objectionId).getEvidence(), position, "Objection " + objectionId);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Publicity locked(long id) {
        return publicities.lock(id).orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
    }

    private void requireClerk(String action) {
        access.requireRole(currentActor.get(), action, Role.PROVINCE_CLERK);
    }

    /** Objections carry personal data: the clerks who handle them, and the discipline office, read them. */
    private void requireReader(String action) {
        access.requireRole(currentActor.get(), action, Role.PROVINCE_CLERK, Role.SUPERVISOR);
    }
}
