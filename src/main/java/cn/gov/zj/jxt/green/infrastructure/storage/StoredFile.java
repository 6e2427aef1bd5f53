package cn.gov.zj.jxt.green.infrastructure.storage;

/** A file in the {@link FileStore}: its SHA-256 (lower-case hex), which is also its name there, and its size. */
public record StoredFile(String sha256, long size) {
}
