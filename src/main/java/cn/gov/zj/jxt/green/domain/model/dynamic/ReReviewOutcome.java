package cn.gov.zj.jxt.green.domain.model.dynamic;

/** How the city concluded a five-yearly re-review (004 §(二十一)). */
public enum ReReviewOutcome {
    PASSED,
    REMOVAL_PROPOSED
}
