package cn.gov.zj.jxt.green.application.publicity;

import cn.gov.zj.jxt.green.application.nomination.EvidenceFiles;
import cn.gov.zj.jxt.green.application.notification.WorkflowNotifications;
import cn.gov.zj.jxt.green.application.publicity.PublicityService.Receipt;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.IdentityEncryption;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RateLimit;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.publicity.Objection;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityEntry;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityRepository;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityStatus;
import cn.gov.zj.jxt.green.domain.shared.EvidenceFile;
import cn.gov.zj.jxt.green.domain.shared.ReceiptCode;
import cn.gov.zj.jxt.green.domain.shared.ResidentIdNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * A member of the public's objection to an entry of a running publicity (004 §(十六)): rate-limited per address,
 * taken only within the period and not while it is suspended, the identity number kept encrypted, the evidence
 * checked and stored, the provincial clerks told. Runs in the transaction of {@link PublicityService#object}.
 */
@ApplicationScoped
public class ObjectionFiling {

    @Inject
    PublicityRepository publicities;

    @Inject
    IdentityEncryption cipher;

    @Inject
    RateLimit limiter;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    InputValidation validation;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditService audit;

    @Inject
    WorkflowNotifications workflow;

    @Inject
    PortalClock clock;

    public Receipt file(long publicityId, ObjectionForm form, List<EvidenceFiles.Upload> evidence) {
        Actor actor = currentActor.get();
        limiter.take(RateLimit.Form.OBJECTION, actor.clientAddress(), "publicity.objection.tooMany");
        // A wrong number is told with the other fields' errors, not after they are put right.
        boolean numberInvalid = InputValidation.blankToNull(form.idNumber()) != null
                && ResidentIdNumber.parse(form.idNumber()).isEmpty();
        validation.require(form, numberInvalid
                ? List.of(new InvalidInputException.Violation("idNumber", "objection.idNumber.invalid")) : List.of());
        ResidentIdNumber idNumber = ResidentIdNumber.parse(form.idNumber()).orElseThrow();
        List<EvidenceFiles.Upload> files = evidenceFiles.present(evidence);
        Publicity publicity = publicities.lock(publicityId)
                .orElseThrow(() -> new RecordNotFoundException(DefaultPublicityService.SUBJECT, publicityId));
        Instant now = clock.now();
        if (publicity.getStatus() == PublicityStatus.SUSPENDED) {
            throw new BusinessRuleException("publicity.objection.suspended", publicity.getPublicNote());
        }
        if (now.isBefore(publicity.startsAt())) {
            throw new BusinessRuleException("publicity.objection.notYet",
                    DocumentContent.chineseDate(publicity.getStartDate()));
        }
        if (!publicity.takesObjectionsAt(now)) {
            // 004 §(十六): objections are taken within the 15 days; the message names the end so nobody guesses.
            throw new BusinessRuleException("publicity.objection.closed",
                    DocumentContent.chineseDate(publicity.getLastDay()));
        }
        PublicityEntry entry = publicity.getEntries().stream().filter(e -> e.getId().equals(form.entryId()))
                .findFirst().orElseThrow(() -> InputValidation.violation("entryId", "objection.entry.required"));
        if (!entry.isListed()) {
            throw new BusinessRuleException("publicity.objection.entryWithdrawn");
        }
        List<EvidenceFile> kept = evidenceFiles.keep(files);
        String code = ReceiptCode.generate();
        Objection objection = new Objection(entry, ReceiptCode.hash(code), form.name().strip(),
                cipher.encrypt(idNumber.value(), DefaultPublicityService.ID_NUMBER_PURPOSE), idNumber.masked(), form.phone().strip(),
                InputValidation.blankToNull(form.email()), form.facts().strip(), kept, now);
        publicities.add(objection);
        audit.changed("publicity.objection.file", objection, null);
        workflow.objectionFiled(objection);
        return new Receipt(code, objection);
    }
}
