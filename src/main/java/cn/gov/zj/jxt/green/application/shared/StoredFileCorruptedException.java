package cn.gov.zj.jxt.green.application.shared;

/**
 * The bytes on disk no longer have the hash they were stored under: changed by someone with access to the
 * server, or damaged. They are not handed out.
 */
public class StoredFileCorruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoredFileCorruptedException(String sha256, String actualSha256) {
        super("stored file " + sha256 + " now has the hash " + actualSha256);
    }
}
