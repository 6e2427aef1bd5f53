package cn.gov.zj.jxt.green.infrastructure.security;

import cn.gov.zj.jxt.green.application.shared.IdentityEncryption;
import cn.gov.zj.jxt.green.domain.shared.Sha256;
import cn.gov.zj.jxt.green.infrastructure.config.PortalSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal numbers at rest (objectors' identity numbers) with AES-256-GCM: a fresh 96-bit nonce per
 * value, a 128-bit tag, and the purpose as associated data so a value cannot be moved to another column and still
 * decrypt. A stored value reads {@code v1:<key id>:<Base64 of nonce and ciphertext>}; the key id (first 8 hex of
 * the key's SHA-256) lets a rotated key still be read through PORTAL_ENCRYPTION_KEY_PREVIOUS.
 *
 * <p>The key comes from PORTAL_ENCRYPTION_KEY. Without it — the embedded demo — a key is generated once into the
 * server's data directory (owner-only file) and a warning says so: the numbers are then exactly as safe as that
 * directory, and lost with it. docs/operations.md says how to set, rotate and back the key up.
 */
@ApplicationScoped
public class IdentityCipher implements IdentityEncryption {

    private static final Logger LOG = Logger.getLogger(IdentityCipher.class.getName());
    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PortalSettings settings;

    private SecretKey current;
    private String currentId;
    private final Map<String, SecretKey> readable = new LinkedHashMap<>();

    @PostConstruct
    void loadKeys() {
        byte[] key = settings.encryptionKey().map(IdentityCipher::decodeKey)
                .orElseGet(() -> generatedKey(settings.generatedKeyFile()));
        current = new SecretKeySpec(key, "AES");
        currentId = keyId(key);
        readable.put(currentId, current);
        settings.previousEncryptionKey().map(IdentityCipher::decodeKey)
                .ifPresent(previous -> readable.put(keyId(previous), new SecretKeySpec(previous, "AES")));
    }

    @Override
    public String encrypt(String clear, String purpose) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + ":" + currentId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The clear value; fails if the key is not one the portal holds, or the value was altered. */
    @Override
    public String decrypt(String stored, String purpose) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("not an encrypted value of this portal");
        }
        SecretKey key = Optional.ofNullable(readable.get(parts[1])).orElseThrow(() -> new IllegalStateException(
                "the key " + parts[1] + " is not configured (PORTAL_ENCRYPTION_KEY / _PREVIOUS)"));
        byte[] in = Base64.getDecoder().decode(parts[2]);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the value does not decrypt: altered, or another key", e);
        }
    }

    /** Whether {@code stored} was encrypted under the current key (a rotation re-encrypts the others). */
    public boolean current(String stored) {
        return stored.startsWith(VERSION + ":" + currentId + ":");
    }

    static byte[] decodeKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PORTAL_ENCRYPTION_KEY is not Base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("PORTAL_ENCRYPTION_KEY must be 32 bytes (256 bits), Base64; it has "
                    + key.length);
        }
        return key;
    }

    static String keyId(byte[] key) {
        return Sha256.hex(key).substring(0, 8);
    }

    /** Reads the demo key, or writes a new one with owner-only permissions if there is none yet. */
    static byte[] generatedKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.WRITE);
                    LOG.warning(() -> "PORTAL_ENCRYPTION_KEY is not set: generated a key into " + file
                            + "; fine for a demo, but set the variable in production (docs/operations.md)");
                } catch (FileAlreadyExistsException raced) {
                    // Another node or thread wrote it first: use theirs.
                } catch (UnsupportedOperationException notPosix) {
                    Files.writeString(file, Base64.getEncoder().encodeToString(key));
                }
            } else {
                LOG.warning(() -> "PORTAL_ENCRYPTION_KEY is not set: using the generated key in " + file);
            }
            return decodeKey(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the generated encryption key in " + file, e);
        }
    }
}
