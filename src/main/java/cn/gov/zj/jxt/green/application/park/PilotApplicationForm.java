package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.domain.model.park.ZoneKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A park's application for the national low-carbon industrial park pilots (seed 002 §四(一) and 附件): the kind of
 * zone, the three conditions ticked, the annex's six sections and three years of figures, oldest first.
 */
public record PilotApplicationForm(
        @NotNull(message = "{pilot.call.required}") Long callId,
        @NotNull(message = "{pilot.zoneKind.required}") ZoneKind zoneKind,
        @AssertTrue(message = "{pilot.condition.required}") boolean catalogued,
        @AssertTrue(message = "{pilot.condition.required}") boolean workingBase,
        @AssertTrue(message = "{pilot.condition.required}") boolean clearGoals,
        @NotBlank(message = "{pilot.text.required}") @Size(max = 4000, message = "{pilot.text.size}") String basics,
        @NotBlank(message = "{pilot.text.required}") @Size(max = 4000, message = "{pilot.text.size}")
        String technology,
        @NotBlank(message = "{pilot.text.required}") @Size(max = 4000, message = "{pilot.text.size}")
        String resourceUse,
        @NotBlank(message = "{pilot.text.required}") @Size(max = 4000, message = "{pilot.text.size}") String wasteUse,
        @NotBlank(message = "{pilot.text.required}") @Size(max = 4000, message = "{pilot.text.size}")
        String management,
        @NotBlank(message = "{pilot.text.required}") @Size(max = 4000, message = "{pilot.text.size}") String goals,
        @NotNull(message = "{pilot.years.size}") @Size(min = 3, max = 3, message = "{pilot.years.size}")
        List<@Valid @NotNull(message = "{pilot.years.size}") Year> years) {

    /** One year's figures (附件 二, 三). */
    public record Year(
            @NotNull(message = "{pilot.figure.required}") Integer year,
            @NotNull(message = "{pilot.figure.required}") @DecimalMin(value = "0", message = "{pilot.figure.negative}")
            BigDecimal addedValue,
            @NotNull(message = "{pilot.figure.required}") @DecimalMin(value = "0", message = "{pilot.figure.negative}")
            BigDecimal energyUse,
            @NotNull(message = "{pilot.figure.required}") @DecimalMin(value = "0", message = "{pilot.figure.negative}")
            BigDecimal waterUse,
            @NotNull(message = "{pilot.figure.required}") @DecimalMin(value = "0", message = "{pilot.figure.negative}")
            BigDecimal co2Emitted,
            @NotNull(message = "{pilot.figure.required}") @DecimalMin(value = "0", message = "{pilot.figure.negative}")
            BigDecimal solidWaste,
            @NotNull(message = "{pilot.figure.required}") @DecimalMin(value = "0", message = "{pilot.figure.negative}")
            BigDecimal solidWasteUsed) {
    }

    public PilotApplicationForm {
        years = years == null ? null : Collections.unmodifiableList(new ArrayList<>(years));
    }
}
