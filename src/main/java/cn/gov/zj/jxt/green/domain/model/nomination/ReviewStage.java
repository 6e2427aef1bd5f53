package cn.gov.zj.jxt.green.domain.model.nomination;

/** The tiers that review an application before the province (003 §二(二)). */
public enum ReviewStage {
    COUNTY,
    CITY
}
