package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.institution.InstitutionGroups;
import cn.gov.zj.jxt.green.application.notification.WorkflowNotifications;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
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
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.institution.UndertakingFacts;
import cn.gov.zj.jxt.green.domain.model.institution.Undertakings;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.BatchRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.EngagementRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.EngagementStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.SignatureStatus;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

@Stateless
public class DefaultEngagementService implements EngagementService {

    static final String TYPE = "Engagement";

    @Inject
    EngagementRepository engagements;

    @Inject
    BatchRepository batches;

    @Inject
    InstitutionGroups groups;

    @Inject
    DocumentService documents;

    @Inject
    SignatureVerification verifier;

    @Inject
    ApplicationAccess readers;

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
    WorkflowNotifications workflow;

    @Inject
    PortalClock clock;

    @Override
    public List<Engagement> mine() {
        Actor actor = currentActor.get();
        access.requireRole(actor, "engagement.mine", Role.INSTITUTION);
        return engagements.ofInstitution(actor.organisationId());
    }

    @Override
    public Engagement get(long id) {
        Engagement engagement = find(id);
        Actor actor = currentActor.get();
        if (actor.is(Role.INSTITUTION)) {
            requireOwn(engagement, "engagement.read");
        } else {
            readers.requireReader(engagement.getApplication(), "engagement.read");
        }
        return engagement;
    }

    @Override
    public Engagement accept(long id) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "engagement.accept", Role.INSTITUTION);
        Engagement engagement = find(id);
        requireOwn(engagement, "engagement.accept");
        Batch batch = engagement.getBatch();
        BatchRules.requireOpen(batch, clock);
        // The caps count across the year's batches of a level: acceptances that could exceed one take turns on
        // those rows, and each counts only after the one before it has committed.
        batches.lockYear(batch.getYear(), batch.getLevel());
        Engagement current = find(id);
        if (current.getStatus() != EngagementStatus.REQUESTED) {
            throw new BusinessRuleException("engagement.notRequested");
        }
        String group = groups.groupCode(current.getInstitution());
        CapUse use = capUse(current, group);
        if (use.reached()) {
            throw new BusinessRuleException(use.refusalKey(), use.refusalArguments().toArray());
        }
        IssuedDocument undertaking = documents.issue(Undertakings.content(facts(current)), null, null);
        Map<String, Object> before = current.auditState();
        current.accept(group, undertaking, actor.name(), clock.now());
        audit.changed("engagement.accept", current, before);
        workflow.engagementAnswered(current, true);
        return current;
    }

    private UndertakingFacts facts(Engagement engagement) {
        Application application = engagement.getApplication();
        Organisation institution = engagement.getInstitution();
        return new UndertakingFacts(institution.getName(), institution.getCreditCode(),
                institution.getLegalRepresentative(), application.getOrganisation().getName(),
                application.getOrganisation().getCreditCode(), application.getUnitType().documentName(), application.getBatch()
                        .getTitle(), application.getBatch().getYear(), clock.today());
    }

    @Override
    public Engagement decline(long id) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "engagement.decline", Role.INSTITUTION);
        Engagement engagement = find(id);
        requireOwn(engagement, "engagement.decline");
        if (engagement.getStatus() != EngagementStatus.REQUESTED) {
            throw new BusinessRuleException("engagement.notRequested");
        }
        Map<String, Object> before = engagement.auditState();
        engagement.decline(actor.name(), clock.now());
        audit.changed("engagement.decline", engagement, before);
        workflow.engagementAnswered(engagement, false);
        return engagement;
    }

    @Override
    public FileDownload undertaking(long id, RenditionType type) {
        Engagement engagement = get(id);
        if (engagement.getUndertaking() == null) {
            throw new RecordNotFoundException("Undertaking", id);
        }
        return documents.file(engagement.getUndertaking(), type);
    }

    @Override
    public Engagement uploadSigned(long id, String fileName, InputStream content) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "engagement.sign", Role.INSTITUTION);
        Engagement engagement = find(id);
        requireOwn(engagement, "engagement.sign");
        if (engagement.getStatus() != EngagementStatus.ACCEPTED) {
            throw new BusinessRuleException("engagement.notAccepted");
        }
        if (!engagement.getApplication().getStatus().editableByApplicant()
                && engagement.isSigned()) {
            // Once the application is on its way up the chain, the undertaking it went with stays.
            throw new BusinessRuleException("engagement.signedFrozen");
        }
        InspectedUpload upload = inspector.inspect(fileName, content, UploadPolicy.evaluationReport());
        SignatureCheck check = verifier.check(upload.content());
        if (check.outcome() == SignatureCheck.Outcome.REJECTED) {
            throw new BusinessRuleException(check.reasonKey());
        }
        StoredFile stored = fileStore.put(upload.content());
        Engagement.SignedCopy copy = check.lastSignature()
                .map(s -> new Engagement.SignedCopy(upload.fileName(), stored.sha256(), stored.size(),
                        SignatureStatus.DIGITALLY_VERIFIED, s.subject(), s.issuer(), s.serialNumber(),
                        s.certificateSha256(), s.signedAt()))
                .orElseGet(() -> new Engagement.SignedCopy(upload.fileName(), stored.sha256(), stored.size(),
                        SignatureStatus.SEALED_SCAN, null, null, null, null, null));
        Map<String, Object> before = engagement.auditState();
        engagement.recordSigned(copy, clock.now());
        audit.changed("engagement.sign", engagement, before);
        workflow.undertakingUploaded(engagement);
        return engagement;
    }

    @Override
    public FileDownload signedCopy(long id) {
        Engagement engagement = get(id);
        if (!engagement.isSigned()) {
            throw new RecordNotFoundException("SignedUndertaking", id);
        }
        return new FileDownload(engagement.getSignedName(), "application/pdf",
                fileStore.read(engagement.getSignedSha256()), engagement.getSignedSha256());
    }

    @Override
    public CapUse capUse(long id) {
        Engagement engagement = get(id);
        return capUse(engagement, groups.groupCode(engagement.getInstitution()));
    }

    private CapUse capUse(Engagement engagement, String group) {
        Batch batch = engagement.getBatch();
        if (batch.getLevel() == ListLevel.NATIONAL) {
            String representative = engagement.getInstitution().getLegalRepresentative();
            long used = engagements.countOfRepresentative(batch.getYear(), ListLevel.NATIONAL, representative);
            return new CapUse(used, batch.getNationalCap(), "engagement.cap.national",
                    List.of(representative, String.valueOf(batch.getYear()), used, batch.getNationalCap()));
        }
        long used = engagements.countInGroup(batch, group);
        return new CapUse(used, batch.getProvincialCap(), "engagement.cap.provincial",
                List.of(batch.getTitle(), used, batch.getProvincialCap()));
    }

    private void requireOwn(Engagement engagement, String action) {
        Actor actor = currentActor.get();
        if (!engagement.getInstitution().getId().equals(actor.organisationId())) {
            access.deny(actor, action, TYPE, engagement.getId());
        }
    }

    private Engagement find(long id) {
        return engagements.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
    }
}
