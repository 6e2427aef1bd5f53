package cn.gov.zj.jxt.green.domain.model.dynamic;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A listed organisation's dynamic management form 动态管理表 for one year (004 §(十八)): the year's key indicators
 * and the changes it declares (004 §(二十)). One form covers every list the organisation is on; it is due by 24:00
 * (Asia/Shanghai) of April 15.
 */
@Entity
@Table(name = "dynamic_form")
@NamedQuery(name = "DynamicForm.of", query = "SELECT f FROM DynamicForm f WHERE f.organisation.id = :organisation "
        + "AND f.year = :year")
@NamedQuery(name = "DynamicForm.ofCity", query = "SELECT f FROM DynamicForm f WHERE f.city.code = :city "
        + "AND f.year = :year ORDER BY f.status, f.filedAt, f.id")
@NamedQuery(name = "DynamicForm.filers", query = "SELECT f.organisation.id FROM DynamicForm f WHERE f.year = :year")
public class DynamicForm implements Audited, Serializable {

    /** The day of the year by which the form is due (004 §(十八)), at 24:00. */
    public static final int DUE_MONTH = 4;
    public static final int DUE_DAY = 15;

    @Id
    @SequenceGenerator(name = "dynamic_form_seq", sequenceName = "dynamic_form_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dynamic_form_seq")
    private Long id;

    @Version
    private long version;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "form_year", nullable = false, updatable = false)
    private int year;

    /** The city that reviews it: the city of the organisation's listed entries. */
    // EAGER: Region is @Cacheable reference data, so reading it is a shared-cache hit, not a statement.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "city_code", nullable = false, updatable = false)
    private Region city;

    @Embedded
    private Indicators indicators = new Indicators();

    @Column(length = 1000)
    private String remarks;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FormStatus status = FormStatus.FILED;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(name = "filed_by", nullable = false, updatable = false, length = 40)
    private String filedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 40)
    private String reviewedBy;

    @Column(name = "review_note", length = 500)
    private String reviewNote;

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<DeclaredChange> changes = new ArrayList<>();

    protected DynamicForm() {
        // for JPA
    }

    public DynamicForm(Organisation organisation, int year, Region city, Indicators indicators, String remarks,
            Instant filedAt, String filedBy) {
        this.organisation = organisation;
        this.year = year;
        this.city = city;
        this.indicators = indicators == null ? new Indicators() : indicators;
        this.remarks = remarks;
        this.filedAt = filedAt;
        this.filedBy = filedBy;
    }

    /** 24:00 Asia/Shanghai of April 15 of {@code year}: the instant after which a form for that year is late. */
    public static Instant dueAt(int year, ZoneId zone) {
        return LocalDate.of(year, DUE_MONTH, DUE_DAY).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether a form for {@code year} may still be filed at {@code now}. */
    public static boolean open(int year, Instant now, ZoneId zone) {
        return now.isBefore(dueAt(year, zone));
    }

    public DeclaredChange declare(ChangeKind kind, String description, String newName) {
        if (kind == ChangeKind.NAME && (newName == null || newName.isBlank())) {
            throw new IllegalArgumentException("a name change names the new name");
        }
        DeclaredChange change = new DeclaredChange(this, changes.size() + 1, kind, description,
                kind == ChangeKind.NAME ? newName.strip() : null);
        changes.add(change);
        return change;
    }

    /** The city has looked at the form; changes still declared stay open to its decision. */
    public void reviewed(String note, Instant at, String actor) {
        this.status = FormStatus.REVIEWED;
        this.reviewNote = note;
        this.reviewedAt = at;
        this.reviewedBy = actor;
    }

    @Override
    public String auditType() {
        return "DynamicForm";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisation", organisation.getCreditCode());
        state.put("year", year);
        state.put("status", status);
        state.put("remarks", remarks);
        state.put("changes", changes.stream().map(c -> c.getKind() + ":" + c.getStatus()).toList());
        state.put("reviewNote", reviewNote);
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

    public int getYear() {
        return year;
    }

    public Region getCity() {
        return city;
    }

    public Indicators getIndicators() {
        return indicators;
    }

    public String getRemarks() {
        return remarks;
    }

    public FormStatus getStatus() {
        return status;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public List<DeclaredChange> getChanges() {
        return Collections.unmodifiableList(changes);
    }
}
