package cn.gov.zj.jxt.green.application.park;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A park's progress report of {@code year} as its management body files it (seed 001 §三(三)): the year's achieved
 * figures on the plan's nine indicators and a short account of progress, results, experience and difficulties.
 */
public record ProgressReportForm(
        @NotNull(message = "{progress.year.required}") Integer year,
        @NotNull(message = "{plan.figure.required}") @DecimalMin(value = "0", message = "{plan.figure.negative}")
        BigDecimal energySaved,
        @NotNull(message = "{plan.figure.required}") @DecimalMin(value = "0", message = "{plan.figure.negative}")
        BigDecimal waterSaved,
        @NotNull(message = "{plan.figure.required}") @DecimalMin(value = "0", message = "{plan.figure.negative}")
        BigDecimal co2Reduced,
        @NotNull(message = "{plan.figure.required}") @DecimalMin(value = "0", message = "{plan.figure.negative}")
        BigDecimal solidWasteReduced,
        @NotNull(message = "{plan.figure.required}") @DecimalMin(value = "0", message = "{plan.figure.negative}")
        BigDecimal wastewaterReduced,
        @NotNull(message = "{plan.figure.required}") @DecimalMin(value = "0", message = "{plan.figure.negative}")
        BigDecimal airPollutantsReduced,
        @NotNull(message = "{plan.figure.required}") @DecimalMin(value = "0", message = "{plan.figure.negative}")
        BigDecimal energyPerGdp,
        @NotNull(message = "{plan.figure.required}") @DecimalMin(value = "0", message = "{plan.figure.negative}")
        BigDecimal waterPerGdp,
        @NotNull(message = "{plan.figure.required}") @DecimalMin(value = "0", message = "{plan.rate.range}")
        @DecimalMax(value = "100", message = "{plan.rate.range}") BigDecimal solidWasteUtilisation,
        @NotBlank(message = "{progress.narrative.required}") @Size(max = 2000, message = "{progress.narrative.size}")
        String narrative) {
}
