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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A replacement DOCX template a provincial clerk uploaded for one format, validated before it was accepted. The
 * newest one not retired is used; retiring it brings the bundled template (document-templates/) back.
 */
@Entity
@Table(name = "document_template")
@NamedQuery(name = "DocumentTemplate.findActive", query = "SELECT t FROM DocumentTemplate t "
        + "WHERE t.format = :format AND t.retiredAt IS NULL ORDER BY t.uploadedAt DESC, t.id DESC")
@NamedQuery(name = "DocumentTemplate.findAll",
        query = "SELECT t FROM DocumentTemplate t ORDER BY t.uploadedAt DESC, t.id DESC")
public class DocumentTemplate implements Audited, Serializable {

    @Id
    @SequenceGenerator(name = "document_template_seq", sequenceName = "document_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_template_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_format", nullable = false, length = 10)
    private DocumentFormat format;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "file_size", nullable = false)
    private long size;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 40)
    private String uploadedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected DocumentTemplate() {
        // for JPA
    }

    public DocumentTemplate(DocumentFormat format, String fileName, String sha256, long size, Instant uploadedAt,
            String uploadedBy) {
        this.format = format;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.size = size;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public void retire(Instant at) {
        this.retiredAt = at;
    }

    public Long getId() {
        return id;
    }

    public DocumentFormat getFormat() {
        return format;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    @Override
    public String auditType() {
        return "DocumentTemplate";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("format", format);
        state.put("fileName", fileName);
        state.put("sha256", sha256);
        state.put("retiredAt", retiredAt);
        return state;
    }
}
