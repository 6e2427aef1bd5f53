package cn.gov.zj.jxt.green.application.exclusion;

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
import cn.gov.zj.jxt.green.application.shared.RejectedUploadException;
import cn.gov.zj.jxt.green.application.shared.SheetRow;
import cn.gov.zj.jxt.green.application.shared.StoredFile;
import cn.gov.zj.jxt.green.application.shared.TableReader;
import cn.gov.zj.jxt.green.application.shared.UnreadableTableException;
import cn.gov.zj.jxt.green.application.shared.UploadInspection;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionEntry;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionRegister;
import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Stateless
public class DefaultExclusionService implements ExclusionService {

    private static final String TYPE = "ExclusionEntry";
    static final int MAX_REASON = 500;
    /** Roles that keep the register; the portal itself records too ({@link #mayRecord}). */
    private static final Role[] WRITERS = {Role.PROVINCE_CLERK, Role.CITY_CLERK};
    private static final Role[] READERS = {Role.PROVINCE_CLERK, Role.CITY_CLERK, Role.COUNTY_CLERK,
            Role.SUPERVISOR, Role.ADMIN};

    @Inject
    ExclusionRegister register;

    @Inject
    RegionRepository regions;

    @Inject
    FileStore fileStore;

    @Inject
    UploadInspection inspector;

    @Inject
    TableReader tables;

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
    public ExclusionEntry record(ExclusionForm form, String evidenceFileName, InputStream evidence) {
        Actor actor = requireWriter("exclusion.record");
        validation.require(form);
        if (form.occurredOn().isAfter(clock.today())) {
            throw InputValidation.violation("occurredOn", "exclusion.occurredOn.future");
        }
        if (register.notWithdrawn(List.of(form.creditCode())).stream()
                .anyMatch(e -> e.sameExclusionAs(form.creditCode(), form.ground(), form.occurredOn()))) {
            throw new BusinessRuleException("exclusion.duplicate", form.creditCode(), form.occurredOn().toString());
        }
        ExclusionEntry entry = newEntry(form, actor);
        if (evidence != null) {
            // Checked before anything is stored: a refused file leaves no trace in the store.
            InspectedUpload upload = inspector.inspect(evidenceFileName, evidence, UploadPolicy.evidence());
            StoredFile stored = fileStore.put(upload.content());
            entry.attachEvidence(upload.fileName(), upload.mediaType(), stored.sha256(), stored.size());
        }
        register.add(entry);
        audit.changed("exclusion.record", entry, null);
        return entry;
    }

