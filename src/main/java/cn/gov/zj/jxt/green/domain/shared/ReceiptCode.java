package cn.gov.zj.jxt.green.domain.shared;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The receipt code a member of the public gets for an objection or a named report: 16 characters of RFC 4648
 * base32 (80 random bits), shown once and stored only as its SHA-256, so the table alone lets nobody follow a case.
 * Whoever holds the code reads the status, nothing else.
 */
public final class ReceiptCode {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    public static final int LENGTH = 16;

    private ReceiptCode() {
    }

    public static String generate() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = BASE32[RANDOM.nextInt(BASE32.length)];
        }
        return new String(code);
    }

    /** The hash of a code as typed: spaces and dashes ignored, lower case accepted. */
    public static String hash(String typed) {
        String code = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return Sha256.hex(code);
    }
}
