package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A park's circular transformation implementation plan (seed 001 §三(二)(三), 一园一策): one per park, written by
 * its management body, submitted to the province, and approved or returned with comments; a returned plan is revised
 * and submitted again. Every submission and decision stays in its history. An approved plan is final.
 *
 * <pre>
 * DRAFT --submit--> SUBMITTED --approve--> APPROVED
 *   ^                 |   ^
 *   revise        return  submit
 *                     v   |
 *                   RETURNED (revise)
 * </pre>
 */
@Entity
@Table(name = "transformation_plan")
@NamedQuery(name = "TransformationPlan.findByOrganisation",
        query = "SELECT p FROM TransformationPlan p JOIN FETCH p.organisation WHERE p.organisation.id = :organisation")
@NamedQuery(name = "TransformationPlan.findById",
        query = "SELECT p FROM TransformationPlan p JOIN FETCH p.organisation WHERE p.id = :id")
@NamedQuery(name = "TransformationPlan.list", query = "SELECT p FROM TransformationPlan p JOIN FETCH p.organisation o"
        + " ORDER BY p.updatedAt DESC, p.id DESC")
@NamedQuery(name = "TransformationPlan.listByStatus", query = "SELECT p FROM TransformationPlan p"
        + " JOIN FETCH p.organisation o WHERE p.status = :status ORDER BY p.updatedAt DESC, p.id DESC")
public class TransformationPlan implements Audited {

