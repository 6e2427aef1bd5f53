package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.BatchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBatchRepository implements BatchRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(Batch batch) {
        em.persist(batch);
    }

    @Override
    public Optional<Batch> find(long id) {
        return Optional.ofNullable(em.find(Batch.class, id));
    }

    @Override
    public List<Batch> all() {
        return em.createNamedQuery("Batch.all", Batch.class).getResultList();
    }

    @Override
    public List<Batch> ofYear(int year) {
        return em.createNamedQuery("Batch.byYear", Batch.class).setParameter("year", year).getResultList();
    }

    @Override
    public List<Batch> lockYear(int year, ListLevel level) {
        return em.createNamedQuery("Batch.ofYearAndLevel", Batch.class)
                .setParameter("year", year)
                .setParameter("level", level)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }
}
