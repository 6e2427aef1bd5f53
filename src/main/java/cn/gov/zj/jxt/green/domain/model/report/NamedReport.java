package cn.gov.zj.jxt.green.domain.model.report;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.shared.EvidenceFile;
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
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named report 实名举报 (004 §(二十三)) and the city's handling of it. Everything that names the reporter — name,
 * identity number, phone, e-mail — is held only encrypted, each under its own purpose; the reporter follows the
 * case by a receipt code of which only the hash is kept. The subject's name and credit code are frozen as reported.
 * The audit state leaves out everything personal.
 *
 * <p>The course: received → taken by a clerk of the city (the handler) → verified → concluded; a rectification
 * waits for the follow-up the handler records. Who may act is the service's to check; what may follow what is this
 * class's.
 */
@Entity
@Table(name = "named_report")
@NamedQuery(name = "NamedReport.byReceipt", query = "SELECT r FROM NamedReport r WHERE r.receiptHash = :hash")
@NamedQuery(name = "NamedReport.published", query = "SELECT r FROM NamedReport r WHERE r.publishedAt IS NOT NULL "
        + "ORDER BY r.publishedAt DESC, r.id DESC")
@NamedQuery(name = "NamedReport.countPublished", query = "SELECT COUNT(r) FROM NamedReport r "
        + "WHERE r.publishedAt IS NOT NULL")
@NamedQuery(name = "NamedReport.listedCandidates", query = "SELECT u FROM ListedUnit u WHERE u.removedAt IS NULL "
        + "AND (LOWER(u.name) LIKE :name ESCAPE '\\' OR u.organisation.creditCode = :code) ORDER BY u.name, u.id")
@NamedQuery(name = "NamedReport.institutionCandidates", query = "SELECT o FROM Organisation o "
        + "WHERE o.type = cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType.INSTITUTION "
        + "AND (LOWER(o.name) LIKE :name ESCAPE '\\' OR o.creditCode = :code) ORDER BY o.name, o.id")
