package cn.gov.zj.jxt.green.domain.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A citizen identity number 公民身份号码 as GB 11643-1999 defines it: six digits of address code, eight of birth
 * date, three of sequence, and a check character computed over the first seventeen by ISO 7064 MOD 11-2 (0–9 or
 * X). An objection (004 §(十六)) and a named report (004 §(二十三)) are filed under a real name; the number is what
 * makes the name checkable.
 *
 * <p>{@link #toString()} gives the mask, never the number, so the clear number cannot reach a log by accident.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final String value;

    private ResidentIdNumber(String value) {
        this.value = value;
    }

    /** The number as typed (spaces ignored, a lower-case x accepted), if it is a valid one. */
    public static Optional<ResidentIdNumber> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String number = input.replace(" ", "").strip().toUpperCase(Locale.ROOT);
        if (!number.matches("\\d{17}[\\dX]")) {
            return Optional.empty();
        }
        if (number.charAt(17) != checkCharacter(number.substring(0, 17))) {
            return Optional.empty();
        }
        try {
            LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(new ResidentIdNumber(number));
    }

    /** The check character of the first seventeen digits (GB 11643-1999 §5.4). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The clear number: only for encryption. */
    public String value() {
        return value;
    }

    /** The first four and last four characters, the rest starred: 3301**********123X. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String number) {
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
