package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.domain.shared.PlainText;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a provincial clerk fills in to open a batch. {@code quotas} maps city codes to quotas; {@code callNoticeId}
 * names a call already drafted or issued, or is {@code null} to have the portal draft one from the batch.
 */
public record BatchForm(
        @Min(value = 2000, message = "{batch.year.range}") @Max(value = 2100, message = "{batch.year.range}") int year,
        @NotNull(message = "{batch.level.required}") ListLevel level,
        @PlainText @NotBlank(message = "{batch.title.required}") @Size(max = 200, message = "{batch.title.size}") String title,
        @NotEmpty(message = "{batch.unitTypes.required}") Set<UnitType> unitTypes,
        @NotNull(message = "{batch.submissionDeadline.required}") LocalDate submissionDeadline,
        @NotNull(message = "{batch.cityListDeadline.required}") LocalDate cityListDeadline,
        @Min(value = 1, message = "{batch.reminderDays.range}") @Max(value = 60, message = "{batch.reminderDays.range}")
        int reminderDays,
        @Min(value = 1, message = "{batch.cap.range}") @Max(value = 1000, message = "{batch.cap.range}") int provincialCap,
        @Min(value = 1, message = "{batch.cap.range}") @Max(value = 1000, message = "{batch.cap.range}") int nationalCap,
        @NotNull(message = "{batch.quotas.required}") Map<String, Integer> quotas,
        Long callNoticeId) {

    public BatchForm {
        quotas = quotas == null ? null : new TreeMap<>(quotas);
        unitTypes = unitTypes == null ? Set.of() : Set.copyOf(unitTypes);
    }
}
