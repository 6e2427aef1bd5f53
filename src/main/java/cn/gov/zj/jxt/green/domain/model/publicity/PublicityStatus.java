package cn.gov.zj.jxt.green.domain.model.publicity;

/**
 * Where a publicity period stands. Opening and closing are done by deadlines at the period's first and last
 * instants; suspension and conclusion by the clerk.
 */
public enum PublicityStatus {
    /** Published, not yet begun: the list and the notice are public, objections are not taken yet. */
    SCHEDULED,
    /** Taking objections until {@link Publicity#getEndsAt()}. */
    OPEN,
    /** Stopped by the clerk with a public reason; no objections are taken and the close waits for a resume. */
    SUSPENDED,
    /** Ended; the clerk handles what objections remain. */
    CLOSED,
    /** Every objection decided: the list as it stands may be published jointly. */
    CONCLUDED
}
