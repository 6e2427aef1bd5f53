package cn.gov.zj.jxt.green.domain.model.park;

/**
 * Where a park's circular transformation plan stands (seed 001 §三(三)): written by the park, submitted to the
 * province, approved, or returned with comments to be revised and submitted again.
 */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED
}
