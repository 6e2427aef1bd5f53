package cn.gov.zj.jxt.green.domain.model.dynamic;

/** Where a removal proposal stands (004 §(十九)). */
public enum ProposalStatus {
    /** Proposed by the city (or by the portal for a missed form); the province has not decided. */
    PROPOSED,
    /** Decided by the province; waits for the removal announcement that puts it into effect. */
    DECIDED,
    /** The province found no ground. */
    DISMISSED,
    /** Published in a removal announcement; the unit is off its list. */
    EFFECTED
}
