package cn.gov.zj.jxt.green.application.report;

import cn.gov.zj.jxt.green.domain.shared.PlainText;
import cn.gov.zj.jxt.green.domain.model.report.ReportSubject;
import cn.gov.zj.jxt.green.domain.shared.ValidResidentIdNumber;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A named report as the reporter writes it (004 §(二十三): under a real name, with evidence and contact details).
 * {@code subjectId} is the listed unit's id for {@link ReportSubject#LISTED_UNIT}, the institution's organisation
 * id for {@link ReportSubject#INSTITUTION}. The identity number is checked against GB 11643 with the other fields.
 */
public record ReportForm(
        @NotNull(message = "{report.subject.required}") ReportSubject subject,
        @NotNull(message = "{report.subject.required}") Long subjectId,
        @PlainText @NotBlank(message = "{report.name.required}") @Size(max = 60, message = "{objection.name.size}") String name,
        @NotBlank(message = "{objection.idNumber.required}") @ValidResidentIdNumber String idNumber,
        @NotBlank(message = "{objection.phone.required}") @Pattern(regexp = "[0-9+\\- ]{7,30}", message = "{objection.phone.invalid}") String phone,
        @Email(message = "{objection.email.invalid}") @Size(max = 200, message = "{objection.email.size}") String email,
        @PlainText(multiline = true) @NotBlank(message = "{report.facts.required}") @Size(max = 5000, message = "{objection.facts.size}") String facts) {

    /** Nothing personal: a form may be logged by a framework on an error. */
    @Override
    public String toString() {
        return "ReportForm[subject=" + subject + ", subjectId=" + subjectId + "]";
    }
}
