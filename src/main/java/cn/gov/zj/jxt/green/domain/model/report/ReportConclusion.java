package cn.gov.zj.jxt.green.domain.model.report;

/** How the city concludes a named report after verification (004 §(二十三)). */
public enum ReportConclusion {
    /** Not confirmed. */
    UNFOUNDED(true, true),
    /** Confirmed, less serious: the unit must rectify by a follow-up deadline. */
    RECTIFICATION_REQUIRED(true, false),
    /** Confirmed, serious: the unit is proposed for removal on a ground of 004 §(十九). */
    REMOVAL_PROPOSED(true, false),
    /** Confirmed against an institution: reported to the province (004 §(二十二) para. 1). */
    REPORTED_TO_PROVINCE(false, true);

    private final boolean forListedUnit;
    private final boolean forInstitution;

    ReportConclusion(boolean forListedUnit, boolean forInstitution) {
        this.forListedUnit = forListedUnit;
        this.forInstitution = forInstitution;
    }

    public boolean allowedFor(ReportSubject subject) {
        return subject == ReportSubject.LISTED_UNIT ? forListedUnit : forInstitution;
    }
}
