package cn.gov.zj.jxt.green.application.report;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.nomination.EvidenceFiles;
import cn.gov.zj.jxt.green.application.notification.WorkflowNotifications;
import cn.gov.zj.jxt.green.application.publicity.ConclusionForm;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.application.shared.IdentityEncryption;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RateLimit;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalProposed;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.report.NamedReport;
import cn.gov.zj.jxt.green.domain.model.report.NamedReportRepository;
import cn.gov.zj.jxt.green.domain.model.report.ReportConclusion;
import cn.gov.zj.jxt.green.domain.model.report.ReportStatus;
import cn.gov.zj.jxt.green.domain.model.report.ReportSubject;
import cn.gov.zj.jxt.green.domain.model.report.ReporterIdentity;
import cn.gov.zj.jxt.green.domain.model.report.SealedIdentity;
import cn.gov.zj.jxt.green.domain.shared.EvidenceFile;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.domain.shared.ReceiptCode;
import cn.gov.zj.jxt.green.domain.shared.ResidentIdNumber;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Stateless
public class DefaultNamedReportService implements NamedReportService {

    static final String SUBJECT = "NamedReport";
    static final String HANDLING = "report.handling";
    static final String FOLLOW_UP = "report.followUp";
    /** The associated data of each encrypted field: a value decrypts only as what it is. */
    static final String NAME_PURPOSE = "report.name";
    static final String ID_NUMBER_PURPOSE = "report.id_number";
    static final String PHONE_PURPOSE = "report.phone";
    static final String EMAIL_PURPOSE = "report.email";
    /** The audit action of every reading of a reporter's identity. */
    public static final String IDENTITY_VIEWED = "report.identity.view";

    private static final int MAX_CANDIDATES = 20;
    private static final int MAX_TEXT = 2000;

    @Inject
    NamedReportRepository reports;

    @Inject
    ListingRepository listings;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    DeadlineService deadlines;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    IdentityEncryption cipher;

    @Inject
    RateLimit limiter;

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
    ReportSettings settings;

    @Inject
    PortalClock clock;

    @Inject
    Event<RemovalProposed> removalProposed;

    // ---- the public side -------------------------------------------------------------------------------------

    @Override
    public List<Candidate> candidates(ReportSubject subject, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (subject == ReportSubject.LISTED_UNIT) {
            return reports.listedCandidates(text, MAX_CANDIDATES).stream()
                    .map(u -> new Candidate(u.getId(), u.getName(), u.getOrganisation().getCreditCode(),
                            u.getCity().getName(), u.getLevel()))
                    .toList();
        }
        return reports.institutionCandidates(text, MAX_CANDIDATES).stream()
                .map(o -> new Candidate(o.getId(), o.getName(), o.getCreditCode(), o.getRegion().city().getName(),
                        null))
                .toList();
    }

    @Override
    public Receipt report(ReportForm form, List<EvidenceFiles.Upload> evidence) {
        Actor actor = currentActor.get();
        limiter.take(RateLimit.Form.NAMED_REPORT, actor.clientAddress(), "reports.tooMany");
        validation.require(form);
        ResidentIdNumber idNumber = ResidentIdNumber.parse(form.idNumber())
                .orElseThrow(() -> InputValidation.violation("idNumber", "objection.idNumber.invalid"));
        List<EvidenceFiles.Upload> files = evidenceFiles.present(evidence);
        return switch (form.subject()) {
            case LISTED_UNIT -> {
                ListedUnit unit = listings.find(form.subjectId()).filter(u -> !u.isRemoved())
                        .orElseThrow(() -> InputValidation.violation("subjectId", "report.subject.required"));
                // 004 §(二十三): to the city of the listed unit.
                yield newReport(ReportSubject.LISTED_UNIT, unit.getOrganisation(), unit.getId(), unit.getName(),
                        unit.getCity(), form, idNumber, files);
            }
            case INSTITUTION -> {
                Organisation institution = organisations.find(form.subjectId())
                        .filter(o -> o.getType() == OrganisationType.INSTITUTION)
                        .orElseThrow(() -> InputValidation.violation("subjectId", "report.subject.required"));
                // The institution works where the units are; its registered region's city is the one that
                // supervises it (004 §(二十二): the city reports institutions working in its area).
                yield newReport(ReportSubject.INSTITUTION, institution, null, institution.getName(),
                        institution.getRegion().city(), form, idNumber, files);
            }
        };
    }

