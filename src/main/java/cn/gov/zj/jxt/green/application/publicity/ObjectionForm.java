package cn.gov.zj.jxt.green.application.publicity;

import cn.gov.zj.jxt.green.domain.shared.PlainText;
import cn.gov.zj.jxt.green.domain.shared.ValidResidentIdNumber;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An objection as a member of the public writes it (004 §(十六): in writing, under a real name, with facts and
 * evidence). The identity number is checked against GB 11643 with the other fields, so every wrong field is named at
 * once; it never leaves the service clear.
 */
public record ObjectionForm(
        @NotNull(message = "{objection.entry.required}") Long entryId,
        @PlainText @NotBlank(message = "{objection.name.required}") @Size(max = 60, message = "{objection.name.size}") String name,
        @NotBlank(message = "{objection.idNumber.required}") @ValidResidentIdNumber String idNumber,
        @NotBlank(message = "{objection.phone.required}") @Pattern(regexp = "[0-9+\\- ]{7,30}", message = "{objection.phone.invalid}") String phone,
        @Email(message = "{objection.email.invalid}") @Size(max = 200, message = "{objection.email.size}") String email,
        @PlainText(multiline = true) @NotBlank(message = "{objection.facts.required}") @Size(max = 5000, message = "{objection.facts.size}") String facts) {

    /** Not the number: a form may be logged by a framework on an error, and the number must not be. */
    @Override
    public String toString() {
        return "ObjectionForm[entryId=" + entryId + "]";
    }
}
