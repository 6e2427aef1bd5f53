package cn.gov.zj.jxt.green.domain.model.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The key indicators an applicant benchmarks against its industry (003 §一(二): energy, water and resource use
 * leading in the industry), each beside the industry's benchmark value. Energy, water and carbon intensity are
 * better when lower; resource use and renewable share when higher.
 */
@Embeddable
public class Indicators implements Serializable {

    /** 单位产品综合能耗. */
    @Column(name = "energy_value", precision = 18, scale = 4)
    private BigDecimal energy;

    @Column(name = "energy_benchmark", precision = 18, scale = 4)
    private BigDecimal energyBenchmark;

    /** 单位产品取水量. */
    @Column(name = "water_value", precision = 18, scale = 4)
    private BigDecimal water;

    @Column(name = "water_benchmark", precision = 18, scale = 4)
    private BigDecimal waterBenchmark;

    /** 工业固体废物综合利用率, %. */
    @Column(name = "resource_value", precision = 18, scale = 4)
    private BigDecimal resourceUse;

    @Column(name = "resource_benchmark", precision = 18, scale = 4)
    private BigDecimal resourceUseBenchmark;

    /** 可再生能源使用比例, %. */
    @Column(name = "renewable_value", precision = 18, scale = 4)
    private BigDecimal renewableShare;

    @Column(name = "renewable_benchmark", precision = 18, scale = 4)
    private BigDecimal renewableShareBenchmark;

    /** 单位产品碳排放强度. */
    @Column(name = "carbon_value", precision = 18, scale = 4)
    private BigDecimal carbonIntensity;

    @Column(name = "carbon_benchmark", precision = 18, scale = 4)
    private BigDecimal carbonIntensityBenchmark;

    public Indicators() {
        // a blank form; also for JPA
    }

    public enum Kind {
        ENERGY(true),
        WATER(true),
        RESOURCE_USE(false),
        RENEWABLE_SHARE(false),
        CARBON_INTENSITY(true);

        private final boolean lowerIsBetter;

        Kind(boolean lowerIsBetter) {
            this.lowerIsBetter = lowerIsBetter;
        }

        public boolean lowerIsBetter() {
            return lowerIsBetter;
        }
    }

    /** One indicator's value and benchmark. */
    public record Reading(Kind kind, BigDecimal value, BigDecimal benchmark) {

        public boolean complete() {
            return value != null && benchmark != null;
        }

        /** At or better than the benchmark; {@code false} when incomplete. */
        public boolean leading() {
            if (!complete()) {
                return false;
            }
            int c = value.compareTo(benchmark);
            return kind.lowerIsBetter() ? c <= 0 : c >= 0;
        }
    }

    public java.util.List<Reading> readings() {
        return java.util.List.of(
                new Reading(Kind.ENERGY, energy, energyBenchmark),
                new Reading(Kind.WATER, water, waterBenchmark),
                new Reading(Kind.RESOURCE_USE, resourceUse, resourceUseBenchmark),
                new Reading(Kind.RENEWABLE_SHARE, renewableShare, renewableShareBenchmark),
                new Reading(Kind.CARBON_INTENSITY, carbonIntensity, carbonIntensityBenchmark));
    }

    public BigDecimal getEnergy() {
        return energy;
    }

    public void setEnergy(BigDecimal energy) {
        this.energy = energy;
    }

    public BigDecimal getEnergyBenchmark() {
        return energyBenchmark;
    }

    public void setEnergyBenchmark(BigDecimal energyBenchmark) {
        this.energyBenchmark = energyBenchmark;
    }

    public BigDecimal getWater() {
        return water;
    }

    public void setWater(BigDecimal water) {
        this.water = water;
    }

    public BigDecimal getWaterBenchmark() {
        return waterBenchmark;
    }

    public void setWaterBenchmark(BigDecimal waterBenchmark) {
        this.waterBenchmark = waterBenchmark;
    }

    public BigDecimal getResourceUse() {
        return resourceUse;
    }

    public void setResourceUse(BigDecimal resourceUse) {
        this.resourceUse = resourceUse;
    }

    public BigDecimal getResourceUseBenchmark() {
        return resourceUseBenchmark;
    }

    public void setResourceUseBenchmark(BigDecimal resourceUseBenchmark) {
        this.resourceUseBenchmark = resourceUseBenchmark;
    }

    public BigDecimal getRenewableShare() {
        return renewableShare;
    }

    public void setRenewableShare(BigDecimal renewableShare) {
        this.renewableShare = renewableShare;
    }

    public BigDecimal getRenewableShareBenchmark() {
        return renewableShareBenchmark;
    }

    public void setRenewableShareBenchmark(BigDecimal renewableShareBenchmark) {
        this.renewableShareBenchmark = renewableShareBenchmark;
    }

    public BigDecimal getCarbonIntensity() {
        return carbonIntensity;
    }

    public void setCarbonIntensity(BigDecimal carbonIntensity) {
        this.carbonIntensity = carbonIntensity;
    }

    public BigDecimal getCarbonIntensityBenchmark() {
        return carbonIntensityBenchmark;
    }

    public void setCarbonIntensityBenchmark(BigDecimal carbonIntensityBenchmark) {
        this.carbonIntensityBenchmark = carbonIntensityBenchmark;
    }
}
