package cn.gov.zj.jxt.green.domain.model.park;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One of the three years the application reports (seed 002 附件 二 and 三): the park's industrial added value
 * (10,000 yuan), energy use (tonnes of standard coal), water use (m³), CO2 emitted (t), industrial solid waste
 * produced and used (t).
 */
@Embeddable
public class PilotYear implements Serializable {

    @Column(name = "figure_year", nullable = false)
    private int year;

    @Column(name = "added_value", nullable = false, precision = 16, scale = 2)
    private BigDecimal addedValue;

    @Column(name = "energy_use", nullable = false, precision = 16, scale = 2)
    private BigDecimal energyUse;

    @Column(name = "water_use", nullable = false, precision = 16, scale = 2)
    private BigDecimal waterUse;

    @Column(name = "co2_emitted", nullable = false, precision = 16, scale = 2)
    private BigDecimal co2Emitted;

    @Column(name = "solid_waste", nullable = false, precision = 16, scale = 2)
    private BigDecimal solidWaste;

    @Column(name = "solid_waste_used", nullable = false, precision = 16, scale = 2)
    private BigDecimal solidWasteUsed;

    protected PilotYear() {
        // for JPA
    }

    public PilotYear(int year, BigDecimal addedValue, BigDecimal energyUse, BigDecimal waterUse, BigDecimal co2Emitted,
            BigDecimal solidWaste, BigDecimal solidWasteUsed) {
        for (BigDecimal figure : new BigDecimal[] {addedValue, energyUse, waterUse, co2Emitted, solidWaste,
            solidWasteUsed}) {
            if (Objects.requireNonNull(figure).signum() < 0) {
                throw new IllegalArgumentException("a figure is never negative");
            }
        }
        if (solidWasteUsed.compareTo(solidWaste) > 0) {
            throw new IllegalArgumentException("more solid waste used than produced");
        }
        this.year = year;
        this.addedValue = addedValue;
        this.energyUse = energyUse;
        this.waterUse = waterUse;
        this.co2Emitted = co2Emitted;
        this.solidWaste = solidWaste;
        this.solidWasteUsed = solidWasteUsed;
    }

    /** CO2 per 10,000 yuan of industrial added value (碳生产力 inverted), {@code null} without added value. */
    public BigDecimal carbonIntensity() {
        return addedValue.signum() == 0 ? null
                : co2Emitted.divide(addedValue, 4, java.math.RoundingMode.HALF_UP);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("year", year);
        state.put("addedValue", addedValue);
        state.put("energyUse", energyUse);
        state.put("waterUse", waterUse);
        state.put("co2Emitted", co2Emitted);
        state.put("solidWaste", solidWaste);
        state.put("solidWasteUsed", solidWasteUsed);
        return state;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAddedValue() {
        return addedValue;
    }

    public BigDecimal getEnergyUse() {
        return energyUse;
    }

    public BigDecimal getWaterUse() {
        return waterUse;
    }

    public BigDecimal getCo2Emitted() {
        return co2Emitted;
    }

    public BigDecimal getSolidWaste() {
        return solidWaste;
    }

    public BigDecimal getSolidWasteUsed() {
        return solidWasteUsed;
    }
}
