package cn.gov.zj.jxt.green.domain.model.nomination;

/** How the applicant evaluates itself (004 §(十二)): on its own, or through a third-party institution. */
public enum Route {
    SELF_EVALUATION,
    INSTITUTION
}