    private Receipt newReport(ReportSubject subject, Organisation organisation, Long unitId, String name,
            Region city, ReportForm form, ResidentIdNumber idNumber,
            List<EvidenceFiles.Upload> files) {
        List<EvidenceFile> kept = evidenceFiles.keep(files);
        Instant now = clock.now();
        String code = ReceiptCode.generate();
        String email = InputValidation.blankToNull(form.email());
        SealedIdentity reporter = new SealedIdentity(cipher.encrypt(form.name().strip(), NAME_PURPOSE),
                cipher.encrypt(idNumber.value(), ID_NUMBER_PURPOSE), cipher.encrypt(form.phone().strip(), PHONE_PURPOSE),
                email == null ? null : cipher.encrypt(email, EMAIL_PURPOSE));
        NamedReport report = new NamedReport(subject, organisation, unitId, name, city, ReceiptCode.hash(code),
                reporter, form.facts().strip(), kept, now, now.plus(Duration.ofDays(settings.reportHandlingDays())));
        reports.add(report);
        audit.changed("report.file", report, null);
        deadlines.schedule(HANDLING, SUBJECT, report.getId(), report.getHandlingDueAt());
        return new Receipt(code, report);
    }

    @Override
    public NamedReport track(String receiptCode) {
        Actor actor = currentActor.get();
        limiter.take(RateLimit.Form.RECEIPT, actor.clientAddress(), "publicity.receipt.tooMany");
        return reports.byReceipt(ReceiptCode.hash(receiptCode))
                .orElseThrow(() -> new RecordNotFoundException("Receipt", "?"));
    }

    @Override
    public Page<NamedReport> institutionRecords(PageRequest page) {
        return reports.published(page);
    }

    // ---- the city's and the province's side ----------------------------------------------------------------

    @Override
    public Page<NamedReport> cases(ReportStatus status, boolean escalatedOnly, PageRequest page) {
        Actor actor = requireReader("report.read");
        String city = actor.is(Role.CITY_CLERK) ? actor.region().city().getCode() : null;
        return reports.search(city, status, escalatedOnly, page);
    }

    @Override
    public NamedReport get(long id) {
        Actor actor = requireReader("report.read");
        NamedReport report = reports.find(id).orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
        access.requireRegion(actor, "report.read", report.getCity(), SUBJECT, id);
        return report;
    }

    @Override
    public ReporterIdentity identity(long id) {
        NamedReport report = get(id);
        Actor actor = currentActor.get();
        boolean handler = actor.is(Role.CITY_CLERK) && actor.name().equals(report.getHandler());
        if (!handler && !actor.is(Role.PROVINCE_CLERK)) {
            access.deny(actor, IDENTITY_VIEWED, SUBJECT, id);
        }
        // In a transaction of its own: the reading is on record even if the caller's transaction rolls back.
        audit.event(actor, IDENTITY_VIEWED, SUBJECT, id, handler ? "handler" : "province");
        SealedIdentity sealed = report.getReporter();
        return new ReporterIdentity(cipher.decrypt(sealed.getNameCipher(), NAME_PURPOSE),
                cipher.decrypt(sealed.getIdNumberCipher(), ID_NUMBER_PURPOSE),
                cipher.decrypt(sealed.getPhoneCipher(), PHONE_PURPOSE),
                sealed.getEmailCipher() == null ? null : cipher.decrypt(sealed.getEmailCipher(), EMAIL_PURPOSE));
    }

