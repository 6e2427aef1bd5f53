package cn.gov.zj.jxt.green.domain.model.dynamic;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The re-review of one listed unit in one five-year cycle (五年一复核, 004 §(二十一)), opened by the portal and
 * concluded by the unit's city. A unit is re-reviewed in the years 5, 10, … after the year it was listed.
 */
@Entity
@Table(name = "re_review_task")
@NamedQuery(name = "ReReviewTask.ofCity", query = "SELECT t FROM ReReviewTask t WHERE t.city.code = :city "
        + "ORDER BY t.concludedAt DESC, t.cycleYear DESC, t.id")
@NamedQuery(name = "ReReviewTask.ofUnit", query = "SELECT t FROM ReReviewTask t WHERE t.unit.id = :unit "
        + "ORDER BY t.cycleYear")
public class ReReviewTask implements Audited {

    /** Years between re-reviews (004 §(二十一)). */
    public static final int CYCLE_YEARS = 5;

    @Id
    @SequenceGenerator(name = "re_review_task_seq", sequenceName = "re_review_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "re_review_task_seq")
    private Long id;

    @Version
    private long version;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private ListedUnit unit;

    // EAGER: Region is @Cacheable reference data, so reading it is a shared-cache hit, not a statement.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "city_code", nullable = false, updatable = false)
    private Region city;

    @Column(name = "cycle_year", nullable = false, updatable = false)
    private int cycleYear;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ReReviewOutcome outcome;

    @Column(length = 500)
    private String note;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @Column(name = "concluded_by", length = 40)
    private String concludedBy;

    protected ReReviewTask() {
        // for JPA
    }

    public ReReviewTask(ListedUnit unit, int cycleYear, Instant openedAt) {
        this.unit = unit;
        this.city = unit.getCity();
        this.cycleYear = cycleYear;
        this.openedAt = openedAt;
    }

    /** Whether a unit listed in {@code listedYear} is due for re-review in {@code year}: every fifth year after. */
    public static boolean due(int listedYear, int year) {
        return year > listedYear && (year - listedYear) % CYCLE_YEARS == 0;
    }

    public void conclude(ReReviewOutcome outcome, String note, Instant at, String actor) {
        if (concludedAt != null) {
            throw new IllegalStateException("re-review " + id + " is concluded");
        }
        this.outcome = outcome;
        this.note = note;
        this.concludedAt = at;
        this.concludedBy = actor;
    }

    public boolean isOpen() {
        return concludedAt == null;
    }

    @Override
    public String auditType() {
        return "ReReviewTask";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unit", unit.getId());
        state.put("cycleYear", cycleYear);
        state.put("outcome", outcome);
        state.put("note", note);
        state.put("concludedAt", concludedAt);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ListedUnit getUnit() {
        return unit;
    }

    public Region getCity() {
        return city;
    }

    public int getCycleYear() {
        return cycleYear;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public ReReviewOutcome getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }

    public Instant getConcludedAt() {
        return concludedAt;
    }

    public String getConcludedBy() {
        return concludedBy;
    }
}
