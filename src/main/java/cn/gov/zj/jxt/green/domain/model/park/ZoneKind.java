package cn.gov.zj.jxt.green.domain.model.park;

/**
 * What kind of listed zone a park is (seed 002 §四(一)(1)): only these three, in the development-zone catalogue
 * 《中国开发区审核公告目录》, may apply.
 */
public enum ZoneKind {
    /** 国家新型工业化产业示范基地. */
    NEW_INDUSTRIALISATION_BASE,
    /** 以工业为主的经济技术开发区. */
    ECONOMIC_DEVELOPMENT_ZONE,
    /** 以工业为主的高新技术产业开发区. */
    HIGH_TECH_ZONE
}
