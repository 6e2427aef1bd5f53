package cn.gov.zj.jxt.green.domain.model.organisation;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code 统一社会信用代码 of GB 32100-2015: 18 characters from a 31-character set
 * (digits and capital letters without I, O, Z, S, V); characters 3–8 are the registering authority's
 * division code; character 18 is a check character computed from the first 17 with weights 3^(i-1) mod 31.
 */
public final class CreditCode {

    public static final int LENGTH = 18;

    /** The code's character set, in value order (GB 32100-2015, table 2). */
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why a code is not valid; each has a message in ValidationMessages (creditCode.*). */
    public enum Problem {
        LENGTH("creditCode.length"),
        CHARACTER("creditCode.character"),
        DIVISION_CODE("creditCode.divisionCode"),
        CHECK_CHARACTER("creditCode.checkCharacter");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private CreditCode() {
    }

    /** Trims and upper-cases what a person typed; {@code null} stays {@code null}. */
    public static String normalise(String input) {
        return input == null ? null : input.strip().toUpperCase(Locale.ROOT);
    }

    /** The first problem found in {@code code} (already normalised), or empty when it is a valid code. */
    public static Optional<Problem> check(String code) {
        if (code == null || code.length() != LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(Problem.CHARACTER);
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of(Problem.DIVISION_CODE);
            }
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return Optional.of(Problem.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return check(code).isEmpty();
    }

    /** The check character (18th) for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need the first 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
