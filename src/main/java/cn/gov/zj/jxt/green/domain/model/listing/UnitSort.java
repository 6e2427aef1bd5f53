package cn.gov.zj.jxt.green.domain.model.listing;

/** The orders the registry offers; each is made total by the unit's id, so pages never overlap. */
public enum UnitSort {
    /** Newest listing first: the default, read straight from an index. */
    LISTED_AT,
    NAME,
    YEAR,
    CITY,
    LEVEL,
    TYPE
}
