package cn.gov.zj.jxt.green.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;

@ApplicationScoped
public class JpaRegionRepository implements RegionRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Region.class, code));
    }

    @Override
    public List<Region> findAll() {
        return em.createNamedQuery("Region.findAll", Region.class).getResultList();
    }

    @Override
    public List<Region> findByLevel(RegionLevel level) {
        return em.createNamedQuery("Region.findByLevel", Region.class).setParameter("level", level).getResultList();
    }

    @Override
    public List<Region> findChildren(String parentCode) {
        return em.createNamedQuery("Region.findChildren", Region.class)
                .setParameter("parentCode", parentCode)
                .getResultList();
    }
}
