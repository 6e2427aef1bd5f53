package cn.gov.zj.jxt.green.application.shared;

/**
 * Keeps files by the SHA-256 of their content. A stored file is never changed: the same bytes always make the same
 * file, so storing them again writes nothing. Reading checks the hash again, so a file changed where it is kept is
 * noticed and not handed out. No name given by a user ever decides where a file is kept.
 */
public interface FileStore {

    StoredFile put(byte[] content);

    /**
     * The content stored under this hash, checked against it.
     *
     * @throws StoredFileNotFoundException if nothing is stored under it
     * @throws StoredFileCorruptedException if what is stored no longer has this hash
     */
    byte[] read(String sha256);

    boolean exists(String sha256);
}
