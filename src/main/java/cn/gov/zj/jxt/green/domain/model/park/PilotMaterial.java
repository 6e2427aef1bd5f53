package cn.gov.zj.jxt.green.domain.model.park;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What a pilot application says, after the material outline of seed 002's annex: the park's basics (一), its
 * technology and R&D (一(二)), three years of energy and resource use (二) and of waste and its use (三), each with
 * its figures per year, its management capacity (四) and its goals, plan and measures (五).
 */
public record PilotMaterial(String basics, String technology, String resourceUse, String wasteUse, String management,
        String goals, List<PilotYear> years) implements Serializable {

    /** The annex asks for three years. */
    public static final int YEARS = 3;

    public PilotMaterial {
        for (String text : new String[] {basics, technology, resourceUse, wasteUse, management, goals}) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("every section of the material is written");
            }
        }
        years = List.copyOf(years);
        if (years.size() != YEARS) {
            throw new IllegalArgumentException("three years of figures, not " + years.size());
        }
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i).getYear() != years.get(i - 1).getYear() + 1) {
                throw new IllegalArgumentException("three consecutive years, oldest first");
            }
        }
        Objects.requireNonNull(goals);
    }
}
