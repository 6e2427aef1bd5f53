package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.deadline.DeadlineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDeadlineRepository implements DeadlineRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(Deadline deadline) {
        em.persist(deadline);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Deadline> find(long id) {
        return Optional.ofNullable(em.find(Deadline.class, id));
    }

    @Override
    public List<Deadline> due(Instant now) {
        return em.createNamedQuery("Deadline.due", Deadline.class).setParameter("now", now).getResultList();
    }

    @Override
    public List<Deadline> pending() {
        return em.createNamedQuery("Deadline.pending", Deadline.class).getResultList();
    }

    @Override
    public List<Deadline> ofSubject(String subjectType, long subjectId) {
        return em.createNamedQuery("Deadline.ofSubject", Deadline.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList();
    }

    @Override
    public boolean claim(long id, Instant now) {
        // One statement: the database's row lock makes a second claimant wait and then find done_at set.
        int updated = em.createNativeQuery("UPDATE deadline SET done_at = ? WHERE id = ? AND done_at IS NULL")
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, id)
                .executeUpdate();
        Deadline cached = em.find(Deadline.class, id);
        if (cached != null) {
            em.refresh(cached);
        }
        return updated == 1;
    }

    @Override
    public void recordOutcome(long id, String outcome) {
        em.createNativeQuery("UPDATE deadline SET outcome = ? WHERE id = ?")
                .setParameter(1, outcome.length() > 500 ? outcome.substring(0, 500) : outcome)
                .setParameter(2, id)
                .executeUpdate();
    }
}
