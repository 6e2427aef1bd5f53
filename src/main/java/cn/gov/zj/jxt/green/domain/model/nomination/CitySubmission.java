package cn.gov.zj.jxt.green.domain.model.nomination;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A city's submission to the province for one batch (003 §三, 004 §(十四)): the nominees chosen within the city's
 * quota, the nomination letter 推荐函 with its summary table, and its history — submitted, returned for
 * correction, submitted again. Its row is also the lock that keeps the quota under concurrent nominations.
 */
@Entity
@Table(name = "city_submission")
@NamedQuery(name = "CitySubmission.find", query = "SELECT s FROM CitySubmission s WHERE s.batch = :batch "
        + "AND s.city.code = :city")
@NamedQuery(name = "CitySubmission.ofBatch", query = "SELECT s FROM CitySubmission s WHERE s.batch = :batch "
        + "ORDER BY s.city.sortOrder")
public class CitySubmission implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "city_submission_seq", sequenceName = "city_submission_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "city_submission_seq")
    private Long id;

    @Version
    private long version;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private Batch batch;

    // EAGER: Region is @Cacheable reference data, so reading it is a shared-cache hit, not a statement.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "city_code", nullable = false, updatable = false)
    private Region city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SubmissionStatus status = SubmissionStatus.PREPARING;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_id")
    private IssuedDocument letter;

    @Column(name = "letter_number", length = 80)
    private String letterNumber;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 40)
    private String submittedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "return_reason", length = 2000)
    private String returnReason;

    /** Until when a returned submission may be corrected; the batch deadline does not bind a correction. */
    @Column(name = "correction_due")
    private LocalDate correctionDue;

    @Column(name = "city_list_reported_at")
    private Instant cityListReportedAt;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("actedAt, id")
    private List<SubmissionEvent> events = new ArrayList<>();

    protected CitySubmission() {
        // for JPA
    }

    public CitySubmission(Batch batch, Region city) {
        this.batch = batch;
        this.city = city;
    }

    public boolean editable() {
        return status != SubmissionStatus.SUBMITTED;
    }

    /** A new letter replaces the previous one, which stays in the register and in the history. */
    public void letter(IssuedDocument letter, String number, String by, Instant at) {
        this.letter = letter;
        this.letterNumber = number;
        events.add(new SubmissionEvent(this, SubmissionEvent.Kind.LETTER_ISSUED, number, letter, by, at));
    }

    /** The nominees changed: the letter no longer says who they are, and a new one must be issued. */
    public void nomineesChanged() {
        this.letter = null;
        this.letterNumber = null;
    }

    /** Whether the city may still change its nominees: until the deadline, or a returned one until its date. */
    public boolean inCorrection() {
        return status == SubmissionStatus.RETURNED && correctionDue != null;
    }

    public void submit(String by, Instant at) {
        if (letter == null) {
            throw new IllegalStateException("a submission needs its nomination letter");
        }
        this.status = SubmissionStatus.SUBMITTED;
        this.submittedAt = at;
        this.submittedBy = by;
        events.add(new SubmissionEvent(this, SubmissionEvent.Kind.SUBMITTED, null, letter, by, at));
    }

    public void returnForCorrection(String reason, LocalDate due, String by, Instant at) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new IllegalStateException("only a submitted submission can be returned");
        }
        this.status = SubmissionStatus.RETURNED;
        this.returnedAt = at;
        this.returnReason = reason;
        this.correctionDue = due;
        events.add(new SubmissionEvent(this, SubmissionEvent.Kind.RETURNED, reason, null, by, at));
    }

    public void reportCityList(String by, Instant at) {
        this.cityListReportedAt = at;
        events.add(new SubmissionEvent(this, SubmissionEvent.Kind.CITY_LIST_REPORTED, null, null, by, at));
    }

    public void remark(SubmissionEvent.Kind kind, String detail, String by, Instant at) {
        events.add(new SubmissionEvent(this, kind, detail, null, by, at));
    }

    @Override
    public String auditType() {
        return "CitySubmission";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("batch", batch.getId());
        state.put("city", city.getCode());
        state.put("status", status);
        state.put("letter", letter == null ? null : letter.getId());
        state.put("letterNumber", letterNumber);
        state.put("returnReason", returnReason);
        state.put("correctionDue", correctionDue);
        state.put("cityListReportedAt", cityListReportedAt);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Batch getBatch() {
        return batch;
    }

    public Region getCity() {
        return city;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public IssuedDocument getLetter() {
        return letter;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public LocalDate getCorrectionDue() {
        return correctionDue;
    }

    public Instant getCityListReportedAt() {
        return cityListReportedAt;
    }

    public List<SubmissionEvent> getEvents() {
        return List.copyOf(events);
    }
}