    public static final int TEXT_MAX = 4000;
    public static final int COMMENT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "transformation_plan_seq", sequenceName = "transformation_plan_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transformation_plan_seq")
    private Long id;

    @Version
    private long version;

    /** The park's management body; one plan per park (a unique constraint backs the rule). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false, unique = true)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(nullable = false, length = TEXT_MAX)
    private String basics;

    @Column(name = "main_tasks", nullable = false, length = TEXT_MAX)
    private String mainTasks;

    @Column(nullable = false, length = TEXT_MAX)
    private String measures;

    @Embedded
    private ExpectedOutcomes outcomes;

    // EAGER: part of the plan's value, shown wherever the plan is.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "transformation_plan_project", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanProject> projects = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "transformation_plan_event", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanEvent> history = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    /** When the province approved it; {@code null} until then. */
    @Column(name = "approved_at")
    private Instant approvedAt;

    /** The latest acceptance's outcome (验收, seed 001 §三(五)); {@code null} until the province records one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "acceptance_result", length = 8)
    private AcceptanceResult acceptanceResult;

    @Column(name = "acceptance_date")
    private LocalDate acceptanceDate;

    @Column(name = "acceptance_comment", length = COMMENT_MAX)
    private String acceptanceComment;

    protected TransformationPlan() {
        // for JPA
    }

    /** A new draft of {@code park}'s plan; only a park has one. */
    public TransformationPlan(Organisation park, PlanContent content, Instant at, String by) {
        if (park == null || park.getType() != OrganisationType.PARK) {
            throw new IllegalArgumentException("only a park files a circular transformation plan");
        }
        this.organisation = park;
        this.createdAt = Objects.requireNonNull(at);
        write(content, at, by);
    }

    /** Whether the park may change what the plan says: while it is a draft or has been returned. */
    public boolean isEditable() {
        return status == PlanStatus.DRAFT || status == PlanStatus.RETURNED;
    }

    /** Whether the park may submit it: a draft, or a returned plan once more. */
    public boolean isSubmittable() {
        return isEditable();
    }

    /** Whether the province may decide on it: it waits on the province. */
    public boolean isAwaitingDecision() {
        return status == PlanStatus.SUBMITTED;
    }

    /** The park revises its draft, or the plan the province returned. */
    public void revise(PlanContent content, Instant at, String by) {
        if (!isEditable()) {
            throw new IllegalStateException("plan " + id + " is " + status + " and cannot be revised");
        }
        write(content, at, by);
    }

    /** The park submits the plan for the province's review (again, after a return). */
    public void submit(Instant at, String by) {
        if (!isSubmittable()) {
            throw new IllegalStateException("plan " + id + " is " + status + " and cannot be submitted");
        }
        transition(PlanStatus.SUBMITTED, PlanEvent.Kind.SUBMITTED, at, by, null);
    }

    /** The province approves the submitted plan; the park then carries it out. Comments are optional. */
    public void approve(Instant at, String by, String comment) {
        requireAwaitingDecision();
        transition(PlanStatus.APPROVED, PlanEvent.Kind.APPROVED, at, by, clean(comment));
        this.approvedAt = at;
    }

    /** The province returns the submitted plan to the park with its comments, which are required. */
    public void returnWithComments(Instant at, String by, String comment) {
        requireAwaitingDecision();
        String reason = clean(comment);
        if (reason == null) {
            throw new IllegalArgumentException("a returned plan carries the province's comments");
        }
        transition(PlanStatus.RETURNED, PlanEvent.Kind.RETURNED, at, by, reason);
    }

    /** Whether the province may record an acceptance: the plan is approved and has not passed one. */
    public boolean isAcceptable() {
        return status == PlanStatus.APPROVED && acceptanceResult != AcceptanceResult.PASSED;
    }

    /** Whether the plan passed its acceptance: the park's yearly progress reports then end. */
    public boolean isAccepted() {
        return acceptanceResult == AcceptanceResult.PASSED;
    }

    /**
     * The province records the acceptance (验收) held {@code on}, no earlier than the approval and no later than
     * today; a failed one says why. A failed acceptance may be followed by another, a passed one is final.
     */
    public void recordAcceptance(AcceptanceResult result, LocalDate on, String comment, Instant at, String by) {
        if (!isAcceptable()) {
            throw new IllegalStateException("plan " + id + " is " + status + (isAccepted() ? ", accepted" : "")
                    + " and cannot be accepted");
        }
        Objects.requireNonNull(result);
        Objects.requireNonNull(on);
        if (on.isBefore(OfficialDay.of(approvedAt)) || on.isAfter(OfficialDay.of(at))) {
            throw new IllegalArgumentException("acceptance on " + on + " outside the approval and today");
        }
        String text = clean(comment);
        if (result == AcceptanceResult.FAILED && text == null) {
            throw new IllegalArgumentException("a failed acceptance says why");
        }
        this.acceptanceResult = result;
        this.acceptanceDate = on;
        this.acceptanceComment = text;
        this.history.add(new PlanEvent(result == AcceptanceResult.PASSED ? PlanEvent.Kind.ACCEPTED
                : PlanEvent.Kind.NOT_ACCEPTED, at, Objects.requireNonNull(by), text));
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** The comments of the province's latest return, if the plan was ever returned. */
    public Optional<PlanEvent> lastReturn() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).getKind() == PlanEvent.Kind.RETURNED) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    /** How many times the park has submitted it. */
    public long submissions() {
        return history.stream().filter(e -> e.getKind() == PlanEvent.Kind.SUBMITTED).count();
    }

    /** The projects' total investment, 10,000 yuan. */
    public BigDecimal totalInvestment() {
        return projects.stream().map(PlanProject::getInvestment).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void requireAwaitingDecision() {
        if (!isAwaitingDecision()) {
            throw new IllegalStateException("plan " + id + " is " + status + ", not awaiting a decision");
        }
    }

    private void transition(PlanStatus to, PlanEvent.Kind kind, Instant at, String by, String comment) {
        this.status = to;
        this.history.add(new PlanEvent(kind, Objects.requireNonNull(at), Objects.requireNonNull(by), comment));
        this.updatedAt = at;
        this.updatedBy = by;
    }

    private void write(PlanContent content, Instant at, String by) {
        Objects.requireNonNull(content);
        this.basics = content.basics();
        this.mainTasks = content.mainTasks();
        this.measures = content.measures();
        this.outcomes = content.outcomes();
        this.projects.clear();
        this.projects.addAll(content.projects());
        this.updatedAt = Objects.requireNonNull(at);
        this.updatedBy = Objects.requireNonNull(by);
    }

    private static String clean(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String stripped = comment.strip();
        if (stripped.length() > COMMENT_MAX) {
            throw new IllegalArgumentException("comment longer than " + COMMENT_MAX);
        }
        return stripped;
    }

    @Override
    public String auditType() {
        return "TransformationPlan";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisation", organisation.getId());
        state.put("status", status);
        state.put("basics", basics);
        state.put("mainTasks", mainTasks);
        state.put("projects", projects.stream().map(PlanProject::auditState).toList());
        state.put("outcomes", outcomes == null ? null : outcomes.asMap());
        state.put("measures", measures);
        state.put("submissions", submissions());
        state.put("acceptance", acceptanceResult);
        state.put("acceptanceDate", acceptanceDate);
        state.put("acceptanceComment", acceptanceComment);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getBasics() {
        return basics;
    }

    public String getMainTasks() {
        return mainTasks;
    }

    public String getMeasures() {
        return measures;
    }

    public ExpectedOutcomes getOutcomes() {
        return outcomes;
    }

    public List<PlanProject> getProjects() {
        return Collections.unmodifiableList(projects);
    }

    public List<PlanEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public AcceptanceResult getAcceptanceResult() {
        return acceptanceResult;
    }

    public LocalDate getAcceptanceDate() {
        return acceptanceDate;
    }

    public String getAcceptanceComment() {
        return acceptanceComment;
    }
}
