package cn.gov.zj.jxt.green.domain.model.document;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document the portal issued in an agency's name, frozen at issue: its DOCX and PDF are in the file store under
 * their SHA-256 and never change. Nothing here has a setter; a correction is a new document that names the one it
 * corrects.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "issued_document_seq", sequenceName = "issued_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issued_document_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_format", nullable = false, updatable = false, length = 10)
    private DocumentFormat format;

    @Column(nullable = false, updatable = false, length = 300)
    private String title;

    @Column(updatable = false, length = 300)
    private String subject;

    /**
     * The number as printed, kept beside the register line it comes from because searches match its text
     * (浙经信绿色〔2025〕58号), which the register stores only in parts.
     */
    @Column(name = "doc_number", updatable = false, length = 80)
    private String number;

    @ManyToOne
    @JoinColumn(name = "registered_number_id", updatable = false)
    private RegisteredNumber registeredNumber;

    /** The issuing agencies, lead first, separated by 、. */
    @Column(nullable = false, updatable = false, length = 300)
    private String agencies;

    @Column(nullable = false, updatable = false)
    private LocalDate dated;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, updatable = false, length = 40)
    private String issuedBy;

    @Column(name = "docx_sha256", nullable = false, updatable = false, length = 64)
    private String docxSha256;

    @Column(name = "docx_size", nullable = false, updatable = false)
    private long docxSize;

    @Column(name = "pdf_sha256", nullable = false, updatable = false, length = 64)
    private String pdfSha256;

    @Column(name = "pdf_size", nullable = false, updatable = false)
    private long pdfSize;

    @ManyToOne
    @JoinColumn(name = "corrects_id", updatable = false)
    private IssuedDocument corrects;

    protected IssuedDocument() {
        // for JPA
    }

    /** The rendered files of a document, by their SHA-256 in the file store. */
    public record Files(String docxSha256, long docxSize, String pdfSha256, long pdfSize) {
    }

    /**
     * {@code printedNumber} is the number a document carries that the portal's register does not give: a city's
     * nomination letter numbered in the city's own register. It is used only without {@code registeredNumber}.
     */
    public IssuedDocument(DocumentFormat format, String title, String subject, RegisteredNumber registeredNumber,
            String printedNumber, String agencies, LocalDate dated, Instant issuedAt, String issuedBy, Files files,
            IssuedDocument corrects) {
        this.format = format;
        this.title = title;
        this.subject = subject;
        this.registeredNumber = registeredNumber;
        this.number = registeredNumber == null ? printedNumber : registeredNumber.number().toString();
        this.agencies = agencies;
        this.dated = dated;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.docxSha256 = files.docxSha256();
        this.docxSize = files.docxSize();
        this.pdfSha256 = files.pdfSha256();
        this.pdfSize = files.pdfSize();
        this.corrects = corrects;
    }

    public Long getId() {
        return id;
    }

    public DocumentFormat getFormat() {
        return format;
    }

    public String getTitle() {
        return title;
    }

    public String getSubject() {
        return subject;
    }

    /** 发文字号 as printed, or {@code null} for an unnumbered 公告/公示. */
    public String getNumber() {
        return number;
    }

    public RegisteredNumber getRegisteredNumber() {
        return registeredNumber;
    }

    public String getAgencies() {
        return agencies;
    }

    public LocalDate getDated() {
        return dated;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getDocxSha256() {
        return docxSha256;
    }

    public long getDocxSize() {
        return docxSize;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public long getPdfSize() {
        return pdfSize;
    }

    public IssuedDocument getCorrects() {
        return corrects;
    }

    @Override
    public String auditType() {
        return "IssuedDocument";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("format", format);
        state.put("number", number);
        state.put("title", title);
        state.put("agencies", agencies);
        state.put("dated", dated);
        state.put("docxSha256", docxSha256);
        state.put("pdfSha256", pdfSha256);
        state.put("corrects", corrects == null ? null : corrects.getId());
        return state;
    }
}
