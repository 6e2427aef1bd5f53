package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.park.ProgressReport;
import cn.gov.zj.jxt.green.domain.model.park.ProgressReportRepository;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProgressReportRepository implements ProgressReportRepository {

    /** A report with its plan, park and the park's region, which every reader shows. */
    private static final String FETCHED = "SELECT r FROM ProgressReport r JOIN FETCH r.plan p JOIN FETCH p.organisation o"
            + " JOIN FETCH o.region g";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(ProgressReport report) {
        em.persist(report);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<ProgressReport> find(long id) {
        return em.createQuery(FETCHED + " WHERE r.id = :id", ProgressReport.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ProgressReport> find(long planId, int year) {
        return em.createQuery(FETCHED + " WHERE p.id = :plan AND r.year = :year", ProgressReport.class)
                .setParameter("plan", planId).setParameter("year", year).getResultStream().findFirst();
    }

    @Override
    public List<ProgressReport> ofPlan(long planId) {
        return em.createQuery(FETCHED + " WHERE p.id = :plan ORDER BY r.year", ProgressReport.class)
                .setParameter("plan", planId).getResultList();
    }

    @Override
    public List<ProgressReport> list(Region region, Integer year) {
        // The park's region is a county (or a city for a city-level body): a city covers its counties.
        StringBuilder jpql = new StringBuilder(FETCHED + " WHERE 1 = 1");
        if (region != null) {
            jpql.append(" AND (g.code = :region OR g.parent.code = :region)");
        }
        if (year != null) {
            jpql.append(" AND r.year = :year");
        }
        jpql.append(" ORDER BY r.year DESC, g.code, o.name, r.id");
        TypedQuery<ProgressReport> query = em.createQuery(jpql.toString(), ProgressReport.class);
        if (region != null) {
            query.setParameter("region", region.getCode());
        }
        if (year != null) {
            query.setParameter("year", year);
        }
        return query.getResultList();
    }
}
