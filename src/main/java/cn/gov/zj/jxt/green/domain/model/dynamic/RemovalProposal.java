package cn.gov.zj.jxt.green.domain.model.dynamic;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
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
import java.util.Objects;

/**
 * A proposal to take one listed entry off its list (004 §(十九), §(二十)): its ground with the clause, the evidence
 * (text, optionally a file kept in the file store), who proposed it (the city, or the portal for a missed form) and
 * who decided (the province). A decided removal takes effect when a removal announcement publishes it.
 */
@Entity
@Table(name = "removal_proposal")
@NamedQuery(name = "RemovalProposal.byStatus", query = "SELECT p FROM RemovalProposal p WHERE p.status = :status "
        + "ORDER BY p.proposedAt, p.id")
@NamedQuery(name = "RemovalProposal.ofCity", query = "SELECT p FROM RemovalProposal p WHERE p.city.code = :city "
        + "ORDER BY p.proposedAt DESC, p.id DESC")
@NamedQuery(name = "RemovalProposal.ofUnit", query = "SELECT p FROM RemovalProposal p WHERE p.unit.id = :unit "
        + "ORDER BY p.proposedAt, p.id")
@NamedQuery(name = "RemovalProposal.noForm", query = "SELECT p FROM RemovalProposal p WHERE p.unit.id = :unit "
        + "AND p.ground = cn.gov.zj.jxt.green.domain.model.listing.RemovalGround.NO_FORM AND p.formYear = :year")
@NamedQuery(name = "RemovalProposal.ofAnnouncement", query = "SELECT p FROM RemovalProposal p "
        + "WHERE p.announcement.id = :document ORDER BY p.id")
@NamedQuery(name = "RemovalProposal.announcements", query = "SELECT d FROM IssuedDocument d WHERE d.id IN "
        + "(SELECT p.announcement.id FROM RemovalProposal p WHERE p.announcement IS NOT NULL) ORDER BY d.id DESC")
public class RemovalProposal implements Audited {

    @Id
    @SequenceGenerator(name = "removal_proposal_seq", sequenceName = "removal_proposal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "removal_proposal_seq")
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private RemovalGround ground;

    /** For NO_FORM only: the year whose form was missed (the unique key guards it). */
    @Column(name = "form_year", updatable = false)
    private Integer formYear;

    /** The facts and evidence as the proposer states them. */
    @Column(nullable = false, updatable = false, length = 1000)
    private String reason;

    /** Where the finding comes from: a form year, a declared change, a re-review, a named report's receipt code. */
    @Column(updatable = false, length = 200)
    private String source;

    @Column(name = "evidence_file_name", updatable = false, length = 200)
    private String evidenceFileName;

    @Column(name = "evidence_media_type", updatable = false, length = 100)
    private String evidenceMediaType;

    @Column(name = "evidence_sha256", updatable = false, length = 64)
    private String evidenceSha256;

    @Column(name = "evidence_size", updatable = false)
    private Long evidenceSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ProposalStatus status = ProposalStatus.PROPOSED;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "proposed_by", nullable = false, updatable = false, length = 40)
    private String proposedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "announcement_id")
    private IssuedDocument announcement;

    @Column(name = "effected_at")
    private Instant effectedAt;

    protected RemovalProposal() {
        // for JPA
    }

    public RemovalProposal(ListedUnit unit, RemovalGround ground, Integer formYear, String reason, String source,
            Instant proposedAt, String proposedBy) {
        if ((ground == RemovalGround.NO_FORM) != (formYear != null)) {
            throw new IllegalArgumentException("a missed form, and only that, names its year");
        }
        this.unit = Objects.requireNonNull(unit);
        this.city = unit.getCity();
        this.ground = Objects.requireNonNull(ground);
        this.formYear = formYear;
        this.reason = Objects.requireNonNull(reason);
        this.source = source;
        this.proposedAt = proposedAt;
        this.proposedBy = proposedBy;
    }

    /** The evidence file, already checked and kept in the file store under its SHA-256. */
    public void attachEvidence(String fileName, String mediaType, String sha256, long size) {
        this.evidenceFileName = fileName;
        this.evidenceMediaType = mediaType;
        this.evidenceSha256 = sha256;
        this.evidenceSize = size;
    }

    /** The province decides the unit is to be removed. */
    public void decide(String note, Instant at, String actor) {
        requireStatus(ProposalStatus.PROPOSED);
        this.status = ProposalStatus.DECIDED;
        this.decisionNote = note;
        this.decidedAt = at;
        this.decidedBy = actor;
    }

    /** The province finds no ground; the unit stays listed. */
    public void dismiss(String note, Instant at, String actor) {
        requireStatus(ProposalStatus.PROPOSED);
        this.status = ProposalStatus.DISMISSED;
        this.decisionNote = note;
        this.decidedAt = at;
        this.decidedBy = actor;
    }

    /** Published by {@code document}; the unit left its list at {@code at}. */
    public void effected(IssuedDocument document, Instant at) {
        requireStatus(ProposalStatus.DECIDED);
        this.status = ProposalStatus.EFFECTED;
        this.announcement = Objects.requireNonNull(document);
        this.effectedAt = at;
    }

    /**
     * A decided proposal whose unit left the list by another proposal's announcement first (e.g. an immediate
     * removal overtook it): it is closed with that announcement, and the unit is not removed twice.
     */
    public void overtaken(IssuedDocument document, Instant at) {
        this.status = ProposalStatus.EFFECTED;
        this.announcement = document;
        this.effectedAt = at;
    }

    private void requireStatus(ProposalStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("removal proposal " + id + " is " + status + ", not " + expected);
        }
    }

    public boolean hasEvidence() {
        return evidenceSha256 != null;
    }

    @Override
    public String auditType() {
        return "RemovalProposal";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("unit", unit.getId());
        state.put("ground", ground);
        state.put("formYear", formYear);
        state.put("reason", reason);
        state.put("source", source);
        state.put("evidence", evidenceSha256);
        state.put("status", status);
        state.put("decidedBy", decidedBy);
        state.put("decisionNote", decisionNote);
        state.put("announcement", announcement == null ? null : announcement.getId());
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

    public RemovalGround getGround() {
        return ground;
    }

    public Integer getFormYear() {
        return formYear;
    }

    public String getReason() {
        return reason;
    }

    public String getSource() {
        return source;
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

    public ProposalStatus getStatus() {
        return status;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public IssuedDocument getAnnouncement() {
        return announcement;
    }

    public Instant getEffectedAt() {
        return effectedAt;
    }
}
