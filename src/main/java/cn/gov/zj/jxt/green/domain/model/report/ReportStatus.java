package cn.gov.zj.jxt.green.domain.model.report;

/**
 * Where a named report stands: received by the city, taken by a clerk, verified, then concluded — or, when
 * rectification was required, waiting for the follow-up the clerk records by the deadline.
 */
public enum ReportStatus {
    RECEIVED,
    IN_HANDLING,
    VERIFIED,
    RECTIFYING,
    CONCLUDED;

    /** Not yet concluded: the handling period runs. */
    public boolean open() {
        return this == RECEIVED || this == IN_HANDLING || this == VERIFIED;
    }
}
