package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.notification.WorkflowNotifications;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.BatchRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmissionRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.PoolEntry;
import cn.gov.zj.jxt.green.domain.model.nomination.PoolRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.model.nomination.SubmissionStatus;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Stateless
public class DefaultNominationService implements NominationService {

    static final String TYPE = "CitySubmission";
    private static final int MAX_BASIS = 200;

    @Inject
    BatchRepository batches;

    @Inject
    CitySubmissionRepository submissions;

    @Inject
    ApplicationRepository applications;

    @Inject
    PoolRepository pool;

    @Inject
    ListingRepository listings;

    @Inject
    OrganisationRepository organisations;

    @Inject
    EligibilityCheck eligibility;

    @Inject
    DocumentService documents;

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
    public CitySubmission submission(long batchId, String cityCode) {
        Actor actor = currentActor.get();
        Batch batch = batch(batchId);
        String city;
        if (actor.is(Role.CITY_CLERK)) {
            city = actor.region().getCode();
        } else {
            access.requireRole(actor, "submission.read", Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN);
            city = cityCode;
        }
        return submissions.find(batch, city).orElseThrow(() -> new RecordNotFoundException(TYPE, batchId + "/" + city));
    }

    @Override
    public CitySubmission submission(long submissionId) {
        CitySubmission submission = submissions.find(submissionId)
                .orElseThrow(() -> new RecordNotFoundException(TYPE, submissionId));
        Actor actor = currentActor.get();
        if (actor.is(Role.CITY_CLERK)) {
            access.requireRegion(actor, "submission.read", submission.getCity(), TYPE, submissionId);
        } else {
            access.requireRole(actor, "submission.read", Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN);
        }
        return submission;
    }

    @Override
    public List<Application> candidates(long batchId, String cityCode) {
        CitySubmission submission = submission(batchId, cityCode);
        List<Application> candidates = new ArrayList<>();
        for (ApplicationStatus status : List.of(ApplicationStatus.NOMINATED, ApplicationStatus.APPROVED)) {
            candidates.addAll(applications.search(submission.getBatch(), submission.getCity(), status, null,
                    new cn.gov.zj.jxt.green.domain.shared.PageRequest(0, 500)).items());
        }
        return candidates;
    }

    @Override
    public Application nominate(long applicationId) {
        Actor actor = currentActor.get();
        Application application = cityApplication(applicationId, "nomination.add");
        CitySubmission submission = lockedSubmission(application);
        requireChangeable(submission);
        if (application.getStatus() != ApplicationStatus.APPROVED) {
            throw new BusinessRuleException(application.getStatus() == ApplicationStatus.NOMINATED
                    ? "nomination.already" : "nomination.notApproved");
        }
        List<RuleOutcome> failed = eligibility.evaluate(application).stream().filter(RuleOutcome::failed).toList();
        if (!failed.isEmpty()) {
            throw new BusinessRuleException("nomination.ineligible",
                    failed.stream().map(o -> o.rule().clause()).collect(Collectors.joining("；")));
        }
        Batch batch = submission.getBatch();
        String city = submission.getCity().getCode();
        long nominated = applications.countNominated(batch, city);
        int quota = batch.quotaOf(city);
        if (nominated >= quota) {
            throw new BusinessRuleException("nomination.quota.full", submission.getCity().getName(), nominated, quota);
        }
        Map<String, Object> before = application.auditState();
        application.nominate(clock.now());
        submission.nomineesChanged();
        audit.changed("nomination.add", application, before);
        return application;
    }

    @Override
    public Application withdrawNomination(long applicationId) {
        Application application = cityApplication(applicationId, "nomination.withdraw");
        CitySubmission submission = lockedSubmission(application);
        requireChangeable(submission);
        if (application.getStatus() != ApplicationStatus.NOMINATED) {
            throw new BusinessRuleException("nomination.notNominated");
        }
        Map<String, Object> before = application.auditState();
        application.withdrawNomination();
        submission.nomineesChanged();
        audit.changed("nomination.withdraw", application, before);
        return application;
    }

