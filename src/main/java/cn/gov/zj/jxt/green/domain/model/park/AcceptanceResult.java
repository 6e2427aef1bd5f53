package cn.gov.zj.jxt.green.domain.model.park;

/** The outcome of the province's acceptance (验收) of a park's circular transformation plan (seed 001 §三(五)). */
public enum AcceptanceResult {
    PASSED,
    FAILED
}
