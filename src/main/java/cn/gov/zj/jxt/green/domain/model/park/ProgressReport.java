package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A park's yearly progress report on its approved circular transformation plan (seed 001 §三(三): "从2022年起每年底前"
 * the year's progress goes to the province): the year's achieved figures on the plan's indicators and a short
 * narrative (progress, results, experience, difficulties). It exists from the moment the year's deadlines are set,
 * unfiled; it is due by 24:00 of December 31 (Asia/Shanghai). Not filed by then, the cut-off marks it overdue; it
 * may still be filed, and is then flagged late. Filed once: the figures then stand.
 */
@Entity
@Table(name = "park_progress_report")
public class ProgressReport implements Audited {

    /** The first year a report is due (seed 001 §三(三)). */
    public static final int FIRST_YEAR = 2022;
    public static final int NARRATIVE_MAX = 2000;

    @Id
    @SequenceGenerator(name = "park_progress_report_seq", sequenceName = "park_progress_report_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "park_progress_report_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private TransformationPlan plan;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    /** When the cut-off found it unfiled; {@code null} if it was filed in time or the cut-off has not come. */
    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Column(name = "filed_by", length = 40)
    private String filedBy;

    @Column(length = NARRATIVE_MAX)
    private String narrative;

    /** The year's achieved figures on the plan's indicators; {@code null} until filed. */
    @Embedded
    private ExpectedOutcomes achieved;

    protected ProgressReport() {
        // for JPA
    }

    /** The report of {@code year} on an approved plan, not filed yet. */
    public ProgressReport(TransformationPlan plan, int year) {
        if (plan == null || plan.getStatus() != PlanStatus.APPROVED) {
            throw new IllegalArgumentException("progress is reported on an approved plan");
        }
        if (year < FIRST_YEAR) {
            throw new IllegalArgumentException("progress reports are due from " + FIRST_YEAR + ", not " + year);
        }
        this.plan = plan;
        this.year = year;
        this.dueAt = dueAt(year);
    }

    /** 24:00 of December 31 of {@code year}, Asia/Shanghai: when the year's report is due. */
    public static Instant dueAt(int year) {
        return OfficialDay.endOf(LocalDate.of(year, 12, 31));
    }

    /** The first instant a year's report may be filed: the start of the year it reports on. */
    public static Instant opensAt(int year) {
        return OfficialDay.startOf(LocalDate.of(year, 1, 1));
    }

    /** Whether the park may file it at {@code at}: not filed yet, and the year it reports on has begun. */
    public boolean isFileable(Instant at) {
        return filedAt == null && !at.isBefore(opensAt(year));
    }

    /** The park files the year's figures and narrative; after the due time it is accepted and flagged late. */
    public void file(ExpectedOutcomes figures, String text, Instant at, String by) {
        if (filedAt != null) {
            throw new IllegalStateException("the " + year + " progress report is filed already");
        }
        if (at.isBefore(opensAt(year))) {
            throw new IllegalStateException("the " + year + " progress report cannot be filed before the year");
        }
        String stripped = text == null ? null : text.strip();
        if (stripped == null || stripped.isEmpty() || stripped.length() > NARRATIVE_MAX) {
            throw new IllegalArgumentException("a narrative of 1 to " + NARRATIVE_MAX + " characters");
        }
        this.achieved = Objects.requireNonNull(figures);
        this.narrative = stripped;
        this.filedAt = Objects.requireNonNull(at);
        this.filedBy = Objects.requireNonNull(by);
    }

    /**
     * The cut-off: marks the report overdue if nothing was filed by the due time; {@code false} (no change) when it
     * was filed or is marked already, so that running the cut-off again changes nothing.
     */
    public boolean markOverdue(Instant at) {
        if (at.isBefore(dueAt)) {
            throw new IllegalStateException("the " + year + " progress report is due at " + dueAt);
        }
        if (filedAt != null || overdueAt != null) {
            return false;
        }
        this.overdueAt = at;
        return true;
    }

    public boolean isFiled() {
        return filedAt != null;
    }

    /** Filed after the due time. */
    public boolean isLate() {
        return filedAt != null && filedAt.isAfter(dueAt);
    }

    /** Past the due time and not filed, as seen at {@code at}, whether or not the cut-off has run yet. */
    public boolean isOutstanding(Instant at) {
        return filedAt == null && !at.isBefore(dueAt);
    }

    @Override
    public String auditType() {
        return "ProgressReport";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("plan", plan.getId());
        state.put("year", year);
        state.put("filedAt", filedAt);
        state.put("late", isLate());
        state.put("overdueAt", overdueAt);
        state.put("achieved", achieved == null ? null : achieved.asMap());
        state.put("narrative", narrative);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public TransformationPlan getPlan() {
        return plan;
    }

    public int getYear() {
        return year;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public String getNarrative() {
        return narrative;
    }

    public ExpectedOutcomes getAchieved() {
        return achieved;
    }
}
