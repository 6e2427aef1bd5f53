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
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        RegistryFilter filter = RegistryFilter.of(query);
        return filter.bind(em.createQuery("select count(u) from ListedUnit u"
                + (filter.joinsOrganisation() ? " join u.organisation o" : "") + filter.where(), Long.class))
                .getSingleResult();
    }

    @Override
    public List<RegistryRow> rows(UnitQuery query, PageRequest page) {
        RegistryFilter filter = RegistryFilter.of(query);
        return filter.bind(em.createQuery(REGISTRY_COLUMNS + filter.where() + order(query), Object[].class))
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList().stream().map(this::row).toList();
    }

    @Override
    public List<RegistryRow> chunk(UnitQuery query, long afterId, int size) {
        RegistryFilter filter = RegistryFilter.of(query);
        String where = filter.where().isEmpty() ? " where u.id > :afterId" : filter.where() + " and u.id > :afterId";
        return filter.bind(em.createQuery(REGISTRY_COLUMNS + where + " order by u.id", Object[].class))
                .setParameter("afterId", afterId)
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
    private static final String REGISTRY_COLUMNS = "select u.id, u.name, o.creditCode, u.unitType, u.level, u.year,"
            + " u.cityCode, u.industry, u.basis, u.listedAt, u.removedAt, u.removalGround"
            + " from ListedUnit u join u.organisation o";

    private RegistryRow row(Object[] c) {
        Region city = em.find(Region.class, c[6]);
        return new RegistryRow((Long) c[0], (String) c[1], (String) c[2], (UnitType) c[3], (ListLevel) c[4],
                (Integer) c[5], (String) c[6], city.getName(), city.getNameEn(), (String) c[7], (String) c[8],
                (Instant) c[9], (Instant) c[10], (RemovalGround) c[11]);
    }

    /**
     * The registry's filters as JPQL of one fixed text per combination of filters used, every value a parameter.
     * EclipseLink parses a JPQL text once and keeps the result (its JPQL parse cache), where a Criteria query is built
     * and translated anew for every request: the registry's uncached views are its busiest queries.
     */
    private record RegistryFilter(String where, Map<String, Object> parameters) {

        static RegistryFilter of(UnitQuery q) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> parameters = new LinkedHashMap<>();
            switch (q.status()) {
                case LISTED -> conditions.add("u.removedAt is null");
                case REMOVED -> conditions.add("u.removedAt is not null");
                case ALL -> {
                    // both
                }
            }
            if (q.name() != null) {
                conditions.add("lower(u.name) like :name escape '\\'");
                parameters.put("name", "%" + escapeLike(q.name().toLowerCase(java.util.Locale.ROOT)) + "%");
            }
            if (q.creditCode() != null) {
                // A whole code is looked up by the organisation's unique index; a beginning narrows by prefix.
                if (q.creditCode().length() == 18) {
                    conditions.add("o.creditCode = :creditCode");
                    parameters.put("creditCode", q.creditCode());
                } else {
                    conditions.add("o.creditCode like :creditCode escape '\\'");
                    parameters.put("creditCode", escapeLike(q.creditCode()) + "%");
                }
            }
            equal(conditions, parameters, "u.level", "level", q.level());
            equal(conditions, parameters, "u.unitType", "type", q.type());
            equal(conditions, parameters, "u.cityCode", "city", q.city());
            equal(conditions, parameters, "u.industry", "industry", q.industry());
            equal(conditions, parameters, "u.year", "year", q.year());
            return new RegistryFilter(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions),
                    parameters);
        }

        private static void equal(List<String> conditions, Map<String, Object> parameters, String path, String name,
                Object value) {
            if (value != null) {
                conditions.add(path + " = :" + name);
                parameters.put(name, value);
            }
        }

        boolean joinsOrganisation() {
            return parameters.containsKey("creditCode");
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private static String order(UnitQuery q) {
        String key = switch (q.sort()) {
            case LISTED_AT -> "u.listedAt";
            case NAME -> "u.name";
            case YEAR -> "u.year";
            // By code, which keeps the region table out of the query; the codes follow GB/T 2260, not the documents.
            case CITY -> "u.cityCode";
            case LEVEL -> "u.level";
            case TYPE -> "u.unitType";
        };
        // The id makes the order total, so that no row appears on two pages or on none.
        String direction = q.ascending() ? " asc" : " desc";
        return " order by " + key + direction + ", u.id" + direction;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
