package cn.gov.zj.jxt.green.application.institution;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

import cn.gov.zj.jxt.green.domain.model.institution.InstitutionAffiliate;

/**
 * Affiliated units 关联单位 of third-party institutions (003 §二(一)). An institution's account keeps its own
 * institution's list; provincial clerks, supervisors and administrators read every institution's. Every change
 * is audited.
 */
public interface InstitutionAffiliateService {

    /**
     * For an institution's account its own affiliates ({@code institutionId} {@code null} or its own); for a
     * provincial reader one institution's, or every institution's when {@code institutionId} is {@code null}.
     */
    List<InstitutionAffiliate> list(Long institutionId);

    /** A blank affiliate for the form, if the actor may add affiliates at all. */
    InstitutionAffiliate prepare();

    /**
     * Adds an affiliate to the actor's own institution. Refused when the credit code is the institution's own,
     * an institution's that has affiliates of its own, or already an affiliate of any institution: a unit belongs to
     * one group, and groups are one level deep.
     */
    InstitutionAffiliate add(@NotNull InstitutionAffiliate affiliate);

    /** Removes an affiliate of the actor's own institution. */
    void remove(long id);

    /** {@link #groupCreditCodes} for a reader allowed to {@link #list} that institution's affiliates. */
    Set<String> group(Long institutionId);

    /**
     * The credit codes of the "same legal person with its affiliates" (003 §二(一)): the institution's own code
     * and its affiliates'. For the services that count an institution's engagements against the cap; no access
     * check, since the actor there is whoever engages the institution, so callers check their own access.
     */
    Set<String> groupCreditCodes(long institutionOrganisationId);
}
