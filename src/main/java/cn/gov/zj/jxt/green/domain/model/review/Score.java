package cn.gov.zj.jxt.green.domain.model.review;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One expert's scoring of one application: a score and comment per {@link Criterion}, an overall comment, and
 * optionally a flag asking the on-site inspection to look at something. The expert may revise it.
 */
@Entity
@Table(name = "review_score")
@NamedQuery(name = "Score.ofAssignment", query = "SELECT s FROM Score s WHERE s.assignment = :assignment")
@NamedQuery(name = "Score.ofApplication", query = "SELECT s FROM Score s WHERE s.assignment.application.id = :application "
        + "AND s.assignment.status = cn.gov.zj.jxt.green.domain.model.review.AssignmentStatus.ACTIVE "
        + "ORDER BY s.assignment.id")
@NamedQuery(name = "Score.itemsOfBatch", query = "SELECT a.application.id, s.id, s.flagged, i.criterion, i.score "
        + "FROM Score s JOIN s.assignment a LEFT JOIN s.items i WHERE a.application.batch.id = :batch "
        + "AND a.status = cn.gov.zj.jxt.green.domain.model.review.AssignmentStatus.ACTIVE ORDER BY a.id")
public class Score implements Audited {

    @Id
    @SequenceGenerator(name = "review_score_seq", sequenceName = "review_score_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_score_seq")
    private Long id;

    @Version
    private long version;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false, unique = true)
    private Assignment assignment;

    // EAGER: part of the record's value, shown wherever the record is shown.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_score_item", joinColumns = @JoinColumn(name = "score_id"))
    @OrderColumn(name = "position")
    private List<CriterionScore> items = new ArrayList<>();

    @Column(name = "overall_comment", length = 4000)
    private String overallComment;

    @Column(nullable = false)
    private boolean flagged;

    @Column(name = "flag_note", length = 1000)
    private String flagNote;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected Score() {
        // for JPA
    }

    public Score(Assignment assignment) {
        this.assignment = assignment;
    }

    /** Replaces the scores; every criterion exactly once. */
    public void record(List<CriterionScore> items, String overallComment, boolean flagged, String flagNote,
            Instant at) {
        EnumSet<Criterion> seen = EnumSet.noneOf(Criterion.class);
        for (CriterionScore item : items) {
            if (!seen.add(item.getCriterion())) {
                throw new IllegalArgumentException("criterion twice: " + item.getCriterion());
            }
        }
        if (!seen.equals(EnumSet.allOf(Criterion.class))) {
            throw new IllegalArgumentException("criteria missing: " + EnumSet.complementOf(seen));
        }
        this.items = new ArrayList<>(items);
        this.overallComment = overallComment;
        this.flagged = flagged;
        this.flagNote = flagged ? flagNote : null;
        this.scoredAt = at;
    }

    /** Σ score × weight / 100: a total out of 100, to two decimals. */
    public BigDecimal weightedTotal() {
        return weightedTotal(items);
    }

    /** The weighted total of criterion scores, out of 100: each score times its criterion's weight. */
    public static BigDecimal weightedTotal(Collection<CriterionScore> items) {
        long sum = items.stream().mapToLong(i -> (long) i.getScore() * i.getCriterion().weight()).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    @Override
    public String auditType() {
        return "Score";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("assignment", assignment.getId());
        state.put("items", items.stream().map(i -> i.getCriterion() + "=" + i.getScore())
                .collect(Collectors.joining(";")));
        state.put("total", items.isEmpty() ? null : weightedTotal().toPlainString());
        state.put("flagged", flagged);
        state.put("flagNote", flagNote);
        state.put("overallComment", overallComment);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public List<CriterionScore> getItems() {
        return List.copyOf(items);
    }

    public String getOverallComment() {
        return overallComment;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public String getFlagNote() {
        return flagNote;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
