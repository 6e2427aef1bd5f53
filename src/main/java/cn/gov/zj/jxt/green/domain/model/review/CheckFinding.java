package cn.gov.zj.jxt.green.domain.model.review;

/** The clerk's finding on one checklist item of the preliminary review. */
public enum CheckFinding {
    OK,
    NOT_OK
}
