package cn.gov.zj.jxt.green.domain.model.organisation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports the specific {@link CreditCode.Problem}; {@code null} is left to {@code @NotBlank}. */
public class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        return CreditCode.check(CreditCode.normalise(value)).map(problem -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + problem.messageKey() + "}").addConstraintViolation();
            return false;
        }).orElse(true);
    }
}
