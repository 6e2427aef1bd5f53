package cn.gov.zj.jxt.green.domain.model.listing;

/** Whether a registry search wants the units on their lists now, the removed ones, or both. */
public enum UnitStatus {
    /** On the list now: the current list, and what the registry shows unless asked otherwise. */
    LISTED,
    /** Removed (004 §(十九)); the entry and its history stay public. */
    REMOVED,
    ALL
}
