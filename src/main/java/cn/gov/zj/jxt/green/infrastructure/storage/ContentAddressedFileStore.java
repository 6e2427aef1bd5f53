package cn.gov.zj.jxt.green.infrastructure.storage;

import cn.gov.zj.jxt.green.application.shared.FileStore;
import cn.gov.zj.jxt.green.application.shared.StoredFile;
import cn.gov.zj.jxt.green.application.shared.StoredFileCorruptedException;
import cn.gov.zj.jxt.green.application.shared.StoredFileNotFoundException;
import cn.gov.zj.jxt.green.domain.shared.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps files by the SHA-256 of their content, under {@code ab/cd/<sha256>} below its root (two levels of
 * 256 folders, so that no folder grows large). A stored file is never changed: the same bytes
 * always land in the same file, so storing them again writes nothing, and a file is made read-only once
 * written. Reading checks the hash again, so a file changed on disk is noticed and not served. No name given
 * by a user ever becomes part of a path here.
 */
public class ContentAddressedFileStore implements FileStore {

    private static final Logger LOG = Logger.getLogger(ContentAddressedFileStore.class.getName());

    private final Path root;

    /** {@code root} must lie outside the web root; it is created when the first file is stored. */
    public ContentAddressedFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredFile put(byte[] content) {
        String sha256 = Sha256.hex(content);
        Path target = pathOf(sha256);
        if (!Files.exists(target)) {
            try {
                write(target, content);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store " + sha256, e);
            }
        }
        return new StoredFile(sha256, content.length);
    }

    @Override
    public byte[] read(String sha256) {
        Path path = pathOf(sha256);
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new StoredFileNotFoundException(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored file " + sha256, e);
        }
        String actual = Sha256.hex(content);
        if (!actual.equals(sha256)) {
            throw new StoredFileCorruptedException(sha256, actual);
        }
        return content;
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    /** Only a well-formed hash makes a path, so nothing else can be slipped into one. */
    private Path pathOf(String sha256) {
        if (!Sha256.isHex(sha256)) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /**
     * Written in full to a temporary file beside the target, flushed to disk, and renamed in one step: a
     * reader sees the whole file or none, even if the server stops halfway.
     */
    private static void write(Path target, byte[] content) throws IOException {
        Path directory = Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            makeReadOnly(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // A concurrent put of the same bytes may have been first; then its file is this one.
                if (!Files.exists(target)) {
                    throw e;
                }
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        syncDirectory(directory);
    }

    private static void makeReadOnly(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("r--------"));
        } else if (!file.toFile().setReadOnly()) {
            LOG.warning(() -> "cannot make " + file + " read-only");
        }
    }

    /**
     * Makes the rename itself durable, so that a crash cannot lose a file whose record the database has
     * already committed. Some platforms (Windows) cannot open a directory; their file systems journal the
     * rename anyway.
     */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.log(Level.FINE, e, () -> "cannot sync directory " + directory);
        }
    }
}
