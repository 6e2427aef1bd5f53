package cn.gov.zj.jxt.green.domain.model.review;

/** What a recorded draw chose. */
public enum DrawKind {
    /** The first panel of an application. */
    PANEL,
    /** One replacement for each expert who declined (a new draw from the remaining candidates). */
    REPLACEMENT,
    /** The batch's on-site inspection sample. */
    INSPECTION
}
