package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.PoolEntry;
import cn.gov.zj.jxt.green.domain.model.nomination.PoolRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPoolRepository implements PoolRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(PoolEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<PoolEntry> find(long id) {
        return Optional.ofNullable(em.find(PoolEntry.class, id));
    }

    @Override
    public Optional<PoolEntry> find(long organisationId, UnitType type) {
        return em.createNamedQuery("PoolEntry.find", PoolEntry.class)
                .setParameter("organisation", organisationId)
                .setParameter("type", type)
                .getResultStream().findFirst();
    }

    @Override
    public List<PoolEntry> ofCity(String cityCode) {
        return em.createNamedQuery("PoolEntry.ofCity", PoolEntry.class).setParameter("city", cityCode)
                .getResultList();
    }
}
