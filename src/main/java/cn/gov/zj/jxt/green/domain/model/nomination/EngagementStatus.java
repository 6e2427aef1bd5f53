package cn.gov.zj.jxt.green.domain.model.nomination;

/** An applicant's request to a third-party institution, and the institution's answer. */
public enum EngagementStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    /**
     * The applicant chose another route or institution while the engagement was in force: before an answer, or after
     * the institution accepted. A declined engagement is over already and is not withdrawn.
     */
    WITHDRAWN
}
