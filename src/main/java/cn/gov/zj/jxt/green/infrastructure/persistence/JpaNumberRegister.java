package cn.gov.zj.jxt.green.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;

import cn.gov.zj.jxt.green.domain.model.document.NumberRegister;
import cn.gov.zj.jxt.green.domain.model.document.NumberSeries;
import cn.gov.zj.jxt.green.domain.model.document.RegisteredNumber;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

@ApplicationScoped
public class JpaNumberRegister implements NumberRegister {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /**
     * In a transaction of its own, so that the row is there for every issuer of the year at once. Two first
     * issues of a year at the same moment may both insert; the second fails on the primary key, which the
     * caller ignores because the row then exists.
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void createSeriesIfAbsent(String prefix, int year) {
        if (em.find(NumberSeries.class, new NumberSeries.Key(prefix, year)) == null) {
            em.persist(new NumberSeries(prefix, year));
            em.flush();
        }
    }

    @Override
    public NumberSeries lockSeries(String prefix, int year) {
        NumberSeries series = em.find(NumberSeries.class, new NumberSeries.Key(prefix, year),
                LockModeType.PESSIMISTIC_WRITE);
        if (series == null) {
            throw new IllegalStateException("no number series " + prefix + " " + year);
        }
        return series;
    }

    @Override
    public void add(RegisteredNumber number) {
        em.persist(number);
    }

    @Override
    public Optional<RegisteredNumber> find(long id) {
        return Optional.ofNullable(em.find(RegisteredNumber.class, id));
    }

    @Override
    public Page<RegisteredNumber> search(Integer year, String prefix, PageRequest page) {
        return Paging.page(em, RegisteredNumber.class, (cb, root) -> filters(cb, root, year, prefix),
                (cb, root) -> List.of(cb.desc(root.get("year")), cb.asc(root.get("prefix")),
                        cb.desc(root.get("serial"))), page);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<RegisteredNumber> root, Integer year,
            String prefix) {
        List<Predicate> where = new ArrayList<>();
        if (year != null) {
            where.add(cb.equal(root.get("year"), year));
        }
        if (prefix != null) {
            where.add(cb.equal(root.get("prefix"), prefix));
        }
        return where.toArray(Predicate[]::new);
    }
}
