package cn.gov.zj.jxt.green.application.institution;

import cn.gov.zj.jxt.green.domain.model.institution.InstitutionAffiliate;
import cn.gov.zj.jxt.green.domain.model.institution.InstitutionAffiliateRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which legal person group an institution belongs to (003 §二(一): "同一法人第三方机构（包括与其相关联的企事业单位）"):
 * the institution that lists it as an affiliate, or itself. The group's credit code keys the provincial cap.
 */
@ApplicationScoped
public class InstitutionGroups {

    @Inject
    InstitutionAffiliateRepository affiliates;

    public String groupCode(Organisation institution) {
        return affiliates.findByCreditCode(institution.getCreditCode())
                .map(InstitutionAffiliate::getInstitution)
                .map(Organisation::getCreditCode)
                .orElse(institution.getCreditCode());
    }
}
