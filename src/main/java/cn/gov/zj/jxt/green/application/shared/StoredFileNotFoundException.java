package cn.gov.zj.jxt.green.application.shared;

/**
 * The store has no file with this hash. Files are never deleted through the store, so a record that names a
 * missing file points to lost data, not to a user's mistake.
 */
public class StoredFileNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoredFileNotFoundException(String sha256) {
        super("no stored file " + sha256);
    }
}
