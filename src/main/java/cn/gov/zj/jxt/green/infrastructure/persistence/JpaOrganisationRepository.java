package cn.gov.zj.jxt.green.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findByCreditCode(String creditCode) {
        return em.createNamedQuery("Organisation.findByCreditCode", Organisation.class)
                .setParameter("creditCode", creditCode)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<Organisation> search(Region scope, OrganisationType type, String text, PageRequest page) {
        return Paging.page(em, Organisation.class, (cb, root) -> filters(cb, root, scope, type, text),
                (cb, root) -> List.of(cb.asc(root.get("name")), cb.asc(root.get("id"))), page);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Organisation> root, Region scope,
            OrganisationType type, String text) {
        List<Predicate> where = new ArrayList<>();
        if (scope != null && scope.getLevel() != RegionLevel.PROVINCE) {
            Path<Region> region = root.get("region");
            where.add(scope.getLevel() == RegionLevel.CITY
                    ? cb.or(cb.equal(region, scope), cb.equal(region.get("parent"), scope))
                    : cb.equal(region, scope));
        }
        if (type != null) {
            where.add(cb.equal(root.get("type"), type));
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().toUpperCase() + "%";
            where.add(cb.or(cb.like(cb.upper(root.get("name")), like), cb.like(root.get("creditCode"), like)));
        }
        return where.toArray(Predicate[]::new);
    }

    @Override
    public Organisation add(Organisation organisation) {
        em.persist(organisation);
        return organisation;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
