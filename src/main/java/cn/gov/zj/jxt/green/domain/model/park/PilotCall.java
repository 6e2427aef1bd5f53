package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The province's call for national low-carbon industrial park pilots of a year (工信部联节〔2013〕408号, seed 002):
 * parks apply until the recommendation is due, the province (经信 with 发改) shortlists two or three of them
 * (§四(二)) and sends the joint recommendation letter. The letter closes the shortlist; the due date, at 24:00
 * Asia/Shanghai, closes the applications.
 */
@Entity
@Table(name = "pilot_call")
@NamedQuery(name = "PilotCall.all", query = "SELECT c FROM PilotCall c ORDER BY c.year DESC, c.id DESC")
public class PilotCall implements Audited {

    /** §四(二): 确定2-3家推荐名单. */
    public static final int SHORTLIST_MIN = 2;
    public static final int SHORTLIST_MAX = 3;

    @Id
    @SequenceGenerator(name = "pilot_call_seq", sequenceName = "pilot_call_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pilot_call_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "call_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "recommendation_due", nullable = false)
    private LocalDate recommendationDue;

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_id")
    private IssuedDocument letter;

    @Column(name = "letter_issued_at")
    private Instant letterIssuedAt;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    protected PilotCall() {
        // for JPA
    }

    public PilotCall(int year, String title, LocalDate recommendationDue, int reminderDays, Instant at, String by) {
        if (reminderDays < 1 || reminderDays > 60) {
            throw new IllegalArgumentException("reminder days out of range: " + reminderDays);
        }
        this.year = year;
        this.title = Objects.requireNonNull(title).strip();
        this.recommendationDue = Objects.requireNonNull(recommendationDue);
        this.reminderDays = reminderDays;
        this.createdAt = Objects.requireNonNull(at);
        this.createdBy = Objects.requireNonNull(by);
    }

    /** 24:00 Asia/Shanghai of the due date: from then on no park applies. */
    public Instant closesAt() {
        return OfficialDay.endOf(recommendationDue);
    }

    /** 09:00 on the day {@code reminderDays} before the due date. */
    public Instant reminderAt() {
        return recommendationDue.minusDays(reminderDays).atTime(9, 0).atZone(OfficialDay.ZONE).toInstant();
    }

    public boolean isOpenAt(Instant now) {
        return now.isBefore(closesAt());
    }

    /** Whether the shortlist may still change: until the recommendation letter is issued. */
    public boolean isShortlistOpen() {
        return letter == null;
    }

    /** Whether one more park may be shortlisted when {@code recommended} already are. */
    public static boolean roomFor(long recommended) {
        return recommended < SHORTLIST_MAX;
    }

    /** Whether a shortlist of {@code recommended} parks may be sent: two or three. */
    public static boolean sendable(long recommended) {
        return recommended >= SHORTLIST_MIN && recommended <= SHORTLIST_MAX;
    }

    /** The joint recommendation letter is issued; the shortlist is final. */
    public void letterIssued(IssuedDocument document, Instant at) {
        if (!isShortlistOpen()) {
            throw new IllegalStateException("call " + id + " has its letter already");
        }
        this.letter = Objects.requireNonNull(document);
        this.letterIssuedAt = Objects.requireNonNull(at);
    }

    /** The due date passed without a letter; recorded once. {@code false} when there was nothing to record. */
    public boolean markOverdue(Instant at) {
        if (letter != null || overdueAt != null || at.isBefore(closesAt())) {
            return false;
        }
        this.overdueAt = at;
        return true;
    }

    @Override
    public String auditType() {
        return "PilotCall";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("title", title);
        state.put("recommendationDue", recommendationDue);
        state.put("reminderDays", reminderDays);
        state.put("letter", letter == null ? null : letter.getId());
        state.put("overdueAt", overdueAt);
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

    public String getTitle() {
        return title;
    }

    public LocalDate getRecommendationDue() {
        return recommendationDue;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public IssuedDocument getLetter() {
        return letter;
    }

    public Instant getLetterIssuedAt() {
        return letterIssuedAt;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
