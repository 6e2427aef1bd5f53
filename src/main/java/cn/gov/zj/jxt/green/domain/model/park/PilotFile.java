package cn.gov.zj.jxt.green.domain.model.park;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A PDF uploaded to a pilot application, kept in the file store under its SHA-256. */
@Embeddable
public class PilotFile implements Serializable {

    public enum Kind {
        /** The application materials the annex asks for (seed 002 附件). */
        MATERIAL,
        /** The pilot implementation plan as the ministries approved it (§四(四)). */
        IMPLEMENTATION_PLAN
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "file_size", nullable = false)
    private long size;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected PilotFile() {
        // for JPA
    }

    public PilotFile(Kind kind, String fileName, String sha256, long size, Instant uploadedAt) {
        this.kind = Objects.requireNonNull(kind);
        this.fileName = Objects.requireNonNull(fileName);
        this.sha256 = Objects.requireNonNull(sha256);
        this.size = size;
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public Kind getKind() {
        return kind;
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
}
