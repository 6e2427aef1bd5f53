package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.park.ParkTargetRepository;
import cn.gov.zj.jxt.green.domain.model.park.ParkTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaParkTargetRepository implements ParkTargetRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(ParkTargets targets) {
        em.persist(targets);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<ParkTargets> find(int year) {
        return Optional.ofNullable(em.find(ParkTargets.class, year));
    }

    @Override
    public List<ParkTargets> all() {
        return em.createNamedQuery("ParkTargets.all", ParkTargets.class).getResultList();
    }
}
