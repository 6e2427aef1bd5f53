package cn.gov.zj.jxt.green.domain.model.dynamic;

public enum FormStatus {
    FILED,
    /** The city has reviewed the form and each declared change. */
    REVIEWED
}
