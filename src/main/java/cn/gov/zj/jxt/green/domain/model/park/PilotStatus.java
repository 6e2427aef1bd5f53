package cn.gov.zj.jxt.green.domain.model.park;

/**
 * Where a park's application for the national low-carbon industrial park pilots stands (seed 002 §四): submitted,
 * its eligibility confirmed or refused by the province, shortlisted (recommended) or not, chosen as a pilot or not
 * by the ministries, its implementation plan approved and filed, accepted as a national low-carbon industrial park,
 * and its title withdrawn at a re-review it fails (§五(四)).
 */
public enum PilotStatus {
    SUBMITTED,
    ELIGIBLE,
    INELIGIBLE,
    RECOMMENDED,
    NOT_SELECTED,
    PILOT,
    PLAN_FILED,
    ACCEPTED,
    WITHDRAWN
}
