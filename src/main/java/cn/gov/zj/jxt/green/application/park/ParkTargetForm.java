package cn.gov.zj.jxt.green.application.park;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.TreeMap;

/**
 * A year's city targets as the province enters them: {@code targets} maps city codes to the number of provincial
 * green low-carbon parks to build that year (a city left out: 0); {@code basis} names the document that set them.
 * {@code version} is the version of the year's targets the clerk saw, {@code null} when the year has none yet.
 */
public record ParkTargetForm(
        @Min(value = 2022, message = "{park.year.range}") @Max(value = 2100, message = "{park.year.range}") int year,
        @NotBlank(message = "{park.basis.required}") @Size(max = 100, message = "{park.basis.size}") String basis,
        @NotNull(message = "{park.targets.required}") Map<String, Integer> targets,
        Long version) {

    public ParkTargetForm {
        if (targets != null) {
            Map<String, Integer> copy = new TreeMap<>();
            targets.forEach(copy::put);
            targets = copy;
        }
    }
}
