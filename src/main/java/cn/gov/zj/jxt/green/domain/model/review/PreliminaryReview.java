package cn.gov.zj.jxt.green.domain.model.review;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The preliminary review 初审 of one application (004 §(十五): 初审环节对申报单位基础合规性和指标体系开展审查): a
 * checklist made from the eligibility rules and the indicators, each item checked by a provincial clerk, and an
 * outcome — pass, return to the city, or reject — with reasons.
 */
@Entity
@Table(name = "preliminary_review")
@NamedQuery(name = "PreliminaryReview.ofApplication", query = "SELECT p FROM PreliminaryReview p "
        + "WHERE p.application = :application")
@NamedQuery(name = "PreliminaryReview.ofBatch", query = "SELECT p FROM PreliminaryReview p "
        + "WHERE p.application.batch.id = :batch ORDER BY p.application.id")
@NamedQuery(name = "PreliminaryReview.notOkOfBatch", query = "SELECT DISTINCT p.application.id FROM PreliminaryReview p "
        + "JOIN p.items i WHERE p.application.batch.id = :batch "
        + "AND i.finding = cn.gov.zj.jxt.green.domain.model.review.CheckFinding.NOT_OK")
public class PreliminaryReview implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "preliminary_review_seq", sequenceName = "preliminary_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "preliminary_review_seq")
    private Long id;

    @Version
    private long version;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false, unique = true)
    private Application application;

    // LAZY: a list of reviews (the review's subjects) reads their outcomes only; one review shown reads its checklist.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "preliminary_check_item", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<CheckItem> items = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private PreliminaryOutcome outcome;

    @Column(length = 2000)
    private String reasons;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected PreliminaryReview() {
        // for JPA
    }

    public PreliminaryReview(Application application, List<CheckItem> items, Instant openedAt) {
        this.application = application;
        this.items = new ArrayList<>(items);
        this.openedAt = openedAt;
    }

    public boolean decided() {
        return outcome != null;
    }

    /** Records the clerk's finding on item {@code code}; only while undecided. */
    public void check(String code, CheckFinding finding, String note) {
        requireOpen();
        items.stream().filter(i -> i.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no checklist item " + code))
                .check(finding, note);
    }

    /** Whether every item has the clerk's finding. */
    public boolean complete() {
        return items.stream().allMatch(i -> i.getFinding() != null);
    }

    public void decide(PreliminaryOutcome outcome, String reasons, String by, Instant at) {
        requireOpen();
        this.outcome = outcome;
        this.reasons = reasons;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean passed() {
        return outcome == PreliminaryOutcome.PASS;
    }

    /** Passed with an item found not ok: the inspection must look at it (004 §(十五): 前期审查过程中待确认问题). */
    public boolean flagged() {
        return passed() && items.stream().anyMatch(i -> i.getFinding() == CheckFinding.NOT_OK);
    }

    private void requireOpen() {
        if (decided()) {
            throw new IllegalStateException("preliminary review " + id + " is decided");
        }
    }

    @Override
    public String auditType() {
        return "PreliminaryReview";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("application", application.getId());
        state.put("items", items.stream().map(i -> i.getCode() + "=" + i.getFinding()
                + (i.getNote() == null ? "" : "(" + i.getNote() + ")")).collect(Collectors.joining(";")));
        state.put("outcome", outcome);
        state.put("reasons", reasons);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Application getApplication() {
        return application;
    }

    public List<CheckItem> getItems() {
        return List.copyOf(items);
    }

    public PreliminaryOutcome getOutcome() {
        return outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
