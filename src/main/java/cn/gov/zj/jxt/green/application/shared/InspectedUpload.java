package cn.gov.zj.jxt.green.application.shared;

import java.util.Objects;

/**
 * A file that passed {@link UploadInspection}: the name to show (never used as a path), the kind its content
 * proved to be, and the content with its SHA-256 (lower-case hex), under which {@link FileStore} keeps it.
 */
public record InspectedUpload(String fileName, FileKind kind, String mediaType, byte[] content, String sha256) {

    /** A copy: the bytes that were checked cannot be changed afterwards by whoever holds this. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    public long size() {
        return content.length;
    }

    /** Equal content has equal hashes, so the hash stands for the bytes (records compare arrays by identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof InspectedUpload that && fileName.equals(that.fileName) && kind == that.kind
                && mediaType.equals(that.mediaType) && sha256.equals(that.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, kind, mediaType, sha256);
    }

    @Override
    public String toString() {
        return "InspectedUpload[fileName=" + fileName + ", kind=" + kind + ", size=" + content.length + ", sha256="
                + sha256 + "]";
    }
}
