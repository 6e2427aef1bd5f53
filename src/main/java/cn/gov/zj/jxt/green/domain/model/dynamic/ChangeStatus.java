package cn.gov.zj.jxt.green.domain.model.dynamic;

/** The city's view of a declared change (004 §(二十)). */
public enum ChangeStatus {
    DECLARED,
    /** Confirmed; the unit still qualifies and its entries record the change. */
    ACCEPTED,
    /** The unit no longer qualifies after the change: a removal proposal was made. */
    REMOVAL_PROPOSED
}
