package cn.gov.zj.jxt.green.application.park;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A pilot call as the province opens it: its year, its title, the recommendation's due date, reminder days. */
public record PilotCallForm(
        @NotNull(message = "{pilot.call.year.range}") @Min(value = 2013, message = "{pilot.call.year.range}")
        @Max(value = 2100, message = "{pilot.call.year.range}") Integer year,
        @NotBlank(message = "{pilot.call.title.required}") @Size(max = 200, message = "{pilot.call.title.size}")
        String title,
        @NotNull(message = "{pilot.call.due.required}") LocalDate recommendationDue,
        @NotNull(message = "{pilot.call.reminderDays.range}") @Min(value = 1, message = "{pilot.call.reminderDays.range}")
        @Max(value = 60, message = "{pilot.call.reminderDays.range}") Integer reminderDays) {
}
