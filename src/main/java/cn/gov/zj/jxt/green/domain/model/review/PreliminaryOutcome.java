package cn.gov.zj.jxt.green.domain.model.review;

/** How the preliminary review 初审 ends. */
public enum PreliminaryOutcome {
    /** On to the expert review. */
    PASS,
    /** Back to the city to correct, with reasons. */
    RETURN,
    /** Out of this batch, with reasons. */
    REJECT
}
