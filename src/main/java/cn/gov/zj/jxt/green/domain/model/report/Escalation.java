package cn.gov.zj.jxt.green.domain.model.report;

/** Why a case went up to the province without the city asking. */
public enum Escalation {
    /** Not concluded within the handling period. */
    HANDLING_OVERDUE,
    /** Rectification required, and no follow-up recorded by its deadline. */
    FOLLOW_UP_OVERDUE
}
