package cn.gov.zj.jxt.green.application.publicity;

import cn.gov.zj.jxt.green.domain.shared.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the clerk decides when publishing a proposed list: the first day, the length in calendar days (15 by
 * 004 §(十六) when not given) and the contact the public writes to.
 */
public record PublicityForm(
        @NotNull(message = "{publicity.startDate.required}") LocalDate startDate,
        @Min(value = 1, message = "{publicity.days.range}") @Max(value = 60, message = "{publicity.days.range}") Integer days,
        @PlainText(multiline = true) @NotBlank(message = "{publicity.contact.required}") @Size(max = 300, message = "{publicity.contact.size}") String contact) {
}
