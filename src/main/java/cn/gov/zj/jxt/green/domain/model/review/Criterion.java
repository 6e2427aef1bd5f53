package cn.gov.zj.jxt.green.domain.model.review;

/**
 * The criteria experts score against, each out of 100, with weights summing to 100. One fixed default set for
 * every batch, following the areas of the green factory evaluation (GB/T 36132): compliance, then energy,
 * resources, clean production and management. Per-batch criteria are not supported yet.
 */
public enum Criterion {
    /** 基础合规性. */
    BASIC_COMPLIANCE(15),
    /** 能源低碳化. */
    ENERGY_LOW_CARBON(25),
    /** 资源循环利用. */
    RESOURCE_RECYCLING(20),
    /** 生产洁净化. */
    CLEAN_PRODUCTION(20),
    /** 管理与创新. */
    MANAGEMENT_INNOVATION(20);

    public static final int MAX_SCORE = 100;

    private final int weight;

    Criterion(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
