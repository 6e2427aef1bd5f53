package cn.gov.zj.jxt.green.application.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zj.jxt.green.application.shared.InputValidation;

/**
 * What a password must be, wherever one is set (an account opened, a password reset or changed, the first
 * administrator): long enough, not a common one, not a run of few characters, and not the person's own names.
 * No rule on character classes: length and the list of common passwords do more for strength, and "Password1"
 * passes every class rule.
 * <ul>
 * <li>At least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH} (a bound on the hashing work).</li>
 * <li>Not in the bundled list {@value #LIST} (case-insensitive), neither as typed nor by its core: the password
 * without leading and trailing digits and signs, with look-alike digits and signs read as letters, so that
 * {@code P@ssw0rd2025!} counts as {@code password}.</li>
 * <li>At least {@value #MIN_DISTINCT} different characters and not one short piece repeated
 * ({@code aaaaaaaaaaa1}, {@code abcabcabcabc}).</li>
 * <li>Not containing the user name or the display name, nor a part of the display name of three characters or
 * more (two for Chinese names).</li>
 * </ul>
 * Each refusal is a violation of the field {@code password} with its own message key.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_DISTINCT = 5;
    static final String LIST = "/security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Throws an {@code InvalidInputException} on the field {@code password} when the password is refused. */
    public void check(String password, String username, String displayName) {
        String refusal = refusal(password, username, displayName);
        if (refusal != null) {
            throw InputValidation.violation("password", refusal);
        }
    }

    /** The message key of the first rule {@code password} breaks, or {@code null} when it is acceptable. */
    String refusal(String password, String username, String displayName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "account.password.short";
        }
        if (password.length() > MAX_LENGTH) {
            return "account.password.long";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(core(lower))) {
            return "account.password.common";
        }
        if (lower.chars().distinct().count() < MIN_DISTINCT || repeated(lower)) {
            return "account.password.simple";
        }
        if (containsName(lower, username, displayName)) {
            return "account.password.name";
        }
        return null;
    }

    int listSize() {
        return common.size();
    }

    /** The password without leading and trailing non-letters, look-alike digits and signs read as letters. */
    static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        StringBuilder core = new StringBuilder(end - start);
        for (char c : lower.substring(start, end).toCharArray()) {
            core.append(switch (c) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return core.toString();
    }

    /** One piece repeated to fill the whole password. */
    private static boolean repeated(String lower) {
        int n = lower.length();
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit == 0 && lower.substring(0, unit).repeat(n / unit).equals(lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsName(String lower, String username, String displayName) {
        if (username != null && username.strip().length() >= 3
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (displayName == null || displayName.isBlank()) {
            return false;
        }
        String name = displayName.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 2 && lower.contains(name)) {
            return true;
        }
        for (String part : name.split("[\\s.\u00b7_\\-]+")) {
            boolean latin = part.chars().allMatch(c -> c < 0x80);
            if (part.length() >= (latin ? 3 : 2) && lower.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
