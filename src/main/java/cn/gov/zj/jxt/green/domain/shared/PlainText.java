package cn.gov.zj.jxt.green.domain.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person typed, free of the characters nobody types on purpose: control characters (C0 and C1, DEL) and the
 * invisible marks that reorder what a reader sees (bidirectional embeddings, overrides and isolates, the
 * directional marks). A name with U+202E (right-to-left override) before "fdp.exe" would otherwise show as
 * something it is not, in the portal, in an export or in a document. Line breaks and tabs are allowed only in
 * {@link #multiline() multi-line} text. {@code null} is left to {@code @NotNull}/{@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    /** The message's key in ValidationMessages. */
    String KEY = "text.plain";

    String message() default "{" + KEY + "}";

    /** Whether line feeds, carriage returns and tabs are allowed (a body, a note, a statement of facts). */
    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || firstRefused(value, multiline) < 0;
        }

        /** The index of the first character {@code text} may not hold, or -1. */
        public static int firstRefused(CharSequence text, boolean multiline) {
            for (int i = 0; i < text.length(); i++) {
                if (refused(text.charAt(i), multiline)) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether {@code c} is a control or a bidirectional formatting character (tab and line breaks: multi-line only). */
        public static boolean refused(char c, boolean multiline) {
            if (c == '\t' || c == '\n' || c == '\r') {
                return !multiline;
            }
            return c <= '\u001F'
                    || c >= '\u007F' && c <= '\u009F'
                    || c == '\u061C' // Arabic letter mark
                    || c == '\u200E' || c == '\u200F' // left-to-right, right-to-left mark
                    || c >= '\u202A' && c <= '\u202E' // embeddings and overrides
                    || c >= '\u2066' && c <= '\u2069' // isolates
                    || (c == '\u2028' || c == '\u2029') && !multiline; // line and paragraph separators
        }
    }
}
