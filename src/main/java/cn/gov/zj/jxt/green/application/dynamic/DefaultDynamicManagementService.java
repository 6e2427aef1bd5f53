package cn.gov.zj.jxt.green.application.dynamic;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.UniqueConstraint;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.dynamic.ChangeKind;
import cn.gov.zj.jxt.green.domain.model.dynamic.ChangeStatus;
import cn.gov.zj.jxt.green.domain.model.dynamic.DeclaredChange;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicForm;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicManagementRepository;
import cn.gov.zj.jxt.green.domain.model.dynamic.ReReviewOutcome;
import cn.gov.zj.jxt.green.domain.model.dynamic.ReReviewTask;
import cn.gov.zj.jxt.green.domain.model.dynamic.RemovalProposal;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.listing.UnitEventKind;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultDynamicManagementService implements DynamicManagementService {

    /** Deadlines of a year name it as their subject: ("DynamicYear", 2027). */
    static final String SUBJECT = "DynamicYear";
    static final String RE_REVIEW = "dynamic.reReview";
    /** Two reminders: the deadline table keeps one row per kind and subject. */
    static final String FIRST_REMINDER = "dynamic.form.reminder.first";
    static final String SECOND_REMINDER = "dynamic.form.reminder.second";
    static final String CUT_OFF = "dynamic.form.due";
    static final int MAX_NOTE = 500;

    @Inject
    DynamicManagementRepository repository;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ListingRepository listings;

    @Inject
    Removals removals;

    @Inject
    DeadlineService deadlines;

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

    /**
     * The deadlines of a year, by kind and day (Asia/Shanghai): the re-review sweep opens the year's tasks on
     * January 1; reminders go out on April 1 and April 10; the form is due at 24:00 of April 15, i.e. 00:00 of
     * April 16.
     */
    static Map<String, LocalDate> calendar(int year) {
        return Map.of(RE_REVIEW, LocalDate.of(year, 1, 1),
                FIRST_REMINDER, LocalDate.of(year, 4, 1),
                SECOND_REMINDER, LocalDate.of(year, 4, 10),
                CUT_OFF, LocalDate.of(year, DynamicForm.DUE_MONTH, DynamicForm.DUE_DAY).plusDays(1));
    }

    @Override
    public int formYear() {
        Instant now = clock.now();
        int year = clock.today().getYear();
        return DynamicForm.open(year, now, PortalClock.ZONE) ? year : year + 1;
    }

    @Override
    public List<ListedUnit> myEntries() {
        return repository.currentEntries(requireUnit("dynamic.form.read"));
    }

    @Override
    public Optional<DynamicForm> myForm(int year) {
        return repository.form(requireUnit("dynamic.form.read"), year);
    }

    @Override
    public DynamicForm file(DynamicFormInput input) {
        long organisationId = requireUnit("dynamic.form.file");
        validation.require(input);
        int year = clock.today().getYear();
        if (!DynamicForm.open(year, clock.now(), PortalClock.ZONE)) {
            throw new BusinessRuleException("dynamic.form.late", year);
        }
        List<ListedUnit> entries = repository.currentEntries(organisationId);
        if (entries.isEmpty()) {
            throw new BusinessRuleException("dynamic.form.notListed");
        }
        if (repository.form(organisationId, year).isPresent()) {
            throw new BusinessRuleException("dynamic.form.filed", year);
        }
        for (int i = 0; i < input.changes().size(); i++) {
            DynamicFormInput.Change change = input.changes().get(i);
            if (change.kind() == ChangeKind.NAME && (change.newName() == null || change.newName().isBlank())) {
                throw InputValidation.violation("changes[" + i + "].newName", "dynamic.change.newName.required");
            }
        }
        Organisation organisation = organisations.find(organisationId)
                .orElseThrow(() -> new RecordNotFoundException("Organisation", organisationId));
        DynamicForm form = new DynamicForm(organisation, year, entries.get(0).getCity(), input.indicators(),
                blankToNull(input.remarks()), clock.now(), currentActor.get().name());
        for (DynamicFormInput.Change change : input.changes()) {
            form.declare(change.kind(), change.description().strip(), change.newName());
        }
        repository.add(form);
        // The unique key (organisation, year) refuses a second form filed at the same moment.
        UniqueConstraint.flush(repository::flush, () -> new BusinessRuleException("dynamic.form.filed", year));
        audit.changed("dynamic.form.file", form, null);
        return form;
    }

    @Override
    public List<DynamicForm> formsOfCity(int year) {
        Actor actor = requireCity("dynamic.form.read");
        return repository.formsOfCity(actor.region().getCode(), year);
    }

    @Override
    public List<ListedUnit> notFiledInCity(int year) {
        Actor actor = requireCity("dynamic.form.read");
        Instant listedBefore = LocalDate.of(year, 1, 1).atStartOfDay(PortalClock.ZONE).toInstant();
        return repository.withoutForm(year, listedBefore).stream()
                .filter(u -> u.getCity().getCode().equals(actor.region().getCode())).toList();
    }

    @Override
    public DynamicForm form(long id) {
        Actor actor = currentActor.get();
        DynamicForm form = repository.form(id).orElseThrow(() -> new RecordNotFoundException("DynamicForm", id));
        if (actor.is(Role.APPLICANT) && Long.valueOf(form.getOrganisation().getId()).equals(actor.organisationId())) {
            return form;
        }
        access.requireRole(actor, "dynamic.form.read", Role.CITY_CLERK, Role.PROVINCE_CLERK, Role.SUPERVISOR,
                Role.ADMIN);
        access.requireRegion(actor, "dynamic.form.read", form.getCity(), "DynamicForm", id);
        return form;
    }

    @Override
    public DynamicForm review(long formId, String note) {
        Actor actor = requireCity("dynamic.form.review");
        DynamicForm form = cityForm(actor, formId, "dynamic.form.review");
        var before = form.auditState();
        form.reviewed(limit(note, "note"), clock.now(), actor.name());
        audit.changed("dynamic.form.review", form, before);
        return form;
    }

    @Override
    public DeclaredChange acceptChange(long changeId) {
        Actor actor = requireCity("dynamic.change.accept");
        DeclaredChange change = cityChange(actor, changeId, "dynamic.change.accept");
        DynamicForm form = change.getForm();
        var before = form.auditState();
        decide(change, ChangeStatus.ACCEPTED, actor);
        Instant now = clock.now();
        for (ListedUnit unit : repository.currentEntries(form.getOrganisation().getId())) {
            var unitBefore = unit.auditState();
            if (change.getKind() == ChangeKind.NAME) {
                unit.rename(change.getNewName(), now, actor.name());
            } else {
                unit.record(change.getKind().eventKind(), change.getDescription(), null, now, actor.name());
            }
            audit.changed("listing.change", unit, unitBefore);
        }
        audit.changed("dynamic.change.accept", form, before);
        return change;
    }

    @Override
    public List<RemovalProposal> proposeRemovalForChange(long changeId, String reason) {
        Actor actor = requireCity("dynamic.change.propose");
        DeclaredChange change = cityChange(actor, changeId, "dynamic.change.propose");
        String why = required(reason, "reason");
        DynamicForm form = change.getForm();
        var before = form.auditState();
        decide(change, ChangeStatus.REMOVAL_PROPOSED, actor);
        List<RemovalProposal> made = new ArrayList<>();
        for (ListedUnit unit : repository.currentEntries(form.getOrganisation().getId())) {
            made.add(removals.propose(unit, RemovalGround.NO_LONGER_QUALIFIES, null, why,
                    form.getYear() + "年动态管理表变更说明", actor.name()));
        }
        audit.changed("dynamic.change.propose", form, before);
        return made;
    }

    @Override
    public List<ReReviewTask> reReviewsOfCity() {
        Actor actor = requireCity("dynamic.reReview.read");
        return repository.reReviewsOfCity(actor.region().getCode());
    }

    @Override
    public List<ListedUnit> entriesOfCity() {
        Actor actor = requireCity("dynamic.entries.read");
        List<ListedUnit> entries = new ArrayList<>();
        for (ListLevel level : ListLevel.values()) {
            entries.addAll(listings.ofCity(actor.region().getCode(), level));
        }
        return entries;
    }

    @Override
    public ReReviewTask concludeReReview(long taskId, boolean passed, String note) {
        Actor actor = requireCity("dynamic.reReview.conclude");
        ReReviewTask task = repository.reReview(taskId)
                .orElseThrow(() -> new RecordNotFoundException("ReReviewTask", taskId));
        access.requireRegion(actor, "dynamic.reReview.conclude", task.getCity(), "ReReviewTask", taskId);
        if (!task.isOpen()) {
            throw new BusinessRuleException("dynamic.reReview.concluded");
        }
        String text = passed ? limit(note, "note") : required(note, "note");
        var before = task.auditState();
        task.conclude(passed ? ReReviewOutcome.PASSED : ReReviewOutcome.REMOVAL_PROPOSED, text, clock.now(),
                actor.name());
        ListedUnit unit = task.getUnit();
        if (!unit.isRemoved()) {
            if (passed) {
                var unitBefore = unit.auditState();
                unit.record(UnitEventKind.RE_REVIEWED, task.getCycleYear() + "年复核通过"
                        + (text == null ? "" : "：" + text), null, clock.now(), actor.name());
                audit.changed("listing.reReviewed", unit, unitBefore);
            } else {
                removals.propose(unit, RemovalGround.NO_LONGER_QUALIFIES, null, text,
                        task.getCycleYear() + "年五年复核", actor.name());
            }
        }
        audit.changed("dynamic.reReview.conclude", task, before);
        return task;
    }

    @Override
    public void ensureYear(int year) {
        requirePortal("dynamic.schedule");
        List<Deadline> existing = deadlines.ofSubject(SUBJECT, year);
        // The deadline table's unique key (kind, subject) would refuse a second row in any case.
        calendar(year).forEach((kind, day) -> {
            if (existing.stream().noneMatch(d -> d.getKind().equals(kind))) {
                deadlines.schedule(kind, SUBJECT, year, day.atStartOfDay(PortalClock.ZONE).toInstant());
            }
        });
    }

    @Override
    public void ensureUpcomingYear() {
        currentActor.runAsSystem(() -> {
            ensureYear(formYear());
            return null;
        });
    }

    @Override
    public int markMissedForms(int year) {
        requirePortal("dynamic.cutOff");
        Instant listedBefore = LocalDate.of(year, 1, 1).atStartOfDay(PortalClock.ZONE).toInstant();
        int made = 0;
        for (ListedUnit unit : repository.withoutForm(year, listedBefore)) {
            if (repository.noFormProposal(unit.getId(), year).isPresent()) {
                continue;
            }
            removals.propose(unit, RemovalGround.NO_FORM, year, year + "年度动态管理表未于" + year
                    + "年4月15日24时前填报", year + "年动态管理表", Actor.SYSTEM_NAME);
            made++;
        }
        // The unique key (unit, ground, year) is the second guard: a duplicate fails the run rather than stand.
        repository.flush();
        return made;
    }

    @Override
    public List<ReReviewTask> openReReviews(int year) {
        requirePortal("dynamic.reReview.open");
        List<Integer> listYears = new ArrayList<>();
        for (int y = year - ReReviewTask.CYCLE_YEARS; y >= 1990; y -= ReReviewTask.CYCLE_YEARS) {
            listYears.add(y);
        }
        List<ReReviewTask> opened = new ArrayList<>();
        for (ListedUnit unit : repository.listedIn(listYears)) {
            if (!ReReviewTask.due(unit.getYear(), year) || repository.reReview(unit.getId(), year).isPresent()) {
                continue;
            }
            ReReviewTask task = new ReReviewTask(unit, year, clock.now());
            repository.add(task);
            audit.changed("dynamic.reReview.open", task, null);
            opened.add(task);
        }
        repository.flush();
        return opened;
    }

    // ---- internals --------------------------------------------------------------------------------------------

    private void decide(DeclaredChange change, ChangeStatus decision, Actor actor) {
        if (change.getStatus() != ChangeStatus.DECLARED) {
            throw new BusinessRuleException("dynamic.change.decided");
        }
        change.decide(decision, clock.now(), actor.name());
    }

    private DynamicForm cityForm(Actor actor, long formId, String action) {
        DynamicForm form = repository.form(formId)
                .orElseThrow(() -> new RecordNotFoundException("DynamicForm", formId));
        access.requireRegion(actor, action, form.getCity(), "DynamicForm", formId);
        return form;
    }

    private DeclaredChange cityChange(Actor actor, long changeId, String action) {
        DeclaredChange change = repository.change(changeId)
                .orElseThrow(() -> new RecordNotFoundException("DeclaredChange", changeId));
        access.requireRegion(actor, action, change.getForm().getCity(), "DynamicForm", change.getForm().getId());
        return change;
    }

    private long requireUnit(String action) {
        Actor actor = currentActor.get();
        access.requireRole(actor, action, Role.APPLICANT);
        if (actor.organisationId() == null) {
            access.deny(actor, action, null, null);
        }
        return actor.organisationId();
    }

    /** The deadlines' work: the portal itself (which acts as an administrator) or an administrator. */
    private void requirePortal(String action) {
        access.requireRole(currentActor.get(), action, Role.ADMIN);
    }

    private Actor requireCity(String action) {
        Actor actor = currentActor.get();
        access.requireRole(actor, action, Role.CITY_CLERK);
        return actor;
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InputValidation.violation(field, "dynamic." + field + ".required");
        }
        return limit(text, field);
    }

    private static String limit(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_NOTE) {
            throw InputValidation.violation(field, "dynamic." + field + ".size");
        }
        return text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
