package cn.gov.zj.jxt.green.infrastructure.persistence;

import java.util.List;
import java.util.function.BiFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

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
}
