package cn.gov.zj.jxt.green.application.park;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A park's circular transformation plan as its management body writes it (seed 001 §三(三)): the basics, the main
 * tasks, the main projects, the expected outcomes' nine indicators and the measures. {@code version} is the version
 * of the stored plan the park saw, {@code null} for its first draft.
 */
public record TransformationPlanForm(
        @NotBlank(message = "{plan.basics.required}") @Size(max = 4000, message = "{plan.text.size}") String basics,
        @NotBlank(message = "{plan.mainTasks.required}") @Size(max = 4000, message = "{plan.text.size}")
        String mainTasks,
        @NotEmpty(message = "{plan.projects.required}") @Size(max = 30, message = "{plan.projects.size}")
        List<@Valid @NotNull(message = "{plan.projects.required}") Project> projects,
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
        @NotBlank(message = "{plan.measures.required}") @Size(max = 4000, message = "{plan.text.size}")
        String measures,
        Long version) {

    /** One main project: what is built, the investment in 10,000 yuan, the first and last year. */
    public record Project(
            @NotBlank(message = "{plan.project.name.required}") @Size(max = 200, message = "{plan.project.name.size}")
            String name,
            @NotBlank(message = "{plan.project.content.required}")
            @Size(max = 1000, message = "{plan.project.content.size}") String content,
            @NotNull(message = "{plan.project.investment.required}")
            @DecimalMin(value = "0", message = "{plan.figure.negative}") BigDecimal investment,
            @NotNull(message = "{plan.project.year.range}") @Min(value = 2021, message = "{plan.project.year.range}")
            @Max(value = 2030, message = "{plan.project.year.range}") Integer startYear,
            @NotNull(message = "{plan.project.year.range}") @Min(value = 2021, message = "{plan.project.year.range}")
            @Max(value = 2030, message = "{plan.project.year.range}") Integer endYear) {
    }

    public TransformationPlanForm {
        projects = projects == null ? null : Collections.unmodifiableList(new ArrayList<>(projects));
    }
}
