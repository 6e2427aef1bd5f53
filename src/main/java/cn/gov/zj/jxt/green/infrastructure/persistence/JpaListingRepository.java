package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.RegistryRow;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.listing.UnitEvent;
import cn.gov.zj.jxt.green.domain.model.listing.UnitQuery;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

@ApplicationScoped
public class JpaListingRepository implements ListingRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(ListedUnit unit) {
        em.persist(unit);
    }

    @Override
    public Optional<ListedUnit> find(long id) {
        return Optional.ofNullable(em.find(ListedUnit.class, id));
    }

    @Override
    public Optional<ListedUnit> find(long organisationId, UnitType type, ListLevel level) {
        return em.createNamedQuery("ListedUnit.find", ListedUnit.class)
                .setParameter("organisation", organisationId)
                .setParameter("type", type)
                .setParameter("level", level)
                .getResultStream().findFirst();
    }

    @Override
    public List<ListedUnit> ofCity(String cityCode, ListLevel level) {
        return em.createNamedQuery("ListedUnit.byCity", ListedUnit.class)
                .setParameter("city", cityCode)
                .setParameter("level", level)
                .getResultList();
    }

    @Override
    public Page<ListedUnit> onList(ListLevel level, String name, PageRequest page) {
        return Paging.page(em, ListedUnit.class, (cb, root) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("level"), level));
            where.add(cb.isNull(root.get("removedAt")));
            if (name != null && !name.isBlank()) {
                where.add(cb.like(root.get("name"), "%" + escapeLike(name.strip()) + "%", '\\'));
            }
            return where.toArray(Predicate[]::new);
        }, (cb, root) -> List.of(cb.desc(root.get("year")), cb.asc(root.get("city").get("sortOrder")),
                cb.asc(root.get("id"))), page);
    }

    @Override
    public Page<RegistryRow> search(UnitQuery query, PageRequest page) {
        return new Page<>(rows(query, page), count(query));
    }

    @Override
    public long count(UnitQuery query) {
        return Paging.count(em, ListedUnit.class, (cb, root) -> filters(cb, root, query));
    }

    @Override
    public List<RegistryRow> rows(UnitQuery query, PageRequest page) {
        return Paging.rows(em, ListedUnit.class, JpaListingRepository::registryColumns, this::row,
                (cb, root) -> filters(cb, root, query), (cb, root) -> order(cb, root, query), page);
    }

    @Override
    public List<RegistryRow> chunk(UnitQuery query, long afterId, int size) {
        return em.createQuery(Paging.columns(em, ListedUnit.class, JpaListingRepository::registryColumns,
                (cb, root) -> {
                    List<Predicate> where = new ArrayList<>(List.of(filters(cb, root, query)));
                    where.add(cb.gt(root.get("id"), afterId));
                    return where.toArray(Predicate[]::new);
                }, (cb, root) -> List.of(cb.asc(root.get("id")))))
                .setMaxResults(size)
                .getResultList().stream().map(this::row).toList();
    }

    @Override
    public List<ListedUnit> ofOrganisation(String creditCode) {
        return em.createNamedQuery("ListedUnit.ofOrganisation", ListedUnit.class)
                .setParameter("creditCode", creditCode)
                .getResultList();
    }

    @Override
    public Map<String, Long> countPerCity(UnitType type, ListLevel level, int year) {
        Map<String, Long> counts = new TreeMap<>();
        em.createNamedQuery("ListedUnit.countPerCity", Object[].class)
                .setParameter("type", type)
                .setParameter("level", level)
                .setParameter("year", year)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public Map<Integer, Long> countPerYear(UnitType type, ListLevel level) {
        Map<Integer, Long> counts = new TreeMap<>();
        em.createNamedQuery("ListedUnit.countPerYear", Object[].class)
                .setParameter("type", type)
                .setParameter("level", level)
                .getResultList()
                .forEach(row -> counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public List<UnitEvent> changesSince(Instant since, int limit) {
        return em.createNamedQuery("UnitEvent.since", UnitEvent.class)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The columns of {@link RegistryRow}; the organisation is joined for its credit code, not loaded. The city is read
     * as its code only and named from the shared cache of regions: joining the region table too led H2's planner to
     * start from it and sort every unit.
     */
    private static List<Selection<?>> registryColumns(CriteriaBuilder cb, Root<ListedUnit> root) {
        return List.of(root.get("id"), root.get("name"), root.get("organisation").get("creditCode"),
                root.get("unitType"), root.get("level"), root.get("year"), root.get("cityCode"),
                root.get("industry"), root.get("basis"), root.get("listedAt"), root.get("removedAt"),
                root.get("removalGround"));
    }

    private RegistryRow row(Object[] c) {
        Region city = em.find(Region.class, c[6]);
        return new RegistryRow((Long) c[0], (String) c[1], (String) c[2], (UnitType) c[3], (ListLevel) c[4],
                (Integer) c[5], (String) c[6], city.getName(), city.getNameEn(), (String) c[7], (String) c[8],
                (Instant) c[9], (Instant) c[10], (RemovalGround) c[11]);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<ListedUnit> root, UnitQuery q) {
        List<Predicate> where = new ArrayList<>();
        switch (q.status()) {
            case LISTED -> where.add(cb.isNull(root.get("removedAt")));
            case REMOVED -> where.add(cb.isNotNull(root.get("removedAt")));
            case ALL -> {
                // both
            }
        }
        if (q.name() != null) {
            where.add(cb.like(cb.lower(root.get("name")),
                    "%" + escapeLike(q.name().toLowerCase(java.util.Locale.ROOT)) + "%", '\\'));
        }
        if (q.creditCode() != null) {
            Expression<String> code = root.get("organisation").get("creditCode");
            // A whole code is looked up by the organisation's unique index; a beginning narrows by prefix.
            where.add(q.creditCode().length() == 18 ? cb.equal(code, q.creditCode())
                    : cb.like(code, escapeLike(q.creditCode()) + "%", '\\'));
        }
        if (q.level() != null) {
            where.add(cb.equal(root.get("level"), q.level()));
        }
        if (q.type() != null) {
            where.add(cb.equal(root.get("unitType"), q.type()));
        }
        if (q.city() != null) {
            where.add(cb.equal(root.get("cityCode"), q.city()));
        }
        if (q.industry() != null) {
            where.add(cb.equal(root.get("industry"), q.industry()));
        }
        if (q.year() != null) {
            where.add(cb.equal(root.get("year"), q.year()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<ListedUnit> root, UnitQuery q) {
        Expression<?> key = switch (q.sort()) {
            case LISTED_AT -> root.get("listedAt");
            case NAME -> root.get("name");
            case YEAR -> root.get("year");
            // By code, which keeps the region table out of the query; the codes follow GB/T 2260, not the documents.
            case CITY -> root.get("cityCode");
            case LEVEL -> root.get("level");
            case TYPE -> root.get("unitType");
        };
        // The id makes the order total, so that no row appears on two pages or on none.
        return q.ascending() ? List.of(cb.asc(key), cb.asc(root.get("id")))
                : List.of(cb.desc(key), cb.desc(root.get("id")));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
