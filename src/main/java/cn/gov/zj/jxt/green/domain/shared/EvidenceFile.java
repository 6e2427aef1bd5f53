package cn.gov.zj.jxt.green.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/** An evidence file of an objection or a named report, kept in the file store under its SHA-256 and checked on every read. */
@Embeddable
public class EvidenceFile implements Serializable {

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "file_size", nullable = false)
    private long size;

    protected EvidenceFile() {
        // for JPA
    }

    public EvidenceFile(String fileName, String mediaType, String sha256, long size) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sha256 = sha256;
        this.size = size;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }
}
