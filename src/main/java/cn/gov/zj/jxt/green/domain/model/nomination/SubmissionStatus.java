package cn.gov.zj.jxt.green.domain.model.nomination;

/** A city's submission for a batch. */
public enum SubmissionStatus {
    /** The city is choosing its nominees. */
    PREPARING,
    /** Sent to the province with the nomination letter (003 §三). */
    SUBMITTED,
    /** Sent back by the province for correction; the city corrects and submits again. */
    RETURNED
}
