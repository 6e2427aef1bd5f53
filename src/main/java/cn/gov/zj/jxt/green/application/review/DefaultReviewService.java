package cn.gov.zj.jxt.green.application.review;

import cn.gov.zj.jxt.green.application.nomination.EligibilityCheck;
import cn.gov.zj.jxt.green.application.notification.WorkflowNotifications;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.Versions;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.AccountRepository;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.BatchRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmissionRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import cn.gov.zj.jxt.green.domain.model.nomination.RuleOutcome;
import cn.gov.zj.jxt.green.domain.model.nomination.SubmissionStatus;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.CheckFinding;
import cn.gov.zj.jxt.green.domain.model.review.CheckItem;
import cn.gov.zj.jxt.green.domain.model.review.DrawKind;
import cn.gov.zj.jxt.green.domain.model.review.DrawRecord;
import cn.gov.zj.jxt.green.domain.model.review.Expert;
import cn.gov.zj.jxt.green.domain.model.review.ExpertTie;
import cn.gov.zj.jxt.green.domain.model.review.Inspection;
import cn.gov.zj.jxt.green.domain.model.review.InspectionResult;
import cn.gov.zj.jxt.green.domain.model.review.InspectionSample;
import cn.gov.zj.jxt.green.domain.model.review.PanelDraw;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryOutcome;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryReview;
import cn.gov.zj.jxt.green.domain.model.review.Proposal;
import cn.gov.zj.jxt.green.domain.model.review.ReviewRepository;
import cn.gov.zj.jxt.green.domain.model.review.Score;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
public class DefaultReviewService implements ReviewService {

    private static final int MAX_PANEL = 15;
    private static final int MAX_REASON = 2000;
    private static final int MAX_NOTE = 1000;
    private static final int MAX_FINDINGS = 4000;

    /** Seeds must be unpredictable, so that no one can choose a seed that gives the panel he wants. */
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    ReviewRepository reviews;

    @Inject
    BatchRepository batches;

    @Inject
    ApplicationRepository applications;

    @Inject
    CitySubmissionRepository submissions;

    @Inject
    OrganisationRepository organisations;

    @Inject
    RegionRepository regions;

    @Inject
    AccountRepository accounts;

    @Inject
    EligibilityCheck eligibility;

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

    @Inject
    InputValidation validation;

    // ---- reading ------------------------------------------------------------------------------------------

    @Override
    public List<Standing> subjects(long batchId) {
        requireReader("review.subjects");
        Batch batch = batch(batchId);
        List<Standing> standings = new ArrayList<>();
        for (CitySubmission submission : submissions.ofBatch(batch)) {
            if (submission.getStatus() == SubmissionStatus.SUBMITTED) {
                for (Application application : applications.nominated(batch, submission.getCity().getCode())) {
                    standings.add(standingOf(application));
                }
            }
        }
        return standings;
    }

    @Override
    public Standing standing(long applicationId) {
        requireReader("review.standing");
        return standingOf(subject(applicationId));
    }

    private Standing standingOf(Application application) {
        PreliminaryReview preliminary = reviews.preliminary(application).orElse(null);
        int panelSize = (int) reviews.assignments(application).stream().filter(Assignment::active).count();
        List<Score> scores = reviews.scores(application.getId());
        BigDecimal mean = mean(scores);
        boolean flagged = preliminary != null && preliminary.flagged() || scores.stream().anyMatch(Score::isFlagged);
        return new Standing(application, preliminary, panelSize, scores.size(), mean, flagged,
                reviews.inspection(application).orElse(null), reviews.proposal(application).orElse(null));
    }

