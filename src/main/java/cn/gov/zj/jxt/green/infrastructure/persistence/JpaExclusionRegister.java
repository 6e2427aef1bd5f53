package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionEntry;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionGround;
import cn.gov.zj.jxt.green.domain.model.exclusion.ExclusionRegister;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaExclusionRegister implements ExclusionRegister {

    /** Well below the bind-parameter limits of H2 and PostgreSQL, for an import's credit codes. */
    private static final int IN_LIST_CHUNK = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(ExclusionEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<ExclusionEntry> find(long id) {
        return Optional.ofNullable(em.find(ExclusionEntry.class, id));
    }

    @Override
    public Optional<ExclusionEntry> findForUpdate(long id) {
        return Optional.ofNullable(em.find(ExclusionEntry.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ExclusionEntry> inForce(String creditCode, LocalDate since) {
        return em.createNamedQuery("ExclusionEntry.inForce", ExclusionEntry.class)
                .setParameter("creditCode", creditCode)
                .setParameter("since", since)
                .getResultList();
    }

    @Override
    public List<ExclusionEntry> notWithdrawn(Collection<String> creditCodes) {
        List<String> codes = List.copyOf(creditCodes);
        List<ExclusionEntry> found = new ArrayList<>();
        for (int from = 0; from < codes.size(); from += IN_LIST_CHUNK) {
            found.addAll(em.createNamedQuery("ExclusionEntry.notWithdrawn", ExclusionEntry.class)
                    .setParameter("creditCodes", codes.subList(from, Math.min(codes.size(), from + IN_LIST_CHUNK)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public Page<ExclusionEntry> search(String text, ExclusionGround ground, boolean includeWithdrawn,
            PageRequest page) {
        return Paging.page(em, ExclusionEntry.class, (cb, root) -> filters(cb, root, text, ground, includeWithdrawn),
                (cb, root) -> List.of(cb.desc(root.get("occurredOn")), cb.desc(root.get("id"))), page);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<ExclusionEntry> root, String text,
            ExclusionGround ground, boolean includeWithdrawn) {
        List<Predicate> where = new ArrayList<>();
        if (!includeWithdrawn) {
            where.add(cb.isNull(root.get("withdrawnAt")));
        }
        if (ground != null) {
            where.add(cb.equal(root.get("ground"), ground));
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            where.add(cb.or(
                    cb.like(cb.lower(root.get("creditCode")), like, '\\'),
                    cb.like(cb.lower(root.get("organisationName")), like, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }
}
