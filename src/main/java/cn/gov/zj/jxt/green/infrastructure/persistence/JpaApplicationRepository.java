package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationRepository;
import cn.gov.zj.jxt.green.domain.model.nomination.ApplicationStatus;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(Application application) {
        em.persist(application);
    }

    @Override
    public Optional<Application> find(long id) {
        return Optional.ofNullable(em.find(Application.class, id));
    }

    @Override
    public Optional<Application> find(Batch batch, long organisationId) {
        return em.createNamedQuery("Application.find", Application.class)
                .setParameter("batch", batch)
                .setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Application> ofOrganisation(long organisationId) {
        return em.createNamedQuery("Application.ofOrganisation", Application.class)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    @Override
    public Page<Application> search(Batch batch, Region region, ApplicationStatus status, String text,
            PageRequest page) {
        return Paging.page(em, Application.class, (cb, root) -> filters(cb, root, batch, region, status, text),
                (cb, root) -> List.of(cb.asc(root.get("city").get("sortOrder")), cb.asc(root.get("id"))), page);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Application> root, Batch batch, Region region,
            ApplicationStatus status, String text) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(root.get("batch"), batch));
        if (region != null) {
            where.add(region.getLevel() == RegionLevel.COUNTY
                    ? cb.equal(root.get("region"), region)
                    : cb.equal(root.get("city"), region));
        }
        if (status != null) {
            where.add(cb.equal(root.get("status"), status));
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            where.add(cb.or(cb.like(cb.lower(root.get("organisation").get("name")), like, '\\'),
                    cb.like(cb.lower(root.get("organisation").get("creditCode")), like, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }

    @Override
    public long countNominated(Batch batch, String cityCode) {
        return em.createNamedQuery("Application.countNominated", Long.class)
                .setParameter("batch", batch)
                .setParameter("city", cityCode)
                .getSingleResult();
    }

    @Override
    public List<Application> nominated(Batch batch, String cityCode) {
        return em.createNamedQuery("Application.nominated", Application.class)
                .setParameter("batch", batch)
                .setParameter("city", cityCode)
                .getResultList();
    }

    @Override
    public List<Application> underReview(Batch batch) {
        return em.createNamedQuery("Application.underReview", Application.class)
                .setParameter("batch", batch)
                .getResultList();
    }

    @Override
    public Map<String, Long> nominatedPerCity(Batch batch) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("SELECT a.city.code, COUNT(a) FROM Application a WHERE a.batch = :batch AND a.status = :status "
                + "GROUP BY a.city.code", Object[].class)
                .setParameter("batch", batch)
                .setParameter("status", ApplicationStatus.NOMINATED)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
