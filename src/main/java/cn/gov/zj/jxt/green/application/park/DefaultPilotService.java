package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.application.shared.FileStore;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.InspectedUpload;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.StoredFile;
import cn.gov.zj.jxt.green.application.shared.UniqueConstraint;
import cn.gov.zj.jxt.green.application.shared.UploadInspection;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.Issuer;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.park.PilotApplication;
import cn.gov.zj.jxt.green.domain.model.park.PilotCall;
import cn.gov.zj.jxt.green.domain.model.park.PilotFile;
import cn.gov.zj.jxt.green.domain.model.park.PilotMaterial;
import cn.gov.zj.jxt.green.domain.model.park.PilotRecommendationLetter;
import cn.gov.zj.jxt.green.domain.model.park.PilotRepository;
import cn.gov.zj.jxt.green.domain.model.park.PilotStatus;
import cn.gov.zj.jxt.green.domain.model.park.PilotYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Stateless
public class DefaultPilotService implements PilotService {

    static final String CALL = "PilotCall";
    static final String APPLICATION = "PilotApplication";

    @Inject
    PilotRepository pilots;

    @Inject
    OrganisationRepository organisations;

    @Inject
    DocumentService documents;

    @Inject
    DeadlineService deadlines;

    @Inject
    UploadInspection inspector;

    @Inject
    FileStore fileStore;

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

    @Inject
    PilotNotifications told;

    // ---- the call and its shortlist (province) -----------------------------------------------------------------

    @Override
    public CallView openCall(PilotCallForm form) {
        Actor actor = province("pilot.call.open");
        validation.require(form);
        if (!form.recommendationDue().isAfter(clock.today())) {
            throw InputValidation.violation("recommendationDue", "pilot.call.due.past");
        }
        if (pilots.calls().stream().anyMatch(c -> c.getTitle().equals(form.title().strip()))) {
            throw InputValidation.violation("title", "pilot.call.title.taken");
        }
        PilotCall call = new PilotCall(form.year(), form.title(), form.recommendationDue(), form.reminderDays(),
                clock.now(), actor.name());
        pilots.add(call);
        UniqueConstraint.flush(pilots::flush, () -> new BusinessRuleException("pilot.call.titleTaken", call.getTitle()));
        audit.changed("pilot.call.open", call, null);
        deadlines.schedule(PilotDeadlines.REMINDER, CALL, call.getId(), call.reminderAt());
        deadlines.schedule(PilotDeadlines.OVERDUE, CALL, call.getId(), call.closesAt());
        return PilotViews.call(call, List.of(), 0, clock.now());
    }

    @Override
    public List<CallView> calls() {
        Actor actor = currentActor.get();
        boolean reader = actor.is(Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN, Role.CITY_CLERK);
        Instant now = clock.now();
        return pilots.calls().stream().map(c -> reader ? PilotViews.call(c, visible(actor, pilots.ofCall(c)),
                pilots.countRecommended(c), now) : PilotViews.call(c, List.of(), 0, now)).toList();
    }