    @Override
    public ExclusionEntry withdraw(long id, String reason) {
        Actor actor = requireWriter("exclusion.withdraw");
        String cleanReason = InputValidation.requiredText(reason, MAX_REASON, "reason",
                "exclusion.withdrawal.reason.required", "exclusion.withdrawal.reason.required");
        ExclusionEntry entry = register.findForUpdate(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
        if (actor.is(Role.CITY_CLERK)) {
            // A city answers for what its clerks recorded; the province's and the portal's entries are the province's.
            access.requireRegion(actor, "exclusion.withdraw", entry.getRecordedRegion(), TYPE, id);
        }
        if (entry.isWithdrawn()) {
            throw new BusinessRuleException("exclusion.withdrawn.already", entry.getCreditCode());
        }
        Map<String, Object> before = entry.auditState();
        entry.withdraw(clock.now(), actor.name(), cleanReason);
        audit.changed("exclusion.withdraw", entry, before);
        return entry;
    }

    @Override
    public ExclusionEntry get(long id) {
        requireReader("exclusion.read");
        return register.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
    }

    @Override
    public Page<ExclusionEntry> search(String text, ExclusionGround ground, boolean includeWithdrawn,
            PageRequest page) {
        requireReader("exclusion.read");
        return register.search(text, ground, includeWithdrawn, page);
    }

    @Override
    public List<ExclusionEntry> inForce(String creditCode, LocalDate since) {
        requireReader("exclusion.read");
        return register.inForce(CreditCode.normalise(creditCode), since);
    }

    @Override
    public ExclusionImportReport importFile(String fileName, InputStream content) {
        Actor actor = requireWriter("exclusion.import");
        if (content == null) {
            throw InputValidation.violation("file", "upload.fileRequired");
        }
        InspectedUpload upload = inspector.inspect(fileName, content, UploadPolicy.tabularImport());
        List<SheetRow> rows = rows(upload);
        ExclusionImport.Result result = ExclusionImport.check(rows, clock.today(), register::notWithdrawn);
        if (!result.accepted()) {
            return new ExclusionImportReport(false, 0, result.problems());
        }
        Region region = recordingRegion(actor);
        for (ExclusionImport.Candidate candidate : result.candidates()) {
            ExclusionForm form = candidate.form();
            // The same rules as a single entry: a row that passed the import's checks passes these too.
            validation.require(form);
            ExclusionEntry entry = new ExclusionEntry(form.creditCode(), form.organisationName(), form.ground(),
                    form.occurredOn(), form.source(), form.note(), clock.now(), actor.name(), region);
            register.add(entry);
            audit.changed("exclusion.import", entry, null);
        }
        return new ExclusionImportReport(true, result.candidates().size(), List.of());
    }

    @Override
    public FileDownload importTemplate() {
        requireWriter("exclusion.template");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        // The mark tells Excel the file is UTF-8; without it Excel in China reads it as GBK and garbles the headers.
        csv.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        csv.writeBytes((ExclusionImport.templateHeader() + "\r\n").getBytes(StandardCharsets.UTF_8));
        return new FileDownload("排除情形导入模板.csv", "text/csv; charset=UTF-8", csv.toByteArray(), null);
    }

    @Override
    public FileDownload evidence(long id) {
        ExclusionEntry entry = get(id);
        if (!entry.hasEvidence()) {
            throw new RecordNotFoundException("ExclusionEvidence", id);
        }
        // Evidence never changes once recorded: its hash may serve as a cache validator.
        return new FileDownload(entry.getEvidenceFileName(), entry.getEvidenceMediaType(),
                fileStore.read(entry.getEvidenceSha256()), entry.getEvidenceSha256());
    }

    /** The clerks who keep the register, and the portal itself (e.g. recording a removal from a list). */
    static boolean mayRecord(Actor actor) {
        return actor.is(WRITERS) || isPortal(actor);
    }

    static boolean mayRead(Actor actor) {
        return actor.is(READERS) || isPortal(actor);
    }

    /** {@link Actor#system()}: no account stands behind it, so no person can sign in as it. */
    private static boolean isPortal(Actor actor) {
        return Actor.SYSTEM_NAME.equals(actor.name()) && actor.accountId() == null;
    }

    private Actor requireWriter(String action) {
        Actor actor = currentActor.get();
        if (!mayRecord(actor)) {
            access.deny(actor, action, TYPE, null);
        }
        return actor;
    }

    private void requireReader(String action) {
        Actor actor = currentActor.get();
        if (!mayRead(actor)) {
            access.deny(actor, action, TYPE, null);
        }
    }

    private ExclusionEntry newEntry(ExclusionForm form, Actor actor) {
        return new ExclusionEntry(form.creditCode(), form.organisationName(), form.ground(), form.occurredOn(),
                form.source(), form.note(), clock.now(), actor.name(), recordingRegion(actor));
    }

    /** The recording clerk's region as stored (the actor's may be a detached copy); none for the province. */
    private Region recordingRegion(Actor actor) {
        return actor.region() == null ? null : regions.find(actor.region().getCode()).orElse(null);
    }

    private List<SheetRow> rows(InspectedUpload upload) {
        // One row more than the header and the cap, so that a longer file is recognised as such.
        int limit = ExclusionImport.MAX_ROWS + 2;
        try {
            return tables.read(upload.kind(), upload.content(), limit);
        } catch (UnreadableTableException e) {
            throw new RejectedUploadException("unreadableTable", upload.kind().name());
        }
    }
}
