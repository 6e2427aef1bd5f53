package cn.gov.zj.jxt.green.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.zj.jxt.green.domain.model.institution.InstitutionAffiliate;
import cn.gov.zj.jxt.green.domain.model.institution.InstitutionAffiliateRepository;

@ApplicationScoped
public class JpaInstitutionAffiliateRepository implements InstitutionAffiliateRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<InstitutionAffiliate> find(long id) {
        return Optional.ofNullable(em.find(InstitutionAffiliate.class, id));
    }

    @Override
    public List<InstitutionAffiliate> ofInstitution(long institutionId) {
        return em.createNamedQuery("InstitutionAffiliate.findByInstitution", InstitutionAffiliate.class)
                .setParameter("institution", institutionId)
                .getResultList();
    }

    @Override
    public List<InstitutionAffiliate> all() {
        return em.createNamedQuery("InstitutionAffiliate.findAll", InstitutionAffiliate.class).getResultList();
    }

    @Override
    public Optional<InstitutionAffiliate> findByCreditCode(String creditCode) {
        return em.createNamedQuery("InstitutionAffiliate.findByCreditCode", InstitutionAffiliate.class)
                .setParameter("creditCode", creditCode)
                .getResultStream()
                .findFirst();
    }

    @Override
    public InstitutionAffiliate add(InstitutionAffiliate affiliate) {
        em.persist(affiliate);
        return affiliate;
    }

    @Override
    public void remove(InstitutionAffiliate affiliate) {
        em.remove(affiliate);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
