package cn.gov.zj.jxt.green.infrastructure.storage;

import cn.gov.zj.jxt.green.application.shared.FileStore;
import cn.gov.zj.jxt.green.application.shared.StoredFile;
import cn.gov.zj.jxt.green.application.shared.StoredFileCorruptedException;
import cn.gov.zj.jxt.green.application.shared.StoredFileNotFoundException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentAddressedFileStoreTest {

    /** SHA-256 of "abc", from FIPS 180-2, appendix B.1. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path root;

    @Test
    void readsBackExactlyWhatItStored() {
        FileStore store = new ContentAddressedFileStore(root);
        byte[] content = "绿色工厂申报书".getBytes(StandardCharsets.UTF_8);

        StoredFile stored = store.put(content);

        assertEquals(content.length, stored.size());
        assertTrue(store.exists(stored.sha256()));
        assertArrayEquals(content, store.read(stored.sha256()));
    }

    @Test
    void namesTheFileByItsHashInTwoLevelsOfFolders() {
        StoredFile stored = new ContentAddressedFileStore(root).put("abc".getBytes(StandardCharsets.US_ASCII));

        assertEquals(ABC, stored.sha256());
        assertTrue(Files.isRegularFile(root.resolve("ba").resolve("78").resolve(ABC)));
    }

    @Test
    void storesTheSameBytesOnceAndNeverRewritesThem() throws IOException {
        FileStore store = new ContentAddressedFileStore(root);
        byte[] content = "abc".getBytes(StandardCharsets.US_ASCII);
        Path file = root.resolve("ba").resolve("78").resolve(ABC);
        store.put(content);
        FileTime past = FileTime.from(Instant.parse("2025-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, past);

        StoredFile again = store.put(content);

        assertEquals(ABC, again.sha256());
        assertEquals(past, Files.getLastModifiedTime(file));
        assertEquals(List.of(file), filesUnder(root), "one file, no temporary file left behind");
    }

    @Test
    void makesStoredFilesReadOnly() throws IOException {
        StoredFile stored = new ContentAddressedFileStore(root).put("abc".getBytes(StandardCharsets.US_ASCII));
        Path file = root.resolve("ba").resolve("78").resolve(stored.sha256());
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        assumeTrue(posix != null, "POSIX permissions");

        assertEquals("r--------", PosixFilePermissions.toString(posix.readAttributes().permissions()));
    }

    @Test
    void refusesToServeAFileChangedOnDisk() throws IOException {
        FileStore store = new ContentAddressedFileStore(root);
        StoredFile stored = store.put("公示名单 v1".getBytes(StandardCharsets.UTF_8));
        Path file = root.resolve(stored.sha256().substring(0, 2)).resolve(stored.sha256().substring(2, 4))
                .resolve(stored.sha256());
        file.toFile().setWritable(true);
        Files.writeString(file, "公示名单 v2");

        assertThrows(StoredFileCorruptedException.class, () -> store.read(stored.sha256()));
    }

    @Test
    void saysWhenNoFileHasTheHash() {
        FileStore store = new ContentAddressedFileStore(root);

        assertFalse(store.exists(ABC));
        assertThrows(StoredFileNotFoundException.class, () -> store.read(ABC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
            "ba/816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ""})
    void acceptsOnlyAHashAsAName(String notAHash) {
        FileStore store = new ContentAddressedFileStore(root);

        assertThrows(IllegalArgumentException.class, () -> store.read(notAHash));
        assertThrows(IllegalArgumentException.class, () -> store.exists(notAHash));
    }

    private static List<Path> filesUnder(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }
}