public class NamedReport implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "named_report_seq", sequenceName = "named_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "named_report_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "receipt_hash", nullable = false, updatable = false, length = 64)
    private String receiptHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, updatable = false, length = 12)
    private ReportSubject subject;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    /** The listed unit reported, when the subject is one; its list entry may change later, the report does not. */
    @Column(name = "listed_unit_id", updatable = false)
    private Long listedUnitId;

    @Column(name = "subject_name", nullable = false, updatable = false, length = 200)
    private String subjectName;

    @Column(name = "subject_credit_code", nullable = false, updatable = false, length = 18)
    private String subjectCreditCode;

    /** The city the case goes to (004 §(二十三)). */
    // EAGER: Region is @Cacheable reference data, so reading it is a shared-cache hit, not a statement.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "city_code", nullable = false, updatable = false)
    private Region city;

    @Embedded
    private SealedIdentity reporter;

    @Column(nullable = false, updatable = false, length = 5000)
    private String facts;

    // EAGER: part of the record's value, shown wherever the record is shown.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "named_report_evidence", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<EvidenceFile> evidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReportStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    /** Concluded by then, or the case goes to the province. */
    @Column(name = "handling_due_at", nullable = false, updatable = false)
    private Instant handlingDueAt;

    /** The clerk of the city who handles the case: the one account, with provincial clerks, to read the identity. */
    @Column(length = 40)
    private String handler;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(length = 2000)
    private String verification;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    /** {@code null} until concluded. */
    @Embedded
    private CaseConclusion conclusion;

    @Column(name = "follow_up_note", length = 2000)
    private String followUpNote;

    @Column(name = "followed_up_at")
    private Instant followedUpAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Escalation escalation;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    /** When the province published an institution's case among institutions' records (004 §(二十二) para. 2). */
    @Column(name = "published_at")
    private Instant publishedAt;

    protected NamedReport() {
        // for JPA
    }

    public NamedReport(ReportSubject subject, Organisation organisation, Long listedUnitId, String subjectName,
            Region city, String receiptHash, SealedIdentity reporter, String facts, List<EvidenceFile> evidence,
            Instant at, Instant handlingDueAt) {
        this.subject = Objects.requireNonNull(subject);
        this.organisation = organisation;
        this.listedUnitId = listedUnitId;
        this.subjectName = subjectName;
        this.subjectCreditCode = organisation.getCreditCode();
        this.city = city;
        this.receiptHash = receiptHash;
        this.reporter = reporter;
        this.facts = facts;
        this.evidence.addAll(evidence);
        this.status = ReportStatus.RECEIVED;
        this.submittedAt = at;
        this.handlingDueAt = handlingDueAt;
    }

    /**
     * A clerk of the city takes the case, or is given it; possible until its conclusion, which either closes it or
     * leaves it rectifying under the handler who concluded it.
     */
    public void assign(String handler, Instant at) {
        if (!status.open()) {
            throw new IllegalStateException("report " + id + " is " + status + ", no longer open to assignment");
        }
        this.handler = Objects.requireNonNull(handler);
        this.assignedAt = at;
        if (status == ReportStatus.RECEIVED) {
            status = ReportStatus.IN_HANDLING;
        }
    }

    /** What the handler found on checking the facts; may be completed until the conclusion. */
    public void verify(String verification, Instant at) {
        if (status != ReportStatus.IN_HANDLING && status != ReportStatus.VERIFIED) {
            throw new IllegalStateException("report " + id + " is " + status + ", not in handling");
        }
        this.verification = Objects.requireNonNull(verification);
        this.verifiedAt = at;
        this.status = ReportStatus.VERIFIED;
    }

    /**
     * Concludes a verified case. A rectification needs its follow-up date and waits for the follow-up; a removal
     * proposal needs its ground; an institution's case is unfounded or reported to the province.
     */
    public void conclude(ReportConclusion conclusion, String finding, RemovalGround ground, LocalDate followUpDue,
            String by, Instant at) {
        if (status != ReportStatus.VERIFIED) {
            throw new IllegalStateException("report " + id + " is " + status + ", not verified");
        }
        this.conclusion = new CaseConclusion(subject, conclusion, finding, ground, followUpDue, by, at);
        this.status = conclusion == ReportConclusion.RECTIFICATION_REQUIRED ? ReportStatus.RECTIFYING
                : ReportStatus.CONCLUDED;
    }

    /** The handler records how the unit rectified; this closes the case. */
    public void recordFollowUp(String note, Instant at) {
        if (status != ReportStatus.RECTIFYING) {
            throw new IllegalStateException("report " + id + " awaits no follow-up");
        }
        this.followUpNote = Objects.requireNonNull(note);
        this.followedUpAt = at;
        this.status = ReportStatus.CONCLUDED;
    }

    /**
     * Sends the case up to the province for {@code why}, if that still applies: an overdue handling only while the
     * case is open, an overdue follow-up only while it is awaited. {@code false} when nothing changed, so a second
     * trigger does nothing.
     */
    public boolean escalate(Escalation why, Instant at) {
        boolean applies = switch (why) {
            case HANDLING_OVERDUE -> status.open();
            case FOLLOW_UP_OVERDUE -> status == ReportStatus.RECTIFYING;
        };
        if (!applies || escalation == why) {
            return false;
        }
        this.escalation = why;
        this.escalatedAt = at;
        return true;
    }

    /** The province publishes an institution's confirmed case among institutions' records (004 §(二十二)). */
    public void publish(Instant at) {
        if (subject != ReportSubject.INSTITUTION || getConclusion() != ReportConclusion.REPORTED_TO_PROVINCE) {
            throw new IllegalStateException("only an institution's case reported to the province is published");
        }
        if (publishedAt != null) {
            throw new IllegalStateException("report " + id + " is published");
        }
        this.publishedAt = at;
    }

    /** How the case is named where its reporter must not be: on a removal proposal, in a notification. */
    public String reference() {
        return "JB-" + id;
    }

    @Override
    public String auditType() {
        return "NamedReport";
    }

    @Override
    public Object auditId() {
        return id;
    }

    /** The case's course, never the person who reported. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("subject", subject);
        state.put("organisation", subjectCreditCode);
        state.put("city", city.getCode());
        state.put("evidence", evidence.size());
        state.put("status", status);
        state.put("handler", handler);
        state.put("conclusion", getConclusion());
        state.put("removalGround", getRemovalGround());
        state.put("followUpDue", getFollowUpDue());
        state.put("escalation", escalation);
        state.put("publishedAt", publishedAt);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ReportSubject getSubject() {
        return subject;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Long getListedUnitId() {
        return listedUnitId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getSubjectCreditCode() {
        return subjectCreditCode;
    }

    public Region getCity() {
        return city;
    }

    /** Who reported, encrypted: the audit state and the views leave it out. */
    public SealedIdentity getReporter() {
        return reporter;
    }

    public String getFacts() {
        return facts;
    }

    public List<EvidenceFile> getEvidence() {
        return List.copyOf(evidence);
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getHandlingDueAt() {
        return handlingDueAt;
    }

    public String getHandler() {
        return handler;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getVerification() {
        return verification;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public ReportConclusion getConclusion() {
        return conclusion == null ? null : conclusion.getKind();
    }

    public String getFinding() {
        return conclusion == null ? null : conclusion.getFinding();
    }

    public RemovalGround getRemovalGround() {
        return conclusion == null ? null : conclusion.getRemovalGround();
    }

    public LocalDate getFollowUpDue() {
        return conclusion == null ? null : conclusion.getFollowUpDue();
    }

    public Instant getConcludedAt() {
        return conclusion == null ? null : conclusion.getConcludedAt();
    }

    public String getConcludedBy() {
        return conclusion == null ? null : conclusion.getConcludedBy();
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public Instant getFollowedUpAt() {
        return followedUpAt;
    }

    public Escalation getEscalation() {
        return escalation;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
