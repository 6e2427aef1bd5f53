package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
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
 * One report of the province to NDRC and MIIT on circular transformation (发改办环资〔2021〕1004号 §三(五)), as
 * issued: which kind and year it is, the issued document (number, DOCX, PDF), and how many parks' reports it was
 * built from. Once per kind and year; the document itself is frozen by the document service.
 */
@Entity
@Table(name = "transformation_summary")
@NamedQuery(name = "TransformationSummary.all", query = "SELECT s FROM TransformationSummary s "
        + "JOIN FETCH s.document ORDER BY s.issuedAt DESC, s.id DESC")
@NamedQuery(name = "TransformationSummary.find", query = "SELECT s FROM TransformationSummary s "
        + "WHERE s.kind = :kind AND s.year = :year")
public class TransformationSummary implements Audited {

    @Id
    @SequenceGenerator(name = "transformation_summary_seq", sequenceName = "transformation_summary_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transformation_summary_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private SummaryKind kind;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private IssuedDocument document;

    @Column(nullable = false, updatable = false)
    private int parks;

    @Column(nullable = false, updatable = false)
    private int filed;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 40)
    private String issuedBy;

    protected TransformationSummary() {
        // for JPA
    }

    public TransformationSummary(SummaryKind kind, int year, IssuedDocument document, int parks, int filed,
            Instant at, String by) {
        this.kind = Objects.requireNonNull(kind);
        this.year = year;
        this.document = Objects.requireNonNull(document);
        this.parks = parks;
        this.filed = filed;
        this.issuedAt = Objects.requireNonNull(at);
        this.issuedBy = Objects.requireNonNull(by);
    }

    @Override
    public String auditType() {
        return "TransformationSummary";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind.name());
        state.put("year", year);
        state.put("number", document.getNumber());
        state.put("parks", parks);
        state.put("filed", filed);
        return state;
    }

    public Long getId() {
        return id;
    }

    public SummaryKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public IssuedDocument getDocument() {
        return document;
    }

    public int getParks() {
        return parks;
    }

    public int getFiled() {
        return filed;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
