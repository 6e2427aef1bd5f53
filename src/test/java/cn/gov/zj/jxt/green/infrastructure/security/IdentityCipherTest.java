package cn.gov.zj.jxt.green.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-GCM at rest: round trip, a fresh nonce each time, tamper and purpose checks, rotation, the demo key file. */
class IdentityCipherTest {

    private static final String OLD = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void encryptsUnreadablyAndDecryptsOnlyAsWhatItIs() {
        IdentityCipher cipher = cipher(NEW, null);
        String stored = cipher.encrypt("11010519491231002X", "objection.id_number");
        assertFalse(stored.contains("11010519491231002X"));
        assertNotEquals(stored, cipher.encrypt("11010519491231002X", "objection.id_number"), "a fresh nonce");
        assertEquals("11010519491231002X", cipher.decrypt(stored, "objection.id_number"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored, "another.column"));
        // A character well inside the Base64, all six of its bits data (near the end some are padding).
        char[] altered = stored.toCharArray();
        int at = stored.lastIndexOf(':') + 8;
        altered[at] = altered[at] == 'A' ? 'Q' : 'A';
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(new String(altered), "objection.id_number"));
    }

    @Test
    void aRotatedKeyStillReadsWhatTheOldOneWrote() {
        String underOld = cipher(OLD, null).encrypt("33010619900101123X", "p");
        IdentityCipher rotated = cipher(NEW, OLD);
        assertEquals("33010619900101123X", rotated.decrypt(underOld, "p"));
        assertFalse(rotated.current(underOld));
        assertTrue(rotated.current(rotated.encrypt("x", "p")));
        assertThrows(IllegalStateException.class, () -> cipher(NEW, null).decrypt(underOld, "p"), "old key gone");
    }

    @Test
    void withoutAKeyTheDemoGeneratesOneOnceAndKeepsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("portal/encryption.key");
        byte[] first = IdentityCipher.generatedKey(file);
        assertEquals(32, first.length);
        assertEquals(Base64.getEncoder().encodeToString(first), Files.readString(file).strip());
        assertEquals(Base64.getEncoder().encodeToString(first),
                Base64.getEncoder().encodeToString(IdentityCipher.generatedKey(file)), "read again, not replaced");
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedByName() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> IdentityCipher.decodeKey(Base64.getEncoder().encodeToString(new byte[16])));
        assertTrue(e.getMessage().contains("PORTAL_ENCRYPTION_KEY"));
    }

    private static IdentityCipher cipher(String key, String previous) {
        IdentityCipher cipher = new IdentityCipher();
        cipher.settings = new PortalSettings() {
            @Override
            public Optional<String> encryptionKey() {
                return Optional.of(key);
            }

            @Override
            public Optional<String> previousEncryptionKey() {
                return Optional.ofNullable(previous);
            }
        };
        cipher.loadKeys();
        return cipher;
    }
}
