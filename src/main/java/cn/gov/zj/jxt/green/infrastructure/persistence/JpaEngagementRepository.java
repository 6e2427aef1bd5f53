package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.Engagement;
import cn.gov.zj.jxt.green.domain.model.nomination.EngagementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaEngagementRepository implements EngagementRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(Engagement engagement) {
        em.persist(engagement);
    }

    @Override
    public Optional<Engagement> find(long id) {
        return Optional.ofNullable(em.find(Engagement.class, id));
    }

    @Override
    public List<Engagement> ofApplication(Application application) {
        return em.createNamedQuery("Engagement.ofApplication", Engagement.class)
                .setParameter("application", application)
                .getResultList();
    }

    @Override
    public List<Engagement> ofInstitution(long institutionId) {
        return em.createNamedQuery("Engagement.ofInstitution", Engagement.class)
                .setParameter("institution", institutionId)
                .getResultList();
    }

    @Override
    public long countInGroup(Batch batch, String groupCode) {
        return em.createNamedQuery("Engagement.countInGroup", Long.class)
                .setParameter("batch", batch)
                .setParameter("group", groupCode)
                .getSingleResult();
    }

    @Override
    public long countOfRepresentative(int year, ListLevel level, String representative) {
        return em.createNamedQuery("Engagement.countOfRepresentative", Long.class)
                .setParameter("year", year)
                .setParameter("level", level)
                .setParameter("representative", representative)
                .getSingleResult();
    }
}
