package cn.gov.zj.jxt.green.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import cn.gov.zj.jxt.green.domain.model.audit.AuditChainHead;
import cn.gov.zj.jxt.green.domain.model.audit.AuditEntry;
import cn.gov.zj.jxt.green.domain.model.audit.AuditRepository;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public AuditChainHead lockHead() {
        // The transaction's own changes first: their row locks come before the head's, never after.
        em.flush();
        return em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public AuditChainHead head() {
        return em.find(AuditChainHead.class, AuditChainHead.ID);
    }

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public long count(String action, String entityType, String entityId, java.time.Instant since) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.action = :action"
                + " AND e.entityType = :type AND e.entityId = :id AND e.occurredAt >= :since", Long.class)
                .setParameter("action", action)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public List<AuditEntry> entriesAfter(long afterIndex, int limit) {
        return em.createNamedQuery("AuditEntry.range", AuditEntry.class)
                .setParameter("after", afterIndex)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Page<AuditEntry> search(String action, String entityType, String actor, PageRequest page) {
        return Paging.page(em, AuditEntry.class, (cb, root) -> filters(cb, root, action, entityType, actor),
                (cb, root) -> List.of(cb.desc(root.get("chainIndex"))), page);
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<AuditEntry> root, String action, String entityType,
            String actor) {
        List<Predicate> where = new ArrayList<>();
        if (action != null && !action.isBlank()) {
            where.add(cb.equal(root.get("action"), action.strip()));
        }
        if (entityType != null && !entityType.isBlank()) {
            where.add(cb.equal(root.get("entityType"), entityType.strip()));
        }
        if (actor != null && !actor.isBlank()) {
            where.add(cb.equal(root.get("actor"), actor.strip()));
        }
        return where.toArray(Predicate[]::new);
    }
}