    @Override
    public CallView call(long id) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "pilot.call.read", Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN,
                Role.CITY_CLERK);
        PilotCall call = pilots.findCall(id).orElseThrow(() -> new RecordNotFoundException(CALL, id));
        return PilotViews.call(call, visible(actor, pilots.ofCall(call)), pilots.countRecommended(call),
                clock.now());
    }

    /** The applications the actor reads: all of them, or a city clerk's those of parks in the city. */
    private static List<PilotApplication> visible(Actor actor, List<PilotApplication> applications) {
        if (!actor.is(Role.CITY_CLERK)) {
            return applications;
        }
        return applications.stream().filter(a -> actor.scope().covers(a.getOrganisation().getRegion())).toList();
    }

    @Override
    public ApplicationView recommend(long applicationId) {
        Actor actor = province("pilot.recommend");
        PilotApplication application = found(applicationId);
        PilotCall call = lockedCall(application);
        requireShortlistOpen(call);
        if (application.getStatus() != PilotStatus.ELIGIBLE) {
            throw new BusinessRuleException(application.getStatus() == PilotStatus.RECOMMENDED ? "pilot.recommend.already"
                    : "pilot.recommend.notEligible", application.getOrganisation().getName());
        }
        long recommended = pilots.countRecommended(call);
        if (!PilotCall.roomFor(recommended)) {
            throw new BusinessRuleException("pilot.recommend.full", recommended, PilotCall.SHORTLIST_MAX);
        }
        Map<String, Object> before = application.auditState();
        application.recommend(clock.now(), actor.name());
        audit.changed("pilot.recommend", application, before);
        return PilotViews.application(application);
    }

    @Override
    public ApplicationView withdrawRecommendation(long applicationId) {
        Actor actor = province("pilot.recommend.withdraw");
        PilotApplication application = found(applicationId);
        requireShortlistOpen(lockedCall(application));
        if (application.getStatus() != PilotStatus.RECOMMENDED) {
            throw new BusinessRuleException("pilot.recommend.not", application.getOrganisation().getName());
        }
        Map<String, Object> before = application.auditState();
        application.withdrawRecommendation(clock.now(), actor.name());
        audit.changed("pilot.recommend.withdraw", application, before);
        return PilotViews.application(application);
    }

    @Override
    public CallView issueLetter(long callId) {
        province("pilot.letter");
        PilotCall call = pilots.lockCall(callId).orElseThrow(() -> new RecordNotFoundException(CALL, callId));
        requireShortlistOpen(call);
        List<PilotApplication> all = pilots.ofCall(call);
        List<PilotApplication> shortlist = all.stream().filter(a -> a.getStatus() == PilotStatus.RECOMMENDED)
                .toList();
        if (!PilotCall.sendable(shortlist.size())) {
            throw new BusinessRuleException("pilot.letter.shortlistSize", shortlist.size(), PilotCall.SHORTLIST_MIN,
                    PilotCall.SHORTLIST_MAX);
        }
        IssuedDocument letter = documents.issue(PilotRecommendationLetter.content(call, all.size(),
                shortlist.stream().map(PilotViews::letterLine).toList(), clock.today()), Issuer.GREEN, null);
        Map<String, Object> before = call.auditState();
        call.letterIssued(letter, clock.now());
        audit.changed("pilot.letter", call, before);
        shortlist.forEach(a -> told.recommended(a, letter.getNumber()));
        return PilotViews.call(call, all, shortlist.size(), clock.now());
    }

    @Override
    public FileDownload letter(long callId, RenditionType type) {
        access.requireRole(currentActor.get(), "pilot.letter.read", Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN);
        PilotCall call = pilots.findCall(callId).orElseThrow(() -> new RecordNotFoundException(CALL, callId));
        if (call.getLetter() == null) {
            throw new RecordNotFoundException("PilotRecommendationLetter", callId);
        }
        return documents.file(call.getLetter(), type);
    }

    // ---- applications -------------------------------------------------------------------------------------------

    @Override
    public ApplicationView apply(PilotApplicationForm form, String fileName, InputStream materials) {
        Actor actor = currentActor.get();
        Organisation park = ownPark(actor, "pilot.apply");
        validation.require(form, yearViolations(form));
        PilotCall call = pilots.findCall(form.callId())
                .orElseThrow(() -> new RecordNotFoundException(CALL, form.callId()));
        Instant now = clock.now();
        if (!call.isOpenAt(now)) {
            throw new BusinessRuleException("pilot.call.closed", call.getTitle());
        }
        if (materials == null) {
            throw InputValidation.violation("file", "upload.fileRequired");
        }
        PilotFile file = store(PilotFile.Kind.MATERIAL, fileName, materials, now);
        PilotApplication.Conditions conditions = new PilotApplication.Conditions(form.catalogued(),
                form.workingBase(), form.clearGoals());
        PilotApplication application = new PilotApplication(call, park, form.zoneKind(), conditions, material(form),
                file, now, actor.name());
        pilots.add(application);
        // One application per park and call: a second at the same moment is stopped by the unique constraint.
        UniqueConstraint.flush(pilots::flush, () -> new BusinessRuleException("pilot.apply.twice", park.getName()));
        audit.changed("pilot.apply", application, null);
        return PilotViews.application(application);
    }

    @Override
    public List<ApplicationView> own() {
        Actor actor = currentActor.get();
        Organisation park = ownPark(actor, "pilot.own");
        return pilots.ofOrganisation(park.getId()).stream().map(PilotViews::application).toList();
    }

    @Override
    public ApplicationView application(long id) {
        return PilotViews.application(readable(id, "pilot.application.read"));
    }

    @Override
    public ApplicationView checkEligibility(long applicationId, boolean eligible, String note) {
        Actor actor = province("pilot.eligibility");
        PilotApplication application = found(applicationId);
        if (application.getStatus() != PilotStatus.SUBMITTED) {
            throw new BusinessRuleException("pilot.eligibility.checked", application.getOrganisation().getName());
        }
        String reason = InputValidation.optionalText(note, PilotApplication.NOTE_MAX, "note", "pilot.note.size");
        if (!eligible && reason == null) {
            throw InputValidation.violation("note", "pilot.eligibility.reasonRequired");
        }
        Map<String, Object> before = application.auditState();
        application.checkEligibility(eligible, clock.now(), actor.name(), reason);
        audit.changed(eligible ? "pilot.eligible" : "pilot.ineligible", application, before);
        told.eligibility(application, eligible, reason);
        return PilotViews.application(application);
    }

    @Override
    public ApplicationView recordStage(long applicationId, PilotApplication.Stage stage, String note) {
        Actor actor = province("pilot.stage");
        PilotApplication application = found(applicationId);
        String text = InputValidation.optionalText(note, PilotApplication.NOTE_MAX, "note", "pilot.note.size");
        if (text == null && (stage == PilotApplication.Stage.CHECKED
                || stage == PilotApplication.Stage.TITLE_WITHDRAWN)) {
            throw InputValidation.violation("note", "pilot.stage.noteRequired");
        }
        Map<String, Object> before = application.auditState();
        try {
            application.record(stage, clock.now(), actor.name(), text);
        } catch (IllegalStateException e) {
            throw new BusinessRuleException("pilot.stage.notNow", application.getOrganisation().getName(),
                    application.getStatus());
        }
        audit.changed("pilot.stage." + stage.name(), application, before);
        told.stage(application, stage, text);
        return PilotViews.application(application);
    }

    @Override
    public ApplicationView filePlan(long applicationId, String fileName, InputStream plan) {
        Actor actor = currentActor.get();
        PilotApplication application = actor.is(Role.APPLICANT) ? ownApplication(actor, applicationId)
                : found(applicationIdFor(actor, applicationId));
        if (application.getStatus() != PilotStatus.PILOT && application.getStatus() != PilotStatus.PLAN_FILED) {
            throw new BusinessRuleException("pilot.plan.notPilot", application.getOrganisation().getName());
        }
        if (plan == null) {
            throw InputValidation.violation("file", "upload.fileRequired");
        }
        Instant now = clock.now();
        Map<String, Object> before = application.auditState();
        application.filePlan(store(PilotFile.Kind.IMPLEMENTATION_PLAN, fileName, plan, now), now, actor.name());
        audit.changed("pilot.plan", application, before);
        return PilotViews.application(application);
    }

    @Override
    public FileDownload file(long applicationId, int position) {
        PilotApplication application = readable(applicationId, "pilot.file.read");
        if (position < 1 || position > application.getFiles().size()) {
            throw new RecordNotFoundException("PilotFile", applicationId + "/" + position);
        }
        PilotFile file = application.getFiles().get(position - 1);
        return new FileDownload(file.getFileName(), "application/pdf", fileStore.read(file.getSha256()),
                file.getSha256());
    }

    @Override
    public List<Published> published() {
        return pilots.published().stream().map(PilotViews::published).toList();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private Actor province(String action) {
        Actor actor = currentActor.get();
        access.requireRole(actor, action, Role.PROVINCE_CLERK, Role.ADMIN);
        return actor;
    }

    private long applicationIdFor(Actor actor, long applicationId) {
        access.requireRole(actor, "pilot.plan", Role.PROVINCE_CLERK, Role.ADMIN);
        return applicationId;
    }

    private PilotApplication found(long id) {
        return pilots.find(id).orElseThrow(() -> new RecordNotFoundException(APPLICATION, id));
    }

    /**
     * The park's own application, the province's, the supervisor's and the administrator's reading, or a city
     * clerk's of a park in the city (read only: every change is the province's or the park's).
     */
    private PilotApplication readable(long id, String action) {
        Actor actor = currentActor.get();
        if (actor.is(Role.APPLICANT)) {
            return ownApplication(actor, id);
        }
        access.requireRole(actor, action, Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN, Role.CITY_CLERK);
        PilotApplication application = found(id);
        if (actor.is(Role.CITY_CLERK)) {
            access.requireRegion(actor, action, application.getOrganisation().getRegion(), APPLICATION, id);
        }
        return application;
    }

    private PilotApplication ownApplication(Actor actor, long id) {
        PilotApplication application = pilots.find(id).orElse(null);
        if (application == null || !application.getOrganisation().getId().equals(actor.organisationId())) {
            access.deny(actor, "pilot.application.own", APPLICATION, id);
        }
        return application;
    }

    private PilotCall lockedCall(PilotApplication application) {
        long id = application.getCall().getId();
        return pilots.lockCall(id).orElseThrow(() -> new RecordNotFoundException(CALL, id));
    }

    private static void requireShortlistOpen(PilotCall call) {
        if (!call.isShortlistOpen()) {
            throw new BusinessRuleException("pilot.letter.issued", call.getTitle());
        }
    }

    /** The acting applicant's organisation, which must be a park: only a park's management body applies. */
    private Organisation ownPark(Actor actor, String action) {
        access.requireRole(actor, action, Role.APPLICANT);
        if (actor.organisationId() == null) {
            access.deny(actor, action, null, null);
        }
        Organisation organisation = organisations.find(actor.organisationId())
                .orElseThrow(() -> new RecordNotFoundException("Organisation", actor.organisationId()));
        if (organisation.getType() != OrganisationType.PARK) {
            throw new BusinessRuleException("pilot.parksOnly");
        }
        return organisation;
    }

    private PilotFile store(PilotFile.Kind kind, String fileName, InputStream content, Instant now) {
        InspectedUpload upload = inspector.inspect(fileName, content, UploadPolicy.evaluationReport());
        StoredFile stored = fileStore.put(upload.content());
        return new PilotFile(kind, upload.fileName(), stored.sha256(), stored.size(), now);
    }

    /** Three consecutive years, oldest first, each using no more solid waste than it produced. */
    private static List<InvalidInputException.Violation> yearViolations(PilotApplicationForm form) {
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        if (form.years() == null) {
            return violations;
        }
        for (int i = 0; i < form.years().size(); i++) {
            PilotApplicationForm.Year y = form.years().get(i);
            if (y == null) {
                continue;
            }
            if (y.year() != null && i > 0 && form.years().get(i - 1) != null && form.years().get(i - 1).year() != null
                    && y.year() != form.years().get(i - 1).year() + 1) {
                violations.add(new InvalidInputException.Violation("years[" + i + "].year", "pilot.years.consecutive"));
            }
            if (y.solidWaste() != null && y.solidWasteUsed() != null
                    && y.solidWasteUsed().compareTo(y.solidWaste()) > 0) {
                violations.add(new InvalidInputException.Violation("years[" + i + "].solidWasteUsed", "pilot.years.wasteUsed"));
            }
        }
        return violations;
    }

    private static PilotMaterial material(PilotApplicationForm form) {
        return new PilotMaterial(form.basics(), form.technology(), form.resourceUse(), form.wasteUse(),
                form.management(), form.goals(), form.years().stream().map(y -> new PilotYear(y.year(),
                        y.addedValue(), y.energyUse(), y.waterUse(), y.co2Emitted(), y.solidWaste(),
                        y.solidWasteUsed())).toList());
    }
}
