package cn.gov.zj.jxt.green.domain.model.park;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A plan's expected outcomes, the resource and environment indicators seed 001 §三(三) names: energy saved (tce),
 * water saved (m³), CO₂ reduced (t), solid waste, wastewater and main air pollutants reduced (t), energy and water
 * per unit of the park's GDP (tce and m³ per 10,000 yuan) and the solid waste utilisation rate (%). Every figure is
 * given and none is negative; the rate is at most 100.
 */
@Embeddable
public class ExpectedOutcomes implements Serializable {

    @Column(name = "energy_saved", nullable = false, precision = 16, scale = 2)
    private BigDecimal energySaved;

    @Column(name = "water_saved", nullable = false, precision = 16, scale = 2)
    private BigDecimal waterSaved;

    @Column(name = "co2_reduced", nullable = false, precision = 16, scale = 2)
    private BigDecimal co2Reduced;

    @Column(name = "solid_waste_reduced", nullable = false, precision = 16, scale = 2)
    private BigDecimal solidWasteReduced;

    @Column(name = "wastewater_reduced", nullable = false, precision = 16, scale = 2)
    private BigDecimal wastewaterReduced;

    @Column(name = "air_pollutants_reduced", nullable = false, precision = 16, scale = 2)
    private BigDecimal airPollutantsReduced;

    @Column(name = "energy_per_gdp", nullable = false, precision = 12, scale = 4)
    private BigDecimal energyPerGdp;

    @Column(name = "water_per_gdp", nullable = false, precision = 12, scale = 4)
    private BigDecimal waterPerGdp;

    @Column(name = "solid_waste_utilisation", nullable = false, precision = 5, scale = 2)
    private BigDecimal solidWasteUtilisation;

    protected ExpectedOutcomes() {
        // for JPA
    }

    public ExpectedOutcomes(BigDecimal energySaved, BigDecimal waterSaved, BigDecimal co2Reduced,
            BigDecimal solidWasteReduced, BigDecimal wastewaterReduced, BigDecimal airPollutantsReduced,
            BigDecimal energyPerGdp, BigDecimal waterPerGdp, BigDecimal solidWasteUtilisation) {
        this.energySaved = amount(energySaved, "energySaved");
        this.waterSaved = amount(waterSaved, "waterSaved");
        this.co2Reduced = amount(co2Reduced, "co2Reduced");
        this.solidWasteReduced = amount(solidWasteReduced, "solidWasteReduced");
        this.wastewaterReduced = amount(wastewaterReduced, "wastewaterReduced");
        this.airPollutantsReduced = amount(airPollutantsReduced, "airPollutantsReduced");
        this.energyPerGdp = amount(energyPerGdp, "energyPerGdp");
        this.waterPerGdp = amount(waterPerGdp, "waterPerGdp");
        this.solidWasteUtilisation = amount(solidWasteUtilisation, "solidWasteUtilisation");
        if (!rateAcceptable(solidWasteUtilisation)) {
            throw new IllegalArgumentException("solidWasteUtilisation " + solidWasteUtilisation);
        }
    }

    /** Whether {@code rate} can be a utilisation rate: from 0 to 100 per cent. */
    public static boolean rateAcceptable(BigDecimal rate) {
        return rate != null && rate.signum() >= 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    private static BigDecimal amount(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " " + value);
        }
        return value;
    }

    /** The indicators by name, in the order of seed 001 §三(三), for the audit log and open data. */
    public Map<String, BigDecimal> asMap() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        map.put("energySaved", energySaved);
        map.put("waterSaved", waterSaved);
        map.put("co2Reduced", co2Reduced);
        map.put("solidWasteReduced", solidWasteReduced);
        map.put("wastewaterReduced", wastewaterReduced);
        map.put("airPollutantsReduced", airPollutantsReduced);
        map.put("energyPerGdp", energyPerGdp);
        map.put("waterPerGdp", waterPerGdp);
        map.put("solidWasteUtilisation", solidWasteUtilisation);
        return map;
    }

    public BigDecimal getEnergySaved() {
        return energySaved;
    }

    public BigDecimal getWaterSaved() {
        return waterSaved;
    }

    public BigDecimal getCo2Reduced() {
        return co2Reduced;
    }

    public BigDecimal getSolidWasteReduced() {
        return solidWasteReduced;
    }

    public BigDecimal getWastewaterReduced() {
        return wastewaterReduced;
    }

    public BigDecimal getAirPollutantsReduced() {
        return airPollutantsReduced;
    }

    public BigDecimal getEnergyPerGdp() {
        return energyPerGdp;
    }

    public BigDecimal getWaterPerGdp() {
        return waterPerGdp;
    }

    public BigDecimal getSolidWasteUtilisation() {
        return solidWasteUtilisation;
    }
}
