package cn.gov.zj.jxt.green.domain.model.nomination;

/** Where an application stands on its way up the chain (003 §二(二)). */
public enum ApplicationStatus {
    /** The applicant is still filling it in. */
    DRAFT,
    /** With the county (factories). */
    AT_COUNTY,
    /** With the city. */
    AT_CITY,
    /** Sent back to the applicant with a comment; the applicant corrects it and submits again. */
    RETURNED,
    /** Approved by the city: a candidate the city may nominate within its quota. */
    APPROVED,
    /** On the city's list of nominees for the batch. */
    NOMINATED;

    public boolean editableByApplicant() {
        return this == DRAFT || this == RETURNED;
    }
}
