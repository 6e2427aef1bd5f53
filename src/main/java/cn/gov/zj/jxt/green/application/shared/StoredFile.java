package cn.gov.zj.jxt.green.application.shared;

/** A file in the {@link FileStore}: its SHA-256 (lower-case hex), which is also its name there, and its size. */
public record StoredFile(String sha256, long size) {
}
