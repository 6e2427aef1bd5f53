package cn.gov.zj.jxt.green.domain.model.publicity;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.shared.EvidenceFile;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An objection 异议 to an entry of a publicised list, filed in writing under a real name with facts and evidence
 * (004 §(十六)). The identity number is held only encrypted and as its mask; the objector follows the objection by
 * a receipt code of which only the hash is kept. The audit state leaves out everything personal.
 */
@Entity
@Table(name = "objection")
@NamedQuery(name = "Objection.ofPublicity", query = "SELECT o FROM Objection o WHERE o.publicity.id = :publicity "
        + "ORDER BY o.submittedAt, o.id")
@NamedQuery(name = "Objection.byReceipt", query = "SELECT o FROM Objection o WHERE o.receiptHash = :hash")
@NamedQuery(name = "Objection.countOpen", query = "SELECT COUNT(o) FROM Objection o "
        + "WHERE o.publicity.id = :publicity AND o.status = cn.gov.zj.jxt.green.domain.model.publicity.ObjectionStatus.RECEIVED")
public class Objection implements Audited {

    @Id
    @SequenceGenerator(name = "objection_seq", sequenceName = "objection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objection_seq")
    private Long id;

    @Version
    private long version;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "publicity_id", nullable = false, updatable = false)
    private Publicity publicity;

    // EAGER until the pages and REST views that read it after their service returned get views made inside it.
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private PublicityEntry entry;

    @Column(name = "receipt_hash", nullable = false, updatable = false, length = 64)
    private String receiptHash;

    @Column(name = "objector_name", nullable = false, updatable = false, length = 60)
    private String objectorName;

    @Column(name = "id_number_cipher", nullable = false, length = 200)
    private String idNumberCipher;

    @Column(name = "id_number_masked", nullable = false, updatable = false, length = 18)
    private String idNumberMasked;

    @Column(nullable = false, updatable = false, length = 30)
    private String phone;

    @Column(updatable = false, length = 200)
    private String email;

    @Column(nullable = false, updatable = false, length = 5000)
    private String facts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ObjectionStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(length = 2000)
    private String verification;

    @Column(length = 2000)
    private String reasons;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    // EAGER: part of the record's value, shown wherever the record is shown.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "objection_evidence", joinColumns = @JoinColumn(name = "objection_id"))
    @OrderColumn(name = "position")
    private List<EvidenceFile> evidence = new ArrayList<>();

    protected Objection() {
        // for JPA
    }

    /** {@code idNumberCipher} is the encrypted number, {@code idNumberMasked} its mask; never the clear number. */
    public Objection(PublicityEntry entry, String receiptHash, String objectorName, String idNumberCipher,
            String idNumberMasked, String phone, String email, String facts, List<EvidenceFile> evidence,
            Instant at) {
        this.publicity = entry.getPublicity();
        this.entry = entry;
        this.receiptHash = receiptHash;
        this.objectorName = objectorName;
        this.idNumberCipher = idNumberCipher;
        this.idNumberMasked = idNumberMasked;
        this.phone = phone;
        this.email = email;
        this.facts = facts;
        this.evidence.addAll(evidence);
        this.status = ObjectionStatus.RECEIVED;
        this.submittedAt = at;
    }

    /**
     * The clerk's decision after verifying the facts: upheld takes the entry off the list, with the reasons.
     * Decided once, and before the period is concluded; a decision is corrected by a new procedure, not by
     * overwriting.
     */
    public void decide(boolean upheld, String verification, String reasons, String by, Instant at) {
        if (!status.open()) {
            throw new IllegalStateException("objection " + id + " is decided");
        }
        publicity.requireNotConcluded();
        this.status = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.NOT_UPHELD;
        this.verification = verification;
        this.reasons = reasons;
        this.decidedBy = by;
        this.decidedAt = at;
        if (upheld) {
            publicity.withdraw(entry, reasons, at);
        }
    }

    @Override
    public String auditType() {
        return "Objection";
    }

    @Override
    public Object auditId() {
        return id;
    }

    /** What the log keeps: the objection's course, not the person (the masked number at most). */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("publicity", publicity.getId());
        state.put("entry", entry.getId());
        state.put("idNumber", idNumberMasked);
        state.put("evidence", evidence.size());
        state.put("status", status);
        state.put("reasons", reasons);
        return state;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Publicity getPublicity() {
        return publicity;
    }

    public PublicityEntry getEntry() {
        return entry;
    }

    public String getObjectorName() {
        return objectorName;
    }

    public String getIdNumberCipher() {
        return idNumberCipher;
    }

    public String getIdNumberMasked() {
        return idNumberMasked;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getFacts() {
        return facts;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getVerification() {
        return verification;
    }

    public String getReasons() {
        return reasons;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<EvidenceFile> getEvidence() {
        return List.copyOf(evidence);
    }
}
