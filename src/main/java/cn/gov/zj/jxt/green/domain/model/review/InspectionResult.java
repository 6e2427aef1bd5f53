package cn.gov.zj.jxt.green.domain.model.review;

/** What the on-site inspection found. */
public enum InspectionResult {
    /** The material matched what was seen on site. */
    CONFIRMED,
    PROBLEMS_FOUND
}
