package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaListingRepository implements ListingRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(ListedUnit unit) {
        em.persist(unit);
    }

    @Override
    public Optional<ListedUnit> find(long id) {
        return Optional.ofNullable(em.find(ListedUnit.class, id));
    }

    @Override
    public Optional<ListedUnit> find(long organisationId, UnitType type, ListLevel level) {
        return em.createNamedQuery("ListedUnit.find", ListedUnit.class)
                .setParameter("organisation", organisationId)
                .setParameter("type", type)
                .setParameter("level", level)
                .getResultStream().findFirst();
    }

    @Override
    public List<ListedUnit> ofCity(String cityCode, ListLevel level) {
        return em.createNamedQuery("ListedUnit.byCity", ListedUnit.class)
                .setParameter("city", cityCode)
                .setParameter("level", level)
                .getResultList();
    }
}
