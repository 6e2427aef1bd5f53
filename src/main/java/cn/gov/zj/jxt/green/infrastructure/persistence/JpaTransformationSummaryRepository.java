package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.park.SummaryKind;
import cn.gov.zj.jxt.green.domain.model.park.TransformationSummary;
import cn.gov.zj.jxt.green.domain.model.park.TransformationSummaryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTransformationSummaryRepository implements TransformationSummaryRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(TransformationSummary summary) {
        em.persist(summary);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<TransformationSummary> find(long id) {
        return Optional.ofNullable(em.find(TransformationSummary.class, id));
    }

    @Override
    public Optional<TransformationSummary> find(SummaryKind kind, int year) {
        return em.createNamedQuery("TransformationSummary.find", TransformationSummary.class)
                .setParameter("kind", kind)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    @Override
    public List<TransformationSummary> all() {
        return em.createNamedQuery("TransformationSummary.all", TransformationSummary.class).getResultList();
    }
}
