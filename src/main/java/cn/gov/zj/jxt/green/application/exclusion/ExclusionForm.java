package cn.gov.zj.jxt.green.application.exclusion;

import cn.gov.zj.jxt.green.domain.shared.PlainText;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround;
import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import cn.gov.zj.jxt.green.domain.model.organisation.ValidCreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One exclusion as a clerk records it, typed in a form, sent to the API or read from a row of an import. */
public record ExclusionForm(
        @NotBlank(message = "{creditCode.required}") @ValidCreditCode String creditCode,
        @PlainText @NotBlank(message = "{exclusion.organisationName.required}")
        @Size(max = 200, message = "{exclusion.organisationName.size}") String organisationName,
        @NotNull(message = "{exclusion.ground.required}") ExclusionGround ground,
        @NotNull(message = "{exclusion.occurredOn.required}") LocalDate occurredOn,
        @PlainText @NotBlank(message = "{exclusion.source.required}")
        @Size(max = 100, message = "{exclusion.source.size}") String source,
        @PlainText(multiline = true) @Size(max = 500, message = "{exclusion.note.size}") String note) {

    public static final int MAX_NAME = 200;
    public static final int MAX_SOURCE = 100;
    public static final int MAX_NOTE = 500;

    public ExclusionForm {
        creditCode = CreditCode.normalise(creditCode);
        organisationName = organisationName == null ? null : organisationName.strip();
        source = source == null ? null : source.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
