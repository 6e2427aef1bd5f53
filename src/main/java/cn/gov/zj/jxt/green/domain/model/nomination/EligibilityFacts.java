package cn.gov.zj.jxt.green.domain.model.nomination;

import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the eligibility rules look at, gathered for one application on one day.
 *
 * @param onPrerequisiteList whether the unit is on the list below the batch's level (004 §(十四))
 * @param exclusions         entries of the exclusion register for the organisation (and, for a park, its
 *                           enterprises as far as the register names them), not withdrawn
 */
public record EligibilityFacts(UnitType unitType, ListLevel level, boolean registeredInProvince,
        boolean producingInProvince, ParkFacts parkFacts, Indicators indicators, boolean onPrerequisiteList,
        List<ExclusionFinding> exclusions, LocalDate today) {

    public EligibilityFacts {
        exclusions = List.copyOf(exclusions);
    }

    /**
     * One entry of the exclusion register.
     *
     * @param ground 1–6, the item of 004 §(十七)
     */
    public record ExclusionFinding(int ground, LocalDate occurredOn, String source) {
    }

    /** The first day of the three years 004 §(十七) looks back on. */
    public LocalDate lookBackFrom() {
        return today.minusYears(3);
    }
}
