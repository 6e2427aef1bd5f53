package cn.gov.zj.jxt.green.domain.model.institution;

import java.util.List;
import java.util.Optional;

public interface InstitutionAffiliateRepository {

    Optional<InstitutionAffiliate> find(long id);

    /** The affiliates of one institution, by name. */
    List<InstitutionAffiliate> ofInstitution(long institutionId);

    /** Every institution's affiliates, by institution then name. */
    List<InstitutionAffiliate> all();

    Optional<InstitutionAffiliate> findByCreditCode(String creditCode);

    InstitutionAffiliate add(InstitutionAffiliate affiliate);

    void remove(InstitutionAffiliate affiliate);

    /** Writes pending changes now, so that constraint violations surface inside the service. */
    void flush();
}
