package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A park's application to a {@link PilotCall} (seed 002 §四): made by the park's management body with the
 * annex's material and its PDFs, the three conditions of §四(一) asserted by the park and checked by the province,
 * shortlisted by the province, and then carried through the later stages, each kept in its history.
 *
 * <pre>
 * SUBMITTED --confirm--> ELIGIBLE --recommend--> RECOMMENDED --approve--> PILOT --plan--> PLAN_FILED --accept--> ACCEPTED
 *     \--refuse--> INELIGIBLE   ^---withdraw---/        \--not selected--> NOT_SELECTED   (check: stays)   re-review:
 *                                                                                           stays, or --> WITHDRAWN
 * </pre>
 */
@Entity
@Table(name = "pilot_application")
public class PilotApplication implements Audited {

    public static final int TEXT_MAX = 4000;
    public static final int NOTE_MAX = 2000;

    @Id
    @SequenceGenerator(name = "pilot_application_seq", sequenceName = "pilot_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pilot_application_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_id", nullable = false, updatable = false)
    private PilotCall call;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PilotStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "zone_kind", nullable = false, length = 30)
    private ZoneKind zoneKind;

    /** §四(一)(1): in 《中国开发区审核公告目录》. */
    @Column(nullable = false)
    private boolean catalogued;

    /** §四(一)(2): a working base in energy saving, resource use, cleaner production and low-carbon technology. */
    @Column(name = "working_base", nullable = false)
    private boolean workingBase;

    /** §四(一)(3): clear goals and ideas for the park's low-carbon development, the plan's delivery assured. */
    @Column(name = "clear_goals", nullable = false)
    private boolean clearGoals;

    @Column(nullable = false, length = TEXT_MAX)
    private String basics;

    @Column(nullable = false, length = TEXT_MAX)
    private String technology;

    @Column(name = "resource_use", nullable = false, length = TEXT_MAX)
    private String resourceUse;

    @Column(name = "waste_use", nullable = false, length = TEXT_MAX)
    private String wasteUse;

    @Column(nullable = false, length = TEXT_MAX)
    private String management;

    @Column(nullable = false, length = TEXT_MAX)
    private String goals;

    // EAGER: part of the application's value, shown wherever it is.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pilot_application_year", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<PilotYear> years = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pilot_application_file", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<PilotFile> files = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pilot_application_event", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<PilotEvent> history = new ArrayList<>();

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected PilotApplication() {
        // for JPA
    }

    /**
     * {@code park} applies to {@code call} while it is open, asserting all three conditions of §四(一), with its
     * material and at least one PDF of it.
     */
    public PilotApplication(PilotCall call, Organisation park, ZoneKind zoneKind, Conditions conditions,
            PilotMaterial material, PilotFile materials, Instant at, String by) {
        if (park == null || park.getType() != OrganisationType.PARK) {
            throw new IllegalArgumentException("only a park's management body applies for a pilot");
        }
        if (!call.isOpenAt(at)) {
            throw new IllegalStateException("call " + call.getId() + " closed at " + call.closesAt());
        }
        if (!conditions.allMet()) {
            throw new IllegalArgumentException("the park asserts every condition of seed 002 section 4(1)");
        }
        if (materials == null || materials.getKind() != PilotFile.Kind.MATERIAL) {
            throw new IllegalArgumentException("the application's materials are uploaded");
        }
        this.call = call;
        this.organisation = park;
        this.zoneKind = Objects.requireNonNull(zoneKind);
        this.catalogued = conditions.catalogued();
        this.workingBase = conditions.workingBase();
        this.clearGoals = conditions.clearGoals();
        this.basics = material.basics().strip();
        this.technology = material.technology().strip();
        this.resourceUse = material.resourceUse().strip();
        this.wasteUse = material.wasteUse().strip();
        this.management = material.management().strip();
        this.goals = material.goals().strip();
        this.years.addAll(material.years());
        this.files.add(materials);
        this.submittedAt = at;
        this.status = PilotStatus.SUBMITTED;
        record(PilotEvent.Kind.SUBMITTED, at, by, null);
    }

    /** The three conditions of §四(一), as the park ticks them. */
    public record Conditions(boolean catalogued, boolean workingBase, boolean clearGoals) implements Serializable {

        public boolean allMet() {
            return catalogued && workingBase && clearGoals;
        }
    }

    /** The province confirms that the park meets §四(一), or refuses it with its reason. */
    public void checkEligibility(boolean eligible, Instant at, String by, String note) {
        require(PilotStatus.SUBMITTED, "check eligibility");
        String reason = clean(note);
        if (!eligible && reason == null) {
            throw new IllegalArgumentException("a refusal says why");
        }
        status = eligible ? PilotStatus.ELIGIBLE : PilotStatus.INELIGIBLE;
        record(eligible ? PilotEvent.Kind.ELIGIBLE : PilotEvent.Kind.INELIGIBLE, at, by, reason);
    }

    /** Shortlisted; the call's quota is the caller's to check under the call's lock. */
    public void recommend(Instant at, String by) {
        require(PilotStatus.ELIGIBLE, "recommend");
        requireShortlistOpen();
        status = PilotStatus.RECOMMENDED;
        record(PilotEvent.Kind.RECOMMENDED, at, by, null);
    }

    /** Taken off the shortlist before the letter is issued. */
    public void withdrawRecommendation(Instant at, String by) {
        require(PilotStatus.RECOMMENDED, "withdraw the recommendation");
        requireShortlistOpen();
        status = PilotStatus.ELIGIBLE;
        record(PilotEvent.Kind.RECOMMENDATION_WITHDRAWN, at, by, null);
    }

    /** A later stage, recorded by the province as the ministries or its own checks decided it. */
    public void record(Stage stage, Instant at, String by, String note) {
        String text = clean(note);
        switch (stage) {
            case APPROVED_AS_PILOT -> move(PilotStatus.RECOMMENDED, PilotStatus.PILOT, afterLetter(stage), at, by, text);
            case NOT_SELECTED -> move(PilotStatus.RECOMMENDED, PilotStatus.NOT_SELECTED, afterLetter(stage), at, by,
                    text);
            case CHECKED -> move(PilotStatus.PLAN_FILED, PilotStatus.PLAN_FILED, PilotEvent.Kind.CHECKED, at, by,
                    required(text));
            case ACCEPTED -> move(PilotStatus.PLAN_FILED, PilotStatus.ACCEPTED, PilotEvent.Kind.ACCEPTED, at, by, text);
            case RE_REVIEW_PASSED -> move(PilotStatus.ACCEPTED, PilotStatus.ACCEPTED, PilotEvent.Kind.RE_REVIEW_PASSED,
                    at, by, text);
            case TITLE_WITHDRAWN -> move(PilotStatus.ACCEPTED, PilotStatus.WITHDRAWN, PilotEvent.Kind.TITLE_WITHDRAWN,
                    at, by, required(text));
            default -> throw new IllegalArgumentException(String.valueOf(stage));
        }
    }

    /** The approved implementation plan (§四(四)) is filed: first after approval, or replaced later. */
    public void filePlan(PilotFile plan, Instant at, String by) {
        if (plan == null || plan.getKind() != PilotFile.Kind.IMPLEMENTATION_PLAN) {
            throw new IllegalArgumentException("an implementation plan");
        }
        if (status != PilotStatus.PILOT && status != PilotStatus.PLAN_FILED) {
            throw new IllegalStateException("application " + id + " is " + status + ", not an approved pilot");
        }
        files.add(plan);
        status = PilotStatus.PLAN_FILED;
        record(PilotEvent.Kind.PLAN_FILED, at, by, plan.getFileName());
    }

    /** The later stages the province records (seed 002 §四(三)–(六), §五(四)). */
    public enum Stage {
        APPROVED_AS_PILOT,
        NOT_SELECTED,
        CHECKED,
        ACCEPTED,
        RE_REVIEW_PASSED,
        TITLE_WITHDRAWN
    }

    /** Whether the public sees it: shortlisted and after. */
    public boolean isPublic() {
        return switch (status) {
            case RECOMMENDED, PILOT, PLAN_FILED, ACCEPTED, WITHDRAWN, NOT_SELECTED -> true;
            default -> false;
        };
    }

    private PilotEvent.Kind afterLetter(Stage stage) {
        if (call.isShortlistOpen()) {
            throw new IllegalStateException("the ministries decide only after the recommendation letter");
        }
        return stage == Stage.APPROVED_AS_PILOT ? PilotEvent.Kind.APPROVED_AS_PILOT : PilotEvent.Kind.NOT_SELECTED;
    }

    private void move(PilotStatus from, PilotStatus to, PilotEvent.Kind kind, Instant at, String by, String note) {
        require(from, kind.name());
        status = to;
        record(kind, at, by, note);
    }

    private void require(PilotStatus expected, String what) {
        if (status != expected) {
            throw new IllegalStateException("application " + id + " is " + status + ": cannot " + what);
        }
    }

    private void requireShortlistOpen() {
        if (!call.isShortlistOpen()) {
            throw new IllegalStateException("the recommendation letter of call " + call.getId() + " is issued");
        }
    }

    private void record(PilotEvent.Kind kind, Instant at, String by, String note) {
        history.add(new PilotEvent(kind, Objects.requireNonNull(at), Objects.requireNonNull(by), note));
        updatedAt = at;
        updatedBy = by;
    }

    private static String required(String note) {
        if (note == null) {
            throw new IllegalArgumentException("this stage is recorded with its findings");
        }
        return note;
    }

    private static String clean(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String stripped = note.strip();
        if (stripped.length() > NOTE_MAX) {
            throw new IllegalArgumentException("note longer than " + NOTE_MAX);
        }
        return stripped;
    }

    @Override
    public String auditType() {
        return "PilotApplication";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("call", call.getId());
        state.put("organisation", organisation.getId());
        state.put("status", status);
        state.put("zoneKind", zoneKind);
        state.put("conditions", List.of(catalogued, workingBase, clearGoals));
        state.put("basics", basics);
        state.put("technology", technology);
        state.put("resourceUse", resourceUse);
        state.put("wasteUse", wasteUse);
        state.put("management", management);
        state.put("goals", goals);
        state.put("years", years.stream().map(PilotYear::auditState).toList());
        state.put("files", files.stream().map(PilotFile::getSha256).toList());
        state.put("events", history.size());
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public PilotCall getCall() {
        return call;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public PilotStatus getStatus() {
        return status;
    }

    public ZoneKind getZoneKind() {
        return zoneKind;
    }

    public Conditions getConditions() {
        return new Conditions(catalogued, workingBase, clearGoals);
    }

    public PilotMaterial getMaterial() {
        return new PilotMaterial(basics, technology, resourceUse, wasteUse, management, goals, years);
    }

    public List<PilotFile> getFiles() {
        return Collections.unmodifiableList(files);
    }

    public List<PilotEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
