package cn.gov.zj.jxt.green.application;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

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
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            List<InvalidInputException.Violation> list = violations.stream()
                    .map(v -> new InvalidInputException.Violation(v.getPropertyPath().toString(),
                            keyOf(v.getMessageTemplate())))
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

    /** "{creditCode.length}" → "creditCode.length": pages and the API resolve it in the reader's language. */
    private static String keyOf(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
    }
}