    @Override
    public CitySubmission issueLetter(long batchId, String number) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "submission.letter", Role.CITY_CLERK);
        CitySubmission submission = lockedSubmission(submission(batchId, null));
        requireChangeable(submission);
        String cleanNumber = InputValidation.optionalText(number, 80, "number", "submission.letterNumber.size");
        List<Application> nominees = applications.nominated(submission.getBatch(), submission.getCity().getCode());
        if (nominees.isEmpty()) {
            throw new BusinessRuleException("submission.noNominees");
        }
        IssuedDocument letter = documents.issue(letterContent(submission, nominees, cleanNumber), null, null);
        Map<String, Object> before = submission.auditState();
        submission.letter(letter, cleanNumber, actor.name(), clock.now());
        audit.changed("submission.letter", submission, before);
        return submission;
    }

    /** The nomination letter 推荐函 (信函格式) with the summary table of seed 003 附件2 as its annex. */
    private DocumentContent letterContent(CitySubmission submission, List<Application> nominees, String number) {
        Batch batch = submission.getBatch();
        Region city = submission.getCity();
        List<List<String>> parks = new ArrayList<>();
        List<List<String>> factories = new ArrayList<>();
        List<List<String>> supplyChain = new ArrayList<>();
        for (Application nominee : nominees) {
            List<String> row = NominationLetters.summaryRow(nominee.getOrganisation().getName(),
                    nominee.getInstitution() == null ? "" : nominee.getInstitution().getName(),
                    nominee.getIndustry() == null ? "" : nominee.getIndustry(),
                    listings.find(nominee.getOrganisation().getId(), nominee.getUnitType(), ListLevel.MUNICIPAL)
                            .isPresent());
            (nominee.getUnitType() == UnitType.PARK ? parks
                    : nominee.getUnitType() == UnitType.FACTORY ? factories : supplyChain).add(row);
        }
        return NominationLetters.content(batch, city, parks, factories, supplyChain, number, clock.today());
    }

    @Override
    public FileDownload letter(long submissionId, RenditionType type) {
        CitySubmission submission = submission(submissionId);
        if (submission.getLetter() == null) {
            throw new RecordNotFoundException("NominationLetter", submissionId);
        }
        return documents.file(submission.getLetter(), type);
    }

    @Override
    public CitySubmission submit(long batchId) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "submission.submit", Role.CITY_CLERK);
        CitySubmission submission = lockedSubmission(submission(batchId, null));
        requireChangeable(submission);
        if (submission.getLetter() == null) {
            throw new BusinessRuleException("submission.letterRequired");
        }
        Map<String, Object> before = submission.auditState();
        submission.submit(actor.name(), clock.now());
        audit.changed("submission.submit", submission, before);
        return submission;
    }

    @Override
    public CitySubmission returnForCorrection(long submissionId, String reason, LocalDate correctionDue) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "submission.return", Role.PROVINCE_CLERK);
        CitySubmission submission = submissions.findForUpdate(submissionId)
                .orElseThrow(() -> new RecordNotFoundException(TYPE, submissionId));
        if (submission.getStatus() != SubmissionStatus.SUBMITTED) {
            throw new BusinessRuleException("submission.notSubmitted");
        }
        String cleanReason = InputValidation.requiredText(reason, 2000, "reason", "submission.return.reasonRequired",
                "submission.return.reasonSize");
        if (correctionDue == null || correctionDue.isBefore(clock.today())) {
            throw InputValidation.violation("correctionDue", "submission.return.dueInPast");
        }
        Map<String, Object> before = submission.auditState();
        submission.returnForCorrection(cleanReason, correctionDue, actor.name(), clock.now());
        audit.changed("submission.return", submission, before);
        workflow.submissionReturned(submission);
        return submission;
    }

    @Override
    public CitySubmission reportCityList(long batchId) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "submission.cityList", Role.CITY_CLERK);
        CitySubmission submission = submission(batchId, null);
        Map<String, Object> before = submission.auditState();
        submission.reportCityList(actor.name(), clock.now());
        audit.changed("submission.cityList", submission, before);
        return submission;
    }

    @Override
    public List<PoolEntry> pool() {
        Actor actor = requireCityClerk("pool.read");
        return pool.ofCity(actor.region().getCode());
    }

    @Override
    public PoolEntry addToPool(long organisationId, String plan) {
        Actor actor = requireCityClerk("pool.add");
        Organisation organisation = cityOrganisation(actor, organisationId, "pool.add");
        String cleanPlan = InputValidation.optionalText(plan, 2000, "plan", "pool.plan.size");
        UnitType type = UnitType.of(organisation.getType());
        PoolEntry entry = pool.find(organisationId, type).orElse(null);
        if (entry != null && entry.getLeftAt() == null) {
            throw new BusinessRuleException("pool.exists");
        }
        Map<String, Object> before = entry == null ? null : entry.auditState();
        if (entry == null) {
            entry = new PoolEntry(actor.region(), organisation, cleanPlan, clock.now(), actor.name());
            pool.add(entry);
        } else {
            entry.rejoin(cleanPlan, clock.now(), actor.name());
        }
        audit.changed("pool.add", entry, before);
        return entry;
    }

    @Override
    public PoolEntry leavePool(long entryId) {
        Actor actor = requireCityClerk("pool.leave");
        PoolEntry entry = pool.find(entryId).orElseThrow(() -> new RecordNotFoundException("PoolEntry", entryId));
        access.requireRegion(actor, "pool.leave", entry.getCity(), "PoolEntry", entryId);
        Map<String, Object> before = entry.auditState();
        entry.leave(clock.now());
        audit.changed("pool.leave", entry, before);
        return entry;
    }

    @Override
    public List<ListedUnit> municipalList() {
        Actor actor = requireCityClerk("listing.read");
        return listings.ofCity(actor.region().getCode(), ListLevel.MUNICIPAL);
    }

    @Override
    public ListedUnit listMunicipal(long organisationId, int year, String basis) {
        Actor actor = requireCityClerk("listing.add");
        Organisation organisation = cityOrganisation(actor, organisationId, "listing.add");
        String cleanBasis = InputValidation.requiredText(basis, MAX_BASIS, "basis", "listing.basis.required",
                "listing.basis.size");
        if (year < 2000 || year > clock.today().getYear()) {
            throw InputValidation.violation("year", "listing.year.range");
        }
        UnitType type = UnitType.of(organisation.getType());
        if (listings.find(organisationId, type, ListLevel.MUNICIPAL).isPresent()) {
            throw new BusinessRuleException("listing.exists");
        }
        ListedUnit unit = new ListedUnit(organisation, type, ListLevel.MUNICIPAL, year, actor.region(), null,
                cleanBasis, null, clock.now(), actor.name());
        listings.add(unit);
        audit.changed("listing.add", unit, null);
        return unit;
    }

    private Actor requireCityClerk(String action) {
        Actor actor = currentActor.get();
        access.requireRole(actor, action, Role.CITY_CLERK);
        return actor;
    }

    private Organisation cityOrganisation(Actor actor, long organisationId, String action) {
        Organisation organisation = organisations.find(organisationId)
                .orElseThrow(() -> new RecordNotFoundException("Organisation", organisationId));
        access.requireRegion(actor, action, organisation.getRegion(), "Organisation", organisationId);
        if (organisation.getType() == OrganisationType.INSTITUTION) {
            throw new BusinessRuleException("pool.notAUnit");
        }
        return organisation;
    }

    private Application cityApplication(long applicationId, String action) {
        Actor actor = requireCityClerk(action);
        Application application = applications.find(applicationId)
                .orElseThrow(() -> new RecordNotFoundException("Application", applicationId));
        access.requireRegion(actor, action, application.getCity(), "Application", applicationId);
        return application;
    }

    /** The city's submission, locked: nominations of one city take turns, so the quota holds under concurrency. */
    private CitySubmission lockedSubmission(Application application) {
        CitySubmission submission = submissions.find(application.getBatch(), application.getCity().getCode())
                .orElseThrow(() -> new RecordNotFoundException(TYPE, application.getBatch().getId()));
        return lockedSubmission(submission);
    }

    private CitySubmission lockedSubmission(CitySubmission submission) {
        return submissions.findForUpdate(submission.getId())
                .orElseThrow(() -> new RecordNotFoundException(TYPE, submission.getId()));
    }

    /**
     * Nominees, letter and submission can change until the deadline (003 §三); a submission the province returned
     * can be corrected until the date it set, whatever the deadline.
     */
    private void requireChangeable(CitySubmission submission) {
        if (submission.getStatus() == SubmissionStatus.SUBMITTED) {
            throw new BusinessRuleException("submission.alreadySubmitted");
        }
        if (submission.inCorrection()) {
            if (!clock.now().isBefore(OfficialDay.endOf(submission.getCorrectionDue()))) {
                throw new BusinessRuleException("submission.correctionClosed",
                        DocumentContent.chineseDate(submission.getCorrectionDue()));
            }
            return;
        }
        BatchRules.requireOpen(submission.getBatch(), clock);
    }

    private Batch batch(long id) {
        return batches.find(id).orElseThrow(() -> new RecordNotFoundException("Batch", id));
    }
}
