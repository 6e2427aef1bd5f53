package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.park.PlanStatus;
import cn.gov.zj.jxt.green.domain.model.park.TransformationPlan;
import cn.gov.zj.jxt.green.domain.model.park.TransformationPlanRepository;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTransformationPlanRepository implements TransformationPlanRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(TransformationPlan plan) {
        em.persist(plan);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<TransformationPlan> find(long id) {
        return em.createNamedQuery("TransformationPlan.findById", TransformationPlan.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<TransformationPlan> findByOrganisation(long organisationId) {
        return em.createNamedQuery("TransformationPlan.findByOrganisation", TransformationPlan.class)
                .setParameter("organisation", organisationId).getResultStream().findFirst();
    }

    @Override
    public List<TransformationPlan> list(Region region, PlanStatus status) {
        // The park's region is a county (or a city for a city-level body): a city covers its counties.
        StringBuilder jpql = new StringBuilder("SELECT p FROM TransformationPlan p JOIN FETCH p.organisation o"
                + " JOIN FETCH o.region r WHERE 1 = 1");
        if (region != null) {
            jpql.append(" AND (r.code = :region OR r.parent.code = :region)");
        }
        if (status != null) {
            jpql.append(" AND p.status = :status");
        }
        jpql.append(" ORDER BY r.code, o.name, p.id");
        TypedQuery<TransformationPlan> query = em.createQuery(jpql.toString(), TransformationPlan.class);
        if (region != null) {
            query.setParameter("region", region.getCode());
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }
}