    @Override
    public NamedReport take(long id) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "report.take", Role.CITY_CLERK);
        NamedReport report = lockedInScope(id, "report.take");
        return assignTo(report, actor.name(), "report.take");
    }

    @Override
    public NamedReport assign(long id, String handler) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "report.assign", Role.CITY_CLERK, Role.PROVINCE_CLERK);
        NamedReport report = lockedInScope(id, "report.assign");
        Account account = handler == null ? null : accounts.findByUsername(handler.strip()).orElse(null);
        if (account == null || !account.isEnabled() || account.getRole() != Role.CITY_CLERK
                || !report.getCity().equals(account.getRegion())) {
            throw InputValidation.violation("handler", "report.handler.invalid");
        }
        NamedReport assigned = assignTo(report, account.getUsername(), "report.assign");
        if (!account.getId().equals(actor.accountId())) {
            workflow.reportAssigned(assigned, account);
        }
        return assigned;
    }

    private NamedReport assignTo(NamedReport report, String handler, String action) {
        if (!report.getStatus().open()) {
            throw new BusinessRuleException("report.concluded");
        }
        var before = report.auditState();
        report.assign(handler, clock.now());
        audit.changed(action, report, before);
        return report;
    }

    @Override
    public NamedReport verify(long id, String verification) {
        NamedReport report = asHandler(id, "report.verify");
        String text = InputValidation.requiredText(verification, MAX_TEXT, "verification",
                "report.verification.required", "report.text.size");
        if (report.getStatus() != ReportStatus.IN_HANDLING && report.getStatus() != ReportStatus.VERIFIED) {
            throw new BusinessRuleException("report.concluded");
        }
        var before = report.auditState();
        report.verify(text, clock.now());
        audit.changed("report.verify", report, before);
        return report;
    }

    @Override
    public NamedReport conclude(long id, ConclusionForm form) {
        NamedReport report = asHandler(id, "report.conclude");
        validation.require(form);
        if (report.getStatus() != ReportStatus.VERIFIED) {
            throw new BusinessRuleException(report.getStatus().open() ? "report.notVerified" : "report.concluded");
        }
        ReportConclusion conclusion = form.conclusion();
        if (!conclusion.allowedFor(report.getSubject())) {
            throw InputValidation.violation("conclusion", "report.conclusion.notFor" + report.getSubject());
        }
        if (conclusion == ReportConclusion.REMOVAL_PROPOSED && form.removalGround() == null) {
            throw InputValidation.violation("removalGround", "report.removalGround.required");
        }
        LocalDate followUp = null;
        if (conclusion == ReportConclusion.RECTIFICATION_REQUIRED) {
            followUp = form.followUpDue();
            if (followUp == null || !followUp.isAfter(clock.today())) {
                throw InputValidation.violation("followUpDue", "report.followUpDue.future");
            }
        }
        Instant now = clock.now();
        String by = currentActor.get().name();
        var before = report.auditState();
        report.conclude(conclusion, form.finding().strip(),
                conclusion == ReportConclusion.REMOVAL_PROPOSED ? form.removalGround() : null, followUp, by, now);
        audit.changed("report.conclude", report, before);
        if (followUp != null) {
            deadlines.schedule(FOLLOW_UP, SUBJECT, report.getId(),
                    OfficialDay.endOf(followUp));
        }
        if (conclusion == ReportConclusion.REMOVAL_PROPOSED) {
            // Synchronous and in this transaction: a failing removal flow rolls the conclusion back with it.
            removalProposed.fire(new RemovalProposed(report.getOrganisation().getId(), report.getRemovalGround(),
                    report.getFinding(), "实名举报 " + report.reference(), by));
        }
        return report;
    }

    @Override
    public NamedReport recordFollowUp(long id, String note) {
        NamedReport report = asHandler(id, "report.followUp");
        String text = InputValidation.requiredText(note, MAX_TEXT, "followUpNote", "report.followUpNote.required",
                "report.text.size");
        if (report.getStatus() != ReportStatus.RECTIFYING) {
            throw new BusinessRuleException("report.noFollowUp");
        }
        var before = report.auditState();
        report.recordFollowUp(text, clock.now());
        audit.changed("report.followUp", report, before);
        return report;
    }

    @Override
    public NamedReport publish(long id) {
        access.requireRole(currentActor.get(), "report.publish", Role.PROVINCE_CLERK);
        NamedReport report = reports.lock(id).orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
        if (report.getSubject() != ReportSubject.INSTITUTION
                || report.getConclusion() != ReportConclusion.REPORTED_TO_PROVINCE) {
            throw new BusinessRuleException("report.publish.notReported");
        }
        if (report.getPublishedAt() != null) {
            throw new BusinessRuleException("report.publish.done");
        }
        var before = report.auditState();
        report.publish(clock.now());
        audit.changed("report.publish", report, before);
        return report;
    }

    @Override
    public FileDownload evidence(long id, int position) {
        return evidenceFiles.read(get(id).getEvidence(), position, SUBJECT + " " + id);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Cases carry personal data: the city's clerks, provincial clerks and the discipline office read them. */
    private Actor requireReader(String action) {
        Actor actor = currentActor.get();
        access.requireRole(actor, action, Role.CITY_CLERK, Role.PROVINCE_CLERK, Role.SUPERVISOR);
        return actor;
    }

    private NamedReport lockedInScope(long id, String action) {
        NamedReport report = reports.lock(id).orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
        access.requireRegion(currentActor.get(), action, report.getCity(), SUBJECT, id);
        return report;
    }

    /** Only the clerk who took the case handles it. */
    private NamedReport asHandler(long id, String action) {
        Actor actor = currentActor.get();
        access.requireRole(actor, action, Role.CITY_CLERK);
        NamedReport report = lockedInScope(id, action);
        if (!actor.name().equals(report.getHandler())) {
            access.deny(actor, action, SUBJECT, id);
        }
        return report;
    }
}
