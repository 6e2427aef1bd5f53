package cn.gov.zj.jxt.green.domain.model.nomination;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
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
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A third-party institution's evaluation project for one application (004 §(十二)): requested by the applicant,
 * accepted within the caps of 003 §二(一) and 004 §(二十二), then backed by the undertaking 承诺书 the portal
 * generates and the institution returns signed.
 */
@Entity
@Table(name = "engagement")
@NamedQuery(name = "Engagement.ofApplication", query = "SELECT e FROM Engagement e WHERE e.application = :application "
        + "ORDER BY e.id DESC")
@NamedQuery(name = "Engagement.ofInstitution", query = "SELECT e FROM Engagement e WHERE e.institution.id = :institution "
        + "ORDER BY e.requestedAt DESC, e.id DESC")
@NamedQuery(name = "Engagement.countInGroup", query = "SELECT COUNT(e) FROM Engagement e WHERE e.batch = :batch "
        + "AND e.groupCode = :group AND e.status = cn.gov.zj.jxt.green.domain.model.nomination.EngagementStatus.ACCEPTED")
@NamedQuery(name = "Engagement.countOfRepresentative", query = "SELECT COUNT(e) FROM Engagement e "
        + "WHERE e.year = :year AND e.level = :level AND e.legalRepresentative = :representative "
        + "AND e.status = cn.gov.zj.jxt.green.domain.model.nomination.EngagementStatus.ACCEPTED")
public class Engagement implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "engagement_seq", sequenceName = "engagement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_seq")
    private Long id;

    @Version
    private long version;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "institution_id", nullable = false, updatable = false)
    private Organisation institution;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private Batch batch;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_level", nullable = false, updatable = false, length = 12)
    private ListLevel level;

    @Column(name = "engagement_year", nullable = false, updatable = false)
    private int year;

    /** The credit code standing for the legal person with its affiliates, whose projects share one cap. */
    @Column(name = "group_code", nullable = false, length = 18)
    private String groupCode;

    @Column(name = "legal_representative", nullable = false, length = 60)
    private String legalRepresentative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EngagementStatus status = EngagementStatus.REQUESTED;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "undertaking_id")
    private IssuedDocument undertaking;

    @Column(name = "signed_name", length = 200)
    private String signedName;

    @Column(name = "signed_sha256", length = 64)
    private String signedSha256;

    @Column(name = "signed_size")
    private Long signedSize;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_status", length = 20)
    private SignatureStatus signatureStatus;

    @Column(name = "signer_subject", length = 500)
    private String signerSubject;

    @Column(name = "signer_issuer", length = 500)
    private String signerIssuer;

    @Column(name = "signer_serial", length = 100)
    private String signerSerial;

    @Column(name = "signer_fingerprint", length = 64)
    private String signerFingerprint;

    @Column(name = "signing_time")
    private Instant signingTime;

    protected Engagement() {
        // for JPA
    }

    public Engagement(Application application, Organisation institution, String groupCode, Instant requestedAt) {
        this.application = application;
        this.institution = institution;
        this.batch = application.getBatch();
        this.level = batch.getLevel();
        this.year = batch.getYear();
        this.groupCode = groupCode;
        this.legalRepresentative = institution.getLegalRepresentative();
        this.requestedAt = requestedAt;
    }

    public void accept(String groupCode, IssuedDocument undertaking, String by, Instant at) {
        requireStatus(EngagementStatus.REQUESTED);
        this.groupCode = groupCode;
        this.legalRepresentative = institution.getLegalRepresentative();
        this.status = EngagementStatus.ACCEPTED;
        this.undertaking = undertaking;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void decline(String by, Instant at) {
        requireStatus(EngagementStatus.REQUESTED);
        this.status = EngagementStatus.DECLINED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /**
     * The applicant chooses another institution or none while the engagement is in force, before the answer or after
     * an acceptance, whose project then no longer counts against the caps. Who withdrew and when replace the
     * institution's answer: the pair always says who last changed the status.
     */
    public void withdraw(String by, Instant at) {
        if (!inForce()) {
            throw new IllegalStateException("engagement " + id + " is " + status + ", not in force");
        }
        this.status = EngagementStatus.WITHDRAWN;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** The signed undertaking as uploaded, and what could be established about its signature. */
    public record SignedCopy(String name, String sha256, long size, SignatureStatus status, String signerSubject,
            String signerIssuer, String signerSerial, String signerFingerprint, Instant signingTime) {
    }

    public void recordSigned(SignedCopy copy, Instant at) {
        requireStatus(EngagementStatus.ACCEPTED);
        this.signedName = copy.name();
        this.signedSha256 = copy.sha256();
        this.signedSize = copy.size();
        this.signatureStatus = copy.status();
        this.signerSubject = copy.signerSubject();
        this.signerIssuer = copy.signerIssuer();
        this.signerSerial = copy.signerSerial();
        this.signerFingerprint = copy.signerFingerprint();
        this.signingTime = copy.signingTime();
        this.signedAt = at;
    }

    public boolean isSigned() {
        return signedSha256 != null;
    }

    private void requireStatus(EngagementStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("engagement " + id + " is " + status);
        }
    }

    @Override
    public String auditType() {
        return "Engagement";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("application", application.getId());
        state.put("institution", institution.getCreditCode());
        state.put("group", groupCode);
        state.put("legalRepresentative", legalRepresentative);
        state.put("status", status);
        state.put("undertaking", undertaking == null ? null : undertaking.getId());
        state.put("signedSha256", signedSha256);
        state.put("signatureStatus", signatureStatus);
        state.put("signerSubject", signerSubject);
        state.put("signerFingerprint", signerFingerprint);
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

    public Organisation getInstitution() {
        return institution;
    }

    public Batch getBatch() {
        return batch;
    }

    public ListLevel getLevel() {
        return level;
    }

    public int getYear() {
        return year;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    /** Requested or accepted: an application has at most one engagement in force. */
    public boolean inForce() {
        return status == EngagementStatus.REQUESTED || status == EngagementStatus.ACCEPTED;
    }

    public EngagementStatus getStatus() {
        return status;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    /** When the institution answered, or the applicant withdrew; {@code null} while requested. */
    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** Who answered for the institution, or withdrew for the applicant, at {@link #getDecidedAt()}. */
    public String getDecidedBy() {
        return decidedBy;
    }

    public IssuedDocument getUndertaking() {
        return undertaking;
    }

    public String getSignedName() {
        return signedName;
    }

    public String getSignedSha256() {
        return signedSha256;
    }

    public Long getSignedSize() {
        return signedSize;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public SignatureStatus getSignatureStatus() {
        return signatureStatus;
    }

    public String getSignerSubject() {
        return signerSubject;
    }

    public String getSignerIssuer() {
        return signerIssuer;
    }

    public String getSignerSerial() {
        return signerSerial;
    }

    public String getSignerFingerprint() {
        return signerFingerprint;
    }

    public Instant getSigningTime() {
        return signingTime;
    }
}
