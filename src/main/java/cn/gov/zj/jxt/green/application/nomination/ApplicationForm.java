package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.domain.shared.PlainText;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import cn.gov.zj.jxt.green.domain.model.nomination.ParkFacts;
import cn.gov.zj.jxt.green.domain.model.nomination.Route;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What an applicant fills in: where it produces ({@code null}: outside the province), its industry, how it
 * evaluates itself and with which institution, its key indicators with their benchmarks, and a park's facts.
 */
public record ApplicationForm(
        String productionRegion,
        @PlainText @Size(max = 60, message = "{application.industry.size}") String industry,
        @NotNull(message = "{application.route.required}") Route route,
        Long institutionId,
        BigDecimal energy, BigDecimal energyBenchmark,
        BigDecimal water, BigDecimal waterBenchmark,
        @DecimalMin(value = "0", message = "{application.percent.range}")
        @DecimalMax(value = "100", message = "{application.percent.range}") BigDecimal resourceUse,
        @DecimalMin(value = "0", message = "{application.percent.range}")
        @DecimalMax(value = "100", message = "{application.percent.range}") BigDecimal resourceUseBenchmark,
        @DecimalMin(value = "0", message = "{application.percent.range}")
        @DecimalMax(value = "100", message = "{application.percent.range}") BigDecimal renewableShare,
        @DecimalMin(value = "0", message = "{application.percent.range}")
        @DecimalMax(value = "100", message = "{application.percent.range}") BigDecimal renewableShareBenchmark,
        BigDecimal carbonIntensity, BigDecimal carbonIntensityBenchmark,
        Boolean legalBoundary, Boolean unifiedManagement,
        @DecimalMin(value = "0", message = "{application.percent.range}")
        @DecimalMax(value = "100", message = "{application.percent.range}") BigDecimal industrialShare,
        Boolean cultivationPlan) {

    Indicators indicators() {
        Indicators indicators = new Indicators();
        indicators.setEnergy(energy);
        indicators.setEnergyBenchmark(energyBenchmark);
        indicators.setWater(water);
        indicators.setWaterBenchmark(waterBenchmark);
        indicators.setResourceUse(resourceUse);
        indicators.setResourceUseBenchmark(resourceUseBenchmark);
        indicators.setRenewableShare(renewableShare);
        indicators.setRenewableShareBenchmark(renewableShareBenchmark);
        indicators.setCarbonIntensity(carbonIntensity);
        indicators.setCarbonIntensityBenchmark(carbonIntensityBenchmark);
        return indicators;
    }

    ParkFacts parkFacts() {
        ParkFacts facts = new ParkFacts();
        facts.setLegalBoundary(legalBoundary);
        facts.setUnifiedManagement(unifiedManagement);
        facts.setIndustrialShare(industrialShare);
        facts.setCultivationPlan(cultivationPlan);
        return facts;
    }
}
