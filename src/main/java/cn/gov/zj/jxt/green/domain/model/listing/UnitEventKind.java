package cn.gov.zj.jxt.green.domain.model.listing;

/** What happened to a listed unit (004 §四). */
public enum UnitEventKind {
    /** Entered the list, by the document that published it. */
    LISTED,
    /** Its name changed, declared on the dynamic management form and confirmed by the city (004 §(二十)). */
    RENAMED,
    /** Its scope, address or boundary changed, declared and confirmed as above (004 §(二十)). */
    SCOPE_CHANGED,
    /** Re-reviewed (五年一复核, 004 §(二十一)). */
    RE_REVIEWED,
    /** Removed from the list, by the announcement that published it (004 §(十九)). */
    REMOVED
}
