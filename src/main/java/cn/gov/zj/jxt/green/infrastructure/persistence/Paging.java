package cn.gov.zj.jxt.green.infrastructure.persistence;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;

import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

/** One page of a filtered query and the filtered total, with the same filters for both. */
final class Paging {

    private Paging() {
    }

    static <T> Page<T> page(EntityManager em, Class<T> type,
            BiFunction<CriteriaBuilder, Root<T>, Predicate[]> filters,
            BiFunction<CriteriaBuilder, Root<T>, List<Order>> order, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(filters.apply(cb, countRoot));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.where(filters.apply(cb, root)).orderBy(order.apply(cb, root));
        List<T> items = em.createQuery(select)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList();
        return new Page<>(items, total);
    }

    /** How many rows the filters match, counted in the database. */
    static <T> long count(EntityManager em, Class<T> type, BiFunction<CriteriaBuilder, Root<T>, Predicate[]> filters) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(filters.apply(cb, countRoot));
        return em.createQuery(count).getSingleResult();
    }

    /**
     * One page of the given columns only (paths through to-one relations become joins), each row mapped: a page of a
     * large table without loading entities and their eager relations one by one. Callers that need the total ask
     * {@link #count} once, rather than with every page.
     */
    static <T, R> List<R> rows(EntityManager em, Class<T> type,
            BiFunction<CriteriaBuilder, Root<T>, List<Selection<?>>> columns, Function<Object[], R> mapper,
            BiFunction<CriteriaBuilder, Root<T>, Predicate[]> filters,
            BiFunction<CriteriaBuilder, Root<T>, List<Order>> order, PageRequest page) {
        return em.createQuery(columns(em, type, columns, filters, order))
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultList().stream().map(mapper).toList();
    }

    /** The column query of {@link #rows}, also for callers that page by key rather than by offset. */
    static <T> CriteriaQuery<Object[]> columns(EntityManager em, Class<T> type,
            BiFunction<CriteriaBuilder, Root<T>, List<Selection<?>>> columns,
            BiFunction<CriteriaBuilder, Root<T>, Predicate[]> filters,
            BiFunction<CriteriaBuilder, Root<T>, List<Order>> order) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> select = cb.createQuery(Object[].class);
        Root<T> root = select.from(type);
        select.multiselect(columns.apply(cb, root)).where(filters.apply(cb, root)).orderBy(order.apply(cb, root));
        return select;
    }
}
