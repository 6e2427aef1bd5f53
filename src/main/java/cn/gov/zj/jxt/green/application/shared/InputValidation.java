package cn.gov.zj.jxt.green.application.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import cn.gov.zj.jxt.green.domain.shared.PlainText;

/**
 * Validates what reaches a service, whatever page or API it came through; pages validate the same
 * constraints field by field first, so a person normally sees the messages beside the inputs. Violations
 * carry message keys, not text, so that each reader gets them in their own language.
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public <T> T require(T input) {
        return require(input, List.of());
    }

    /**
     * As {@link #require(Object)}, refused also for {@code more}: rules no annotation states, reported together with
     * the annotated ones so that a form shows every field's error at once.
     */
    public <T> T require(T input, List<InvalidInputException.Violation> more) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty() || !more.isEmpty()) {
            List<InvalidInputException.Violation> list = Stream.concat(violations.stream()
                    .map(v -> new InvalidInputException.Violation(v.getPropertyPath().toString(),
                            keyOf(v.getMessageTemplate()))), more.stream())
                    .sorted(Comparator.comparing(InvalidInputException.Violation::field))
                    .toList();
            throw new InvalidInputException(list);
        }
        return input;
    }

    /** One rule broken that no annotation states (e.g. a role that needs a region). */
    public static InvalidInputException violation(String field, String messageKey) {
        return new InvalidInputException(List.of(new InvalidInputException.Violation(field, messageKey)));
    }

    /**
     * A text that must be given, stripped: refused under {@code field} with {@code requiredKey} when blank and with
     * {@code sizeKey} when longer than {@code max} characters.
     */
    public static String requiredText(String text, int max, String field, String requiredKey, String sizeKey) {
        String clean = optionalText(text, max, field, sizeKey);
        if (clean == null) {
            throw violation(field, requiredKey);
        }
        return clean;
    }

    /**
     * A text that may be left out, stripped, or {@code null} when blank; refused when too long, and when it holds a
     * control or bidirectional formatting character ({@link PlainText}; line breaks and tabs allowed).
     */
    public static String optionalText(String text, int max, String field, String sizeKey) {
        String clean = blankToNull(text);
        if (clean != null && clean.length() > max) {
            throw violation(field, sizeKey);
        }
        if (clean != null && PlainText.Validator.firstRefused(clean, true) >= 0) {
            throw violation(field, PlainText.KEY);
        }
        return clean;
    }

    /** {@code text} on one line: refused under {@code field} when it holds a line break or a tab. */
    public static String singleLine(String text, String field) {
        if (text != null && PlainText.Validator.firstRefused(text, false) >= 0) {
            throw violation(field, PlainText.KEY);
        }
        return text;
    }

    /** The text stripped, or {@code null} when it is blank: an empty field means "not given". */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** "{creditCode.length}" → "creditCode.length": pages and the API resolve it in the reader's language. */
    private static String keyOf(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }
}
