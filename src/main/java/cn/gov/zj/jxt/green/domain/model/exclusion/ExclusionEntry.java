package cn.gov.zj.jxt.green.domain.model.exclusion;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One known exclusion of a unit (004 §(十七)): which ground, when it occurred, where the clerk learned it (信用中国,
 * 国家企业信用信息公示系统, a court…), optionally a scan as evidence. A mistaken or overturned entry is withdrawn with
 * a reason, never deleted: a refusal made while it stood must remain explainable.
 */
@Entity
@Table(name = "exclusion_entry")
@NamedQuery(name = "ExclusionEntry.inForce", query = "SELECT e FROM ExclusionEntry e WHERE e.creditCode = :creditCode"
        + " AND e.withdrawnAt IS NULL AND e.occurredOn >= :since ORDER BY e.occurredOn, e.id")
@NamedQuery(name = "ExclusionEntry.notWithdrawn", query = "SELECT e FROM ExclusionEntry e"
        + " WHERE e.creditCode IN :creditCodes AND e.withdrawnAt IS NULL")
public class ExclusionEntry implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "exclusion_entry_seq", sequenceName = "exclusion_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exclusion_entry_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "credit_code", nullable = false, updatable = false, length = 18)
    private String creditCode;

    @Column(name = "organisation_name", nullable = false, updatable = false, length = 200)
    private String organisationName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private ExclusionGround ground;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, updatable = false, length = 100)
    private String source;

    @Column(updatable = false, length = 500)
    private String note;

    @Column(name = "evidence_file_name", updatable = false, length = 200)
    private String evidenceFileName;

    @Column(name = "evidence_media_type", updatable = false, length = 100)
    private String evidenceMediaType;

    @Column(name = "evidence_sha256", updatable = false, length = 64)
    private String evidenceSha256;

    @Column(name = "evidence_size", updatable = false)
    private Long evidenceSize;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 40)
    private String recordedBy;

    /** The recording clerk's city or county; none when the province or the portal itself recorded it. */
    @ManyToOne
    @JoinColumn(name = "recorded_region_code", updatable = false)
    private Region recordedRegion;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 40)
    private String withdrawnBy;

    @Column(name = "withdrawal_reason", length = 500)
    private String withdrawalReason;

    protected ExclusionEntry() {
        // for JPA
    }

    public ExclusionEntry(String creditCode, String organisationName, ExclusionGround ground, LocalDate occurredOn,
            String source, String note, Instant recordedAt, String recordedBy, Region recordedRegion) {
        this.creditCode = CreditCode.normalise(creditCode);
        this.organisationName = organisationName;
        this.ground = ground;
        this.occurredOn = occurredOn;
        this.source = source;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.recordedRegion = recordedRegion;
    }

    /** The evidence file, already checked and kept in the file store under its SHA-256. */
    public void attachEvidence(String fileName, String mediaType, String sha256, long size) {
        this.evidenceFileName = fileName;
        this.evidenceMediaType = mediaType;
        this.evidenceSha256 = sha256;
        this.evidenceSize = size;
    }

    public void withdraw(Instant at, String by, String reason) {
        if (isWithdrawn()) {
            throw new IllegalStateException("entry " + id + " is already withdrawn");
        }
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawalReason = reason;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** The same exclusion: one unit, one ground, one day (another source for it adds nothing to the register). */
    public boolean sameExclusionAs(String otherCreditCode, ExclusionGround otherGround, LocalDate otherDate) {
        return creditCode.equals(otherCreditCode) && ground == otherGround && occurredOn.equals(otherDate);
    }

    public boolean hasEvidence() {
        return evidenceSha256 != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public ExclusionGround getGround() {
        return ground;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    public String getEvidenceFileName() {
        return evidenceFileName;
    }

    public String getEvidenceMediaType() {
        return evidenceMediaType;
    }

    public String getEvidenceSha256() {
        return evidenceSha256;
    }

    public Long getEvidenceSize() {
        return evidenceSize;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Region getRecordedRegion() {
        return recordedRegion;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    @Override
    public String auditType() {
        return "ExclusionEntry";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("creditCode", creditCode);
        state.put("organisationName", organisationName);
        state.put("ground", ground);
        state.put("occurredOn", occurredOn);
        state.put("source", source);
        state.put("note", note);
        state.put("evidenceSha256", evidenceSha256);
        state.put("recordedRegion", recordedRegion == null ? null : recordedRegion.getCode());
        state.put("withdrawnAt", withdrawnAt);
        state.put("withdrawnBy", withdrawnBy);
        state.put("withdrawalReason", withdrawalReason);
        return state;
    }
}