    private static BigDecimal mean(List<Score> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        BigDecimal sum = scores.stream().map(Score::weightedTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    @Override
    public Aggregate aggregate(long applicationId) {
        requireReader("review.aggregate");
        Application application = subject(applicationId);
        List<Score> scores = reviews.scores(applicationId);
        int panelSize = (int) reviews.assignments(application).stream().filter(Assignment::active).count();
        return new Aggregate(applicationId, panelSize, scores.size(), mean(scores), scores.stream()
                .map(s -> new ExpertTotal(s.getAssignment().getId(), s.getAssignment().getExpert().getName(),
                        s.weightedTotal(), s.isFlagged(), s.getFlagNote()))
                .toList());
    }

    // ---- 初审 ---------------------------------------------------------------------------------------------

    @Override
    public PreliminaryReview openPreliminary(long applicationId) {
        requireClerk("review.preliminary.open");
        Application application = reviews.lock(subject(applicationId));
        PreliminaryReview existing = reviews.preliminary(application).orElse(null);
        if (existing != null) {
            return existing;
        }
        PreliminaryReview review = new PreliminaryReview(application, checklist(application), clock.now());
        reviews.add(review);
        audit.changed("review.preliminary.open", review, null);
        return review;
    }

    /** 004 §(十五): 基础合规性 (every eligibility rule as it stands today) and 指标体系 (every indicator vs benchmark). */
    private List<CheckItem> checklist(Application application) {
        List<CheckItem> items = new ArrayList<>();
        for (RuleOutcome outcome : eligibility.evaluate(application)) {
            items.add(new CheckItem("RULE:" + outcome.rule().name(), outcome.rule().clause(),
                    outcome.verdict().name(), outcome.arguments().stream().map(String::valueOf)
                            .collect(Collectors.joining("；"))));
        }
        for (Indicators.Reading reading : application.getIndicators().readings()) {
            String verdict = !reading.complete() ? "INCOMPLETE" : reading.leading() ? "LEADING" : "LAGGING";
            items.add(new CheckItem("INDICATOR:" + reading.kind().name(), "003 §一(二)", verdict,
                    plain(reading.value()) + " / " + plain(reading.benchmark())));
        }
        return items;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public PreliminaryReview preliminary(long applicationId) {
        requireReader("review.preliminary.read");
        return reviews.preliminary(subject(applicationId))
                .orElseThrow(() -> new RecordNotFoundException("PreliminaryReview", applicationId));
    }

    @Override
    public PreliminaryReview check(long applicationId, String itemCode, CheckFinding finding, String note) {
        requireClerk("review.preliminary.check");
        PreliminaryReview review = openReview(applicationId);
        if (finding == null) {
            throw InputValidation.violation("finding", "review.check.finding.required");
        }
        String cleanNote = InputValidation.optionalText(note, MAX_NOTE, "note", "review.check.note.size");
        if (finding == CheckFinding.NOT_OK && cleanNote == null) {
            throw InputValidation.violation("note", "review.check.note.required");
        }
        if (review.getItems().stream().noneMatch(i -> i.getCode().equals(itemCode))) {
            throw new RecordNotFoundException("CheckItem", itemCode);
        }
        var before = review.auditState();
        review.check(itemCode, finding, cleanNote);
        audit.changed("review.preliminary.check", review, before);
        return review;
    }

    @Override
    public PreliminaryReview checkAll(long applicationId, List<Finding> findings) {
        requireClerk("review.preliminary.check");
        PreliminaryReview review = openReview(applicationId);
        Map<String, Finding> byCode = new HashMap<>();
        for (Finding given : findings == null ? List.<Finding>of() : findings) {
            byCode.put(given.code(), given);
        }
        List<CheckItem> items = review.getItems();
        for (String code : byCode.keySet()) {
            if (items.stream().noneMatch(i -> i.getCode().equals(code))) {
                throw new RecordNotFoundException("CheckItem", code);
            }
        }
        List<InvalidInputException.Violation> wanting = new ArrayList<>();
        Map<String, String> notes = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Finding given = byCode.get(items.get(i).getCode());
            CheckFinding finding = given == null ? null : given.finding();
            String note = InputValidation.blankToNull(given == null ? null : given.note());
            if (finding == null) {
                wanting.add(new InvalidInputException.Violation("items[" + i + "].finding",
                        "review.check.finding.required"));
            }
            if (note != null && note.length() > MAX_NOTE) {
                wanting.add(new InvalidInputException.Violation("items[" + i + "].note", "review.check.note.size"));
            } else if (finding == CheckFinding.NOT_OK && note == null) {
                wanting.add(new InvalidInputException.Violation("items[" + i + "].note", "review.check.note.required"));
            }
            notes.put(items.get(i).getCode(), note);
        }
        if (!wanting.isEmpty()) {
            throw new InvalidInputException(wanting);
        }
        var before = review.auditState();
        for (CheckItem item : items) {
            review.check(item.getCode(), byCode.get(item.getCode()).finding(), notes.get(item.getCode()));
        }
        audit.changed("review.preliminary.check", review, before);
        return review;
    }

    @Override
    public PreliminaryReview decide(long applicationId, PreliminaryOutcome outcome, String reasons) {
        requireClerk("review.preliminary.decide");
        PreliminaryReview review = openReview(applicationId);
        if (outcome == null) {
            throw InputValidation.violation("outcome", "review.outcome.required");
        }
        String cleanReasons = InputValidation.optionalText(reasons, MAX_REASON, "reasons", "review.reasons.size");
        if (outcome == PreliminaryOutcome.PASS && !review.complete()) {
            throw new BusinessRuleException("review.preliminary.incomplete");
        }
        if (outcome != PreliminaryOutcome.PASS && cleanReasons == null) {
            throw InputValidation.violation("reasons", "review.reasons.required");
        }
        var before = review.auditState();
        review.decide(outcome, cleanReasons, currentActor.get().name(), clock.now());
        audit.changed("review.preliminary.decide", review, before);
        return review;
    }

    private PreliminaryReview openReview(long applicationId) {
        Application application = reviews.lock(subject(applicationId));
        PreliminaryReview review = reviews.preliminary(application)
                .orElseThrow(() -> new BusinessRuleException("review.preliminary.notOpened"));
        if (review.decided()) {
            throw new BusinessRuleException("review.preliminary.decided");
        }
        return review;
    }

    // ---- the pool -----------------------------------------------------------------------------------------

    @Override
    public List<Expert> experts() {
        requireReader("review.experts.read");
        return reviews.experts(false);
    }

    @Override
    public Expert expert(long id) {
        requireReader("review.experts.read");
        return reviews.expert(id).orElseThrow(() -> new RecordNotFoundException("Expert", id));
    }

    @Override
    public Expert addExpert(ExpertForm form) {
        requireClerk("review.experts.add");
        requireValid(form);
        Resolved r = resolve(form, null);
        Expert expert = new Expert(form.name().strip(), form.specialty().strip(), form.employerName().strip(),
                InputValidation.blankToNull(form.employerCode()), r.city(), r.account(), r.ties());
        reviews.add(expert);
        audit.changed("review.experts.add", expert, null);
        return expert;
    }

    @Override
    public Expert changeExpert(long id, long version, ExpertForm form) {
        requireClerk("review.experts.change");
        Expert expert = reviews.expert(id).orElseThrow(() -> new RecordNotFoundException("Expert", id));
        Versions.require(expert.getVersion(), version, expert.getName());
        requireValid(form);
        Resolved r = resolve(form, expert);
        var before = expert.auditState();
        expert.change(form.name().strip(), form.specialty().strip(), form.employerName().strip(),
                InputValidation.blankToNull(form.employerCode()), r.city(), r.account(), r.ties(), form.active());
        audit.changed("review.experts.change", expert, before);
        return expert;
    }

    /** The form's own constraints (a name, a specialty, an employer, a city), named field by field. */
    private void requireValid(ExpertForm form) {
        if (form == null) {
            throw InputValidation.violation("name", "review.expert.name.required");
        }
        validation.require(form);
    }

    private record Resolved(Region city, Account account, List<ExpertTie> ties) {
    }

    private Resolved resolve(ExpertForm form, Expert current) {
        Region city = regions.find(form.cityCode()).filter(r -> r.getLevel() == RegionLevel.CITY)
                .orElseThrow(() -> InputValidation.violation("cityCode", "review.expert.city.invalid"));
        Account account = null;
        if (form.account() != null && !form.account().isBlank()) {
            account = accounts.findByUsername(form.account().strip()).filter(a -> a.getRole() == Role.EXPERT)
                    .orElseThrow(() -> InputValidation.violation("account", "review.expert.account.invalid"));
            Long accountId = account.getId();
            reviews.expertOfAccount(accountId).filter(e -> current == null || !e.getId().equals(current.getId()))
                    .ifPresent(e -> {
                        throw InputValidation.violation("account", "review.expert.account.taken");
                    });
        }
        List<ExpertTie> ties = new ArrayList<>();
        for (ExpertForm.Tie tie : form.ties()) {
            switch (tie.kind()) {
                case INSTITUTION -> {
                    Organisation institution = tie.institutionId() == null ? null
                            : organisations.find(tie.institutionId())
                                    .filter(o -> o.getType() == OrganisationType.INSTITUTION).orElse(null);
                    if (institution == null) {
                        throw InputValidation.violation("ties", "review.expert.tie.institution.invalid");
                    }
                    ties.add(ExpertTie.institution(institution.getId(), tie.nature().strip()));
                }
                case ORGANISATION -> {
                    if (tie.creditCode() == null || tie.creditCode().isBlank()) {
                        throw InputValidation.violation("ties", "review.expert.tie.code.required");
                    }
                    ties.add(ExpertTie.organisation(tie.creditCode().strip(), tie.nature().strip()));
                }
                default -> throw new IllegalStateException(tie.kind().name());
            }
        }
        return new Resolved(city, account, ties);
    }

    // ---- draws --------------------------------------------------------------------------------------------

    @Override
    public DrawRecord drawPanel(long applicationId, Integer size, boolean excludeSameCity) {
        requireClerk("review.draw.panel");
        int wanted = size == null ? DEFAULT_PANEL_SIZE : size;
        if (wanted < 1 || wanted > MAX_PANEL) {
            throw InputValidation.violation("size", "review.draw.size.range");
        }
        Application application = reviews.lock(subject(applicationId));
        PreliminaryReview preliminary = reviews.preliminary(application).orElse(null);
        if (preliminary == null || !preliminary.passed()) {
            throw new BusinessRuleException("review.draw.notPassed");
        }
        if (!reviews.assignments(application).isEmpty()) {
            throw new BusinessRuleException("review.draw.alreadyDrawn");
        }
        return drawAndSeat(DrawKind.PANEL, application, wanted, excludeSameCity, Set.of());
    }

    private DrawRecord drawAndSeat(DrawKind kind, Application application, int wanted, boolean excludeSameCity,
            Set<Long> prior) {
        List<Expert> pool = reviews.experts(true);
        Map<Long, Expert> byId = new HashMap<>();
        Map<Long, String> labels = new HashMap<>();
        for (Expert expert : pool) {
            byId.put(expert.getId(), expert);
            labels.put(expert.getId(), expert.getName() + "（" + expert.getEmployerName() + "）");
        }
        // Canonical order: ascending expert id, as the pool stands now.
        List<PanelDraw.Candidate> candidates = pool.stream().map(Expert::candidate)
                .sorted(java.util.Comparator.comparingLong(PanelDraw.Candidate::id)).toList();
        DrawRecord draw = DrawRecord.drawPanel(kind, application.getBatch(), application, SEEDS.nextLong(), wanted,
                excludeSameCity, subjectOf(application), candidates, labels, prior, currentActor.get().name(),
                clock.now());
        if (draw.getChosen().size() < wanted) {
            throw new BusinessRuleException("review.draw.poolTooSmall", wanted, draw.getChosen().size());
        }
        reviews.add(draw);
        audit.changed("review.draw." + kind.name().toLowerCase(java.util.Locale.ROOT), draw, null);
        for (Long expertId : draw.getChosen()) {
            Assignment seat = new Assignment(application, byId.get(expertId), draw);
            reviews.add(seat);
            audit.changed("review.assignment.seat", seat, null);
            workflow.expertAssigned(seat);
        }
        return draw;
    }

    private static PanelDraw.Subject subjectOf(Application application) {
        Organisation institution = application.getInstitution();
        return new PanelDraw.Subject(application.getOrganisation().getCreditCode(),
                institution == null ? null : institution.getId(),
                institution == null ? null : institution.getCreditCode(), application.getCity().getCode());
    }

    @Override
    public List<Assignment> panel(long applicationId) {
        requireReader("review.panel.read");
        return reviews.assignments(subject(applicationId));
    }

    @Override
    public DrawRecord decline(long assignmentId, String reason) {
        Actor actor = currentActor.get();
        Assignment seat = reviews.assignment(assignmentId)
                .orElseThrow(() -> new RecordNotFoundException("Assignment", assignmentId));
        boolean ownSeat = actor.is(Role.EXPERT) && seat.getExpert().getAccount() != null
                && seat.getExpert().getAccount().getId().equals(actor.accountId());
        if (!ownSeat) {
            access.requireRole(actor, "review.assignment.decline", Role.PROVINCE_CLERK);
        }
        String cleanReason = InputValidation.optionalText(reason, MAX_NOTE, "reason", "review.decline.reason.size");
        if (cleanReason == null) {
            throw InputValidation.violation("reason", "review.decline.reason.required");
        }
        Application application = reviews.lock(seat.getApplication());
        if (!seat.active()) {
            throw new BusinessRuleException("review.decline.notActive");
        }
        if (reviews.score(seat).isPresent()) {
            throw new BusinessRuleException("review.decline.scored");
        }
        var before = seat.auditState();
        seat.decline(cleanReason, actor.name(), clock.now());
        audit.changed("review.assignment.decline", seat, before);
        // Everyone who ever sat on this panel, declined or not, is out of the replacement draw.
        Set<Long> prior = new HashSet<>();
        reviews.assignments(application).forEach(a -> prior.add(a.getExpert().getId()));
        return drawAndSeat(DrawKind.REPLACEMENT, application, 1, seat.getDraw().isExcludeSameCity(), prior);
    }

    @Override
    public List<DrawRecord> draws() {
        requireReader("review.draws.read");
        return reviews.draws();
    }

    @Override
    public DrawRecord draw(long drawId) {
        requireReader("review.draws.read");
        return reviews.draw(drawId).orElseThrow(() -> new RecordNotFoundException("DrawRecord", drawId));
    }

    @Override
    public Verification verify(long drawId) {
        DrawRecord draw = draw(drawId);
        PanelDraw.Outcome again = draw.replay();
        return new Verification(drawId, draw.reproduces(), draw.getChosen(), again.chosen(),
                draw.recordedExclusions(), again.exclusions());
    }

    // ---- 现场核查 -------------------------------------------------------------------------------------------

    @Override
    public DrawRecord drawInspections(long batchId, Integer count, Integer sharePercent) {
        requireClerk("review.draw.inspection");
        Batch batch = batch(batchId);
        if (count == null && sharePercent == null) {
            throw InputValidation.violation("sharePercent", "review.sample.required");
        }
        if (count != null && count < 0 || sharePercent != null && (sharePercent < 0 || sharePercent > 100)) {
            throw InputValidation.violation(count != null ? "count" : "sharePercent", "review.sample.range");
        }
        if (!reviews.inspections(batchId).isEmpty()) {
            throw new BusinessRuleException("review.sample.alreadyDrawn");
        }
        List<InspectionSample.Candidate> candidates = new ArrayList<>();
        Map<Long, String> labels = new HashMap<>();
        Map<Long, Standing> byId = new HashMap<>();
        for (Standing s : subjects(batchId)) {
            if (s.preliminary() != null && s.preliminary().passed() && s.scoresIn() > 0) {
                long id = s.application().getId();
                candidates.add(new InspectionSample.Candidate(id, s.flagged()));
                labels.put(id, s.application().getOrganisation().getName());
                byId.put(id, s);
            }
        }
        if (candidates.isEmpty()) {
            throw new BusinessRuleException("review.sample.noCandidates");
        }
        candidates.sort(java.util.Comparator.comparingLong(InspectionSample.Candidate::id));
        DrawRecord draw = DrawRecord.drawSample(batch, SEEDS.nextLong(), count, sharePercent, candidates, labels,
                currentActor.get().name(), clock.now());
        reviews.add(draw);
        audit.changed("review.draw.inspection", draw, null);
        for (Long id : draw.getChosen()) {
            Standing s = byId.get(id);
            Inspection inspection = new Inspection(s.application(), draw, s.flagged());
            reviews.add(inspection);
            audit.changed("review.inspection.sampled", inspection, null);
        }
        return draw;
    }

    @Override
    public List<Inspection> inspections(long batchId) {
        requireReader("review.inspections.read");
        batch(batchId);
        return reviews.inspections(batchId);
    }

    @Override
    public Inspection recordInspection(long inspectionId, InspectionResult result, String findings) {
        requireClerk("review.inspection.record");
        Inspection inspection = reviews.inspection(inspectionId)
                .orElseThrow(() -> new RecordNotFoundException("Inspection", inspectionId));
        if (result == null) {
            throw InputValidation.violation("result", "review.inspection.result.required");
        }
        String cleanFindings = InputValidation.optionalText(findings, MAX_FINDINGS, "findings", "review.inspection.findings.size");
        if (result == InspectionResult.PROBLEMS_FOUND && cleanFindings == null) {
            throw InputValidation.violation("findings", "review.inspection.findings.required");
        }
        var before = inspection.auditState();
        inspection.record(result, cleanFindings, currentActor.get().name(), clock.now());
        audit.changed("review.inspection.record", inspection, before);
        return inspection;
    }

    // ---- 拟入选名单 ----------------------------------------------------------------------------------------

    @Override
    public Proposal propose(long applicationId, boolean include, String reason) {
        requireClerk("review.proposal.decide");
        Application application = reviews.lock(subject(applicationId));
        String cleanReason = InputValidation.optionalText(reason, MAX_NOTE, "reason", "review.proposal.reason.size");
        if (include && !standingOf(application).proposable()) {
            throw new BusinessRuleException("review.proposal.notProposable");
        }
        if (!include && cleanReason == null) {
            throw InputValidation.violation("reason", "review.proposal.reason.required");
        }
        Proposal proposal = reviews.proposal(application).orElse(null);
        var before = proposal == null ? null : proposal.auditState();
        if (proposal == null) {
            proposal = new Proposal(application);
            proposal.decide(include, cleanReason, currentActor.get().name(), clock.now());
            reviews.add(proposal);
        } else {
            proposal.decide(include, cleanReason, currentActor.get().name(), clock.now());
        }
        audit.changed("review.proposal.decide", proposal, before);
        return proposal;
    }

    @Override
    public List<Proposal> proposedList(long batchId) {
        requireReader("review.proposal.read");
        batch(batchId);
        return reviews.proposals(batchId).stream().filter(Proposal::isIncluded).toList();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Batch batch(long batchId) {
        return batches.find(batchId).orElseThrow(() -> new RecordNotFoundException("Batch", batchId));
    }

    /** An application under provincial review: nominated, in a submission the city has submitted. */
    private Application subject(long applicationId) {
        Application application = applications.find(applicationId)
                .orElseThrow(() -> new RecordNotFoundException("Application", applicationId));
        boolean submitted = application.getStatus() == ApplicationStatus.NOMINATED && submissions
                .find(application.getBatch(), application.getCity().getCode())
                .filter(s -> s.getStatus() == SubmissionStatus.SUBMITTED).isPresent();
        if (!submitted) {
            throw new BusinessRuleException("review.notSubject");
        }
        return application;
    }

    private void requireClerk(String action) {
        access.requireRole(currentActor.get(), action, Role.PROVINCE_CLERK);
    }

    /** The provincial clerks run it; the discipline office and administrators read it. */
    private void requireReader(String action) {
        access.requireRole(currentActor.get(), action, Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN);
    }


}
