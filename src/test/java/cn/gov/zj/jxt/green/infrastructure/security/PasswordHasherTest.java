package cn.gov.zj.jxt.green.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(PortalSettings.MIN_PASSWORD_ITERATIONS);

    @Test
    void storesAlgorithmIterationsSaltAndHash() {
        String[] parts = hasher.hash("Green2025demo").split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(16, java.util.Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void matchesTheRightPasswordOnly() {
        String stored = hasher.hash("Green2025demo");
        assertTrue(hasher.matches("Green2025demo", stored));
        assertFalse(hasher.matches("green2025demo", stored));
        assertFalse(hasher.matches("", stored));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same password 1"), hasher.hash("same password 1"));
    }

    @Test
    void neverMatchesAMalformedHash() {
        assertFalse(hasher.matches("x", null));
        assertFalse(hasher.matches("x", "plain-text"));
        assertFalse(hasher.matches("x", "pbkdf2-sha256$abc$%%%$%%%"));
    }

    @Test
    void asksForARehashWhenTheSettingRises() {
        String stored = hasher.hash("Green2025demo");
        assertFalse(hasher.needsRehash(stored));
        PasswordHasher stronger = new PasswordHasher(300_000);
        assertTrue(stronger.needsRehash(stored));
        assertTrue(stronger.matches("Green2025demo", stored), "old hashes keep working until upgraded");
    }
}
