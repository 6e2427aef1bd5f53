package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.application.institution.InstitutionGroups;
import cn.gov.zj.jxt.green.application.notification.WorkflowNotifications;
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
import cn.gov.zj.jxt.green.application.shared.UploadInspection;
import cn.gov.zj.jxt.green.application.shared.UploadPolicy;
import cn.gov.zj.jxt.green.application.shared.Versions;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.BatchRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.EngagementRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.EngagementStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import cn.gov.zj.jxt.green.domain.model.nomination.ReviewDecision;
import cn.gov.zj.jxt.green.domain.model.nomination.ReviewStage;
import cn.gov.zj.jxt.green.domain.model.nomination.Route;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Stateless
public class DefaultApplicationService implements ApplicationService {

    static final String TYPE = "Application";

    @Inject
    ApplicationRepository applications;

    @Inject
    BatchRepository batches;

    @Inject
    EngagementRepository engagements;

    @Inject
    OrganisationRepository organisations;

    @Inject
    RegionRepository regions;

    @Inject
    EligibilityCheck eligibility;

    @Inject
    InstitutionGroups groups;

    @Inject
    ApplicationAccess readers;

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
    WorkflowNotifications workflow;

    @Inject
    PortalClock clock;

    @Override
    public Application start(long batchId) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "application.start", Role.APPLICANT);
        Batch batch = batches.find(batchId).orElseThrow(() -> new RecordNotFoundException("Batch", batchId));
        BatchRules.requireOpen(batch, clock);
        Organisation organisation = organisations.find(actor.organisationId())
                .orElseThrow(() -> new RecordNotFoundException("Organisation", actor.organisationId()));
        if (organisation.getType() == OrganisationType.INSTITUTION) {
            access.deny(actor, "application.start", "Batch", batchId);
        }
        if (!batch.getUnitTypes().contains(UnitType.of(organisation.getType()))) {
            throw new BusinessRuleException("application.unitTypeNotCalled");
        }
        if (applications.find(batch, organisation.getId()).isPresent()) {
            throw new BusinessRuleException("application.exists");
        }
        Application application = new Application(batch, organisation, organisation.getRegion().city(), clock.now());
        applications.add(application);
        audit.changed("application.start", application, null);
        return application;
    }

    @Override
    public Application update(long id, long expectedVersion, ApplicationForm form) {
        Actor actor = currentActor.get();
        Application application = own(id, "application.update", expectedVersion);
        validation.require(form);
        BatchRules.requireOpen(application.getBatch(), clock);
        requireEditable(application);
        Region production = null;
        if (form.productionRegion() != null && !form.productionRegion().isBlank()) {
            production = regions.find(form.productionRegion())
                    .orElseThrow(() -> InputValidation.violation("productionRegion", "application.productionRegion.unknown"));
        }
        Organisation institution = null;
        if (form.route() == Route.INSTITUTION) {
            if (form.institutionId() == null) {
                throw InputValidation.violation("institutionId", "application.institution.required");
            }
            institution = organisations.find(form.institutionId())
                    .filter(o -> o.getType() == OrganisationType.INSTITUTION)
                    .orElseThrow(() -> InputValidation.violation("institutionId", "application.institution.unknown"));
        }
        Map<String, Object> before = application.auditState();
        application.describe(production, InputValidation.blankToNull(form.industry()), form.route(), institution, form.indicators(),
                form.parkFacts());
        audit.changed("application.update", application, before);
        requestInstitution(application, institution, actor);
        return application;
    }

    /**
     * What a submission must state, every gap named at once beside its field: the industry, and the key indicators
     * with their benchmarks that the unit's type is judged by. Without them the eligibility shown would be 不符合.
     */
    private static void requireComplete(Application application) {
        List<InvalidInputException.Violation> missing = new ArrayList<>();
        if (application.getIndustry() == null || application.getIndustry().isBlank()) {
            missing.add(new InvalidInputException.Violation("industry", "application.industry.required"));
        }
        for (Indicators.Kind kind : application.missingIndicators()) {
            missing.add(new InvalidInputException.Violation(INDICATOR_FIELD_PREFIX + kind.name(),
                    "application.indicator." + kind.name() + ".required"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }

    /** Keeps the application's engagement in step with its chosen institution (004 §(十二)). */
    private void requestInstitution(Application application, Organisation institution, Actor actor) {
        Engagement current = active(application);
        if (current != null && institution != null && current.getInstitution().getId().equals(institution.getId())) {
            return;
        }
        if (current != null) {
            Map<String, Object> before = current.auditState();
            current.withdraw(actor.name(), clock.now());
            audit.changed("engagement.withdraw", current, before);
        }
        if (institution != null) {
            Engagement engagement = new Engagement(application, institution, groups.groupCode(institution),
                    clock.now());
            engagements.add(engagement);
            audit.changed("engagement.request", engagement, null);
            workflow.engagementRequested(engagement);
        }
    }

    private Engagement active(Application application) {
        return engagements.ofApplication(application).stream()
                .filter(Engagement::inForce)
                .findFirst().orElse(null);
    }

    @Override
    public Application attachReport(long id, String fileName, InputStream content) {
        Application application = own(id, "application.report", null);
        BatchRules.requireOpen(application.getBatch(), clock);
        requireEditable(application);
        InspectedUpload upload = inspector.inspect(fileName, content, UploadPolicy.evaluationReport());
        StoredFile stored = fileStore.put(upload.content());
        Map<String, Object> before = application.auditState();
        application.attachReport(upload.fileName(), stored.sha256(), stored.size());
        audit.changed("application.report", application, before);
        return application;
    }

    @Override
    public Application submit(long id, long expectedVersion) {
        Application application = own(id, "application.submit", expectedVersion);
        BatchRules.requireOpen(application.getBatch(), clock);
        requireEditable(application);
        requireComplete(application);
        if (application.getReportSha256() == null) {
            throw new BusinessRuleException("application.report.required");
        }
        if (application.getRoute() == Route.INSTITUTION) {
            Engagement engagement = active(application);
            if (engagement == null || engagement.getStatus() != EngagementStatus.ACCEPTED) {
                throw new BusinessRuleException("application.institution.notAccepted");
            }
        }
        List<RuleOutcome> barring = eligibility.evaluate(application).stream()
                .filter(RuleOutcome::barsApplication).toList();
        if (!barring.isEmpty()) {
            throw new BusinessRuleException("application.ineligible",
                    barring.stream().map(o -> o.rule().clause()).collect(Collectors.joining("；")));
        }
        Map<String, Object> before = application.auditState();
        application.submit(clock.now());
        audit.changed("application.submit", application, before);
        return application;
    }

    @Override
    public Application review(long id, long expectedVersion, ReviewDecision decision, String comment) {
        Actor actor = currentActor.get();
        Application application = find(id);
        ReviewStage stage = application.currentStage();
        if (stage == null) {
            // Who asks is checked before what state the application is in: only someone who could review it at some
            // stage learns that it awaits no review; anyone else is refused as for any application not theirs.
            access.requireRole(actor, "application.review", Role.COUNTY_CLERK, Role.CITY_CLERK);
            access.requireRegion(actor, "application.review",
                    actor.is(Role.COUNTY_CLERK) ? application.getRegion() : application.getCity(), TYPE, id);
            throw new BusinessRuleException("application.review.notPending");
        }
        if (stage == ReviewStage.COUNTY) {
            access.requireRole(actor, "application.review", Role.COUNTY_CLERK);
            access.requireRegion(actor, "application.review", application.getRegion(), TYPE, id);
        } else {
            access.requireRole(actor, "application.review", Role.CITY_CLERK);
            access.requireRegion(actor, "application.review", application.getCity(), TYPE, id);
        }
        Versions.require(application.getVersion(), expectedVersion, application.getOrganisation().getName());
        BatchRules.requireOpen(application.getBatch(), clock);
        String cleanComment = InputValidation.optionalText(comment, 2000, "comment", "application.review.commentSize");
        if (decision == ReviewDecision.RETURNED && cleanComment == null) {
            throw InputValidation.violation("comment", "application.review.commentRequired");
        }
        if (decision == ReviewDecision.APPROVED && stage == ReviewStage.CITY
                && application.getRoute() == Route.INSTITUTION) {
            // 003 §二(一): an institution that evaluates must have signed its undertaking.
            Engagement engagement = active(application);
            if (engagement == null || !engagement.isSigned()) {
                throw new BusinessRuleException("application.review.undertakingMissing");
            }
        }
        Map<String, Object> before = application.auditState();
        application.review(decision, cleanComment, actor.name(), clock.now());
        audit.changed("application.review." + stage.name().toLowerCase(java.util.Locale.ROOT), application, before);
        workflow.applicationReviewed(application, stage, decision, cleanComment);
        return application;
    }

    @Override
    public Application get(long id) {
        Application application = find(id);
        readers.requireReader(application, "application.read");
        return application;
    }

    @Override
    public List<Application> mine() {
        Actor actor = currentActor.get();
        access.requireRole(actor, "application.mine", Role.APPLICANT);
        return applications.ofOrganisation(actor.organisationId());
    }

    @Override
    public Page<Application> search(long batchId, ApplicationStatus status, String text, PageRequest page) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "application.search", Role.COUNTY_CLERK, Role.CITY_CLERK, Role.PROVINCE_CLERK,
                Role.SUPERVISOR, Role.ADMIN);
        Batch batch = batches.find(batchId).orElseThrow(() -> new RecordNotFoundException("Batch", batchId));
        return applications.search(batch, actor.scope().restriction(), status, text, page);
    }

    @Override
    public List<RuleOutcome> eligibility(long id) {
        return eligibility.evaluate(get(id));
    }

    @Override
    public FileDownload report(long id) {
        Application application = get(id);
        if (application.getReportSha256() == null) {
            throw new RecordNotFoundException("EvaluationReport", id);
        }
        return new FileDownload(application.getReportName(), "application/pdf",
                fileStore.read(application.getReportSha256()), application.getReportSha256());
    }

    @Override
    public List<Organisation> institutions() {
        access.requireRole(currentActor.get(), "application.institutions", Role.APPLICANT, Role.COUNTY_CLERK,
                Role.CITY_CLERK, Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN);
        return organisations.search(null, OrganisationType.INSTITUTION, null, new PageRequest(0, PageRequest.MAX_SIZE))
                .items().stream().sorted(java.util.Comparator.comparing(Organisation::getName)).toList();
    }

    @Override
    public List<Engagement> engagements(long id) {
        return engagements.ofApplication(get(id));
    }

    private Application own(long id, String action, Long expectedVersion) {
        Actor actor = currentActor.get();
        access.requireRole(actor, action, Role.APPLICANT);
        Application application = find(id);
        if (!application.getOrganisation().getId().equals(actor.organisationId())) {
            access.deny(actor, action, TYPE, id);
        }
        if (expectedVersion != null) {
            Versions.require(application.getVersion(), expectedVersion, application.getOrganisation().getName());
        }
        return application;
    }

    private Application find(long id) {
        return applications.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
    }


    private static void requireEditable(Application application) {
        if (!application.getStatus().editableByApplicant()) {
            throw new BusinessRuleException("application.notEditable");
        }
    }

}
