package cn.gov.zj.jxt.green.domain.model.nomination;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A yearly batch of nominations the province calls for (seed 003): which kinds of unit, each city's quota
 * (附件1), the deadlines — city submissions by June 30 and the cities' own lists by December 31 (003 §三,
 * 004 §(十四)) — and the caps on third-party institutions (003 §二(一), 004 §(二十二)).
 */
@Entity
@Table(name = "batch")
@NamedQuery(name = "Batch.byYear", query = "SELECT b FROM Batch b WHERE b.year = :year ORDER BY b.level, b.id")
@NamedQuery(name = "Batch.all", query = "SELECT b FROM Batch b ORDER BY b.year DESC, b.id DESC")
@NamedQuery(name = "Batch.ofYearAndLevel", query = "SELECT b FROM Batch b WHERE b.year = :year "
        + "AND b.level = :level ORDER BY b.id")
public class Batch implements Audited, Serializable {

    /** At most this many provincial evaluation projects per batch for one legal person with its affiliates. */
    public static final int DEFAULT_PROVINCIAL_CAP = 10;
    /** At most this many national evaluation projects per year for one legal representative. */
    public static final int DEFAULT_NATIONAL_CAP = 15;

    @Id
    @SequenceGenerator(name = "batch_seq", sequenceName = "batch_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "batch_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "batch_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_level", nullable = false, updatable = false, length = 12)
    private ListLevel level;

    @Column(nullable = false, length = 200)
    private String title;

    /** The kinds of unit called for, as a comma-separated list of {@link UnitType} names. */
    @Column(name = "unit_types", nullable = false, length = 60)
    private String unitTypes;

    @Column(name = "submission_deadline", nullable = false)
    private LocalDate submissionDeadline;

    @Column(name = "city_list_deadline", nullable = false)
    private LocalDate cityListDeadline;

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays;

    @Column(name = "provincial_cap", nullable = false)
    private int provincialCap;

    @Column(name = "national_cap", nullable = false)
    private int nationalCap;

    /** City code → quota. */
    // EAGER: part of the record's value, shown wherever the record is shown.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "batch_quota", joinColumns = @JoinColumn(name = "batch_id"))
    @MapKeyColumn(name = "city_code", length = 6)
    @Column(name = "quota", nullable = false)
    private Map<String, Integer> quotas = new TreeMap<>();

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "call_notice_id")
    private Notice callNotice;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 40)
    private String openedBy;

    @Column(name = "locked_at")
    private Instant lockedAt;

    protected Batch() {
        // for JPA
    }

    public Batch(int year, ListLevel level, String title, Set<UnitType> unitTypes, Deadlines deadlines, Caps caps,
            Map<String, Integer> quotas, Instant openedAt, String openedBy) {
        this.year = year;
        this.level = level;
        this.title = title;
        this.unitTypes = unitTypes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        apply(deadlines, caps);
        this.quotas.putAll(quotas);
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    /** Deadlines of a batch: submissions close at 24:00 of {@code submission}, city lists at 24:00 of {@code cityList}. */
    public record Deadlines(LocalDate submission, LocalDate cityList, int reminderDays) {
    }

    public record Caps(int provincial, int national) {
    }

    public void apply(Deadlines deadlines, Caps caps) {
        this.submissionDeadline = deadlines.submission();
        this.cityListDeadline = deadlines.cityList();
        this.reminderDays = deadlines.reminderDays();
        this.provincialCap = caps.provincial();
        this.nationalCap = caps.national();
    }

    public void replaceQuotas(Map<String, Integer> newQuotas) {
        quotas.clear();
        quotas.putAll(newQuotas);
    }

    public void callWith(Notice notice) {
        this.callNotice = notice;
    }

    /** Records that the submission deadline has passed; the first time only. */
    public boolean lock(Instant at) {
        if (lockedAt != null) {
            return false;
        }
        lockedAt = at;
        return true;
    }

    /** The instant submissions close: 24:00 Asia/Shanghai of the deadline day, i.e. 00:00 of the next day. */
    public Instant submissionClosesAt() {
        return OfficialDay.endOf(submissionDeadline);
    }

    public Instant cityListClosesAt() {
        return OfficialDay.endOf(cityListDeadline);
    }

    /** When to remind the cities that have not submitted: 09:00 on the day {@code reminderDays} before. */
    public Instant reminderAt(LocalDate deadline) {
        return deadline.minusDays(reminderDays).atTime(9, 0).atZone(OfficialDay.ZONE).toInstant();
    }


    public boolean isOpenAt(Instant now) {
        return now.isBefore(submissionClosesAt());
    }

    public int quotaOf(String cityCode) {
        return quotas.getOrDefault(cityCode, 0);
    }

    public int totalQuota() {
        return quotas.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Set<UnitType> getUnitTypes() {
        Set<UnitType> types = EnumSet.noneOf(UnitType.class);
        Arrays.stream(unitTypes.split(",")).filter(s -> !s.isBlank()).map(UnitType::valueOf).forEach(types::add);
        return types;
    }

    @Override
    public String auditType() {
        return "Batch";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("level", level);
        state.put("title", title);
        state.put("unitTypes", unitTypes);
        state.put("submissionDeadline", submissionDeadline);
        state.put("cityListDeadline", cityListDeadline);
        state.put("reminderDays", reminderDays);
        state.put("provincialCap", provincialCap);
        state.put("nationalCap", nationalCap);
        state.put("quotas", new TreeMap<>(quotas));
        state.put("callNotice", callNotice == null ? null : callNotice.getId());
        state.put("lockedAt", lockedAt);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getYear() {
        return year;
    }

    public ListLevel getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getSubmissionDeadline() {
        return submissionDeadline;
    }

    public LocalDate getCityListDeadline() {
        return cityListDeadline;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public int getProvincialCap() {
        return provincialCap;
    }

    public int getNationalCap() {
        return nationalCap;
    }

    public Map<String, Integer> getQuotas() {
        return Map.copyOf(quotas);
    }

    public Notice getCallNotice() {
        return callNotice;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }
}
