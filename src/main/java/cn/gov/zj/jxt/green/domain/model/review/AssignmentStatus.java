package cn.gov.zj.jxt.green.domain.model.review;

/** An expert's place on a panel. */
public enum AssignmentStatus {
    ACTIVE,
    /** Declined with a reason; a replacement was drawn. */
    DECLINED
}
