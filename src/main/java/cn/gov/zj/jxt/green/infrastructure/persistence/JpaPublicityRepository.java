package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.publicity.Objection;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPublicityRepository implements PublicityRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(Publicity publicity) {
        em.persist(publicity);
    }

    @Override
    public Optional<Publicity> find(long id) {
        return Optional.ofNullable(em.find(Publicity.class, id));
    }

    @Override
    public Optional<Publicity> lock(long id) {
        return Optional.ofNullable(em.find(Publicity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Publicity> ofBatch(long batchId) {
        return em.createNamedQuery("Publicity.ofBatch", Publicity.class).setParameter("batch", batchId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Publicity> all() {
        return em.createNamedQuery("Publicity.all", Publicity.class).getResultList();
    }

    @Override
    public void add(Objection objection) {
        em.persist(objection);
    }

    @Override
    public Optional<Objection> objection(long id) {
        return Optional.ofNullable(em.find(Objection.class, id));
    }

    @Override
    public Optional<Objection> objectionByReceipt(String receiptHash) {
        return em.createNamedQuery("Objection.byReceipt", Objection.class).setParameter("hash", receiptHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<Objection> objections(long publicityId) {
        return em.createNamedQuery("Objection.ofPublicity", Objection.class).setParameter("publicity", publicityId)
                .getResultList();
    }

    @Override
    public long openObjections(long publicityId) {
        return em.createNamedQuery("Objection.countOpen", Long.class).setParameter("publicity", publicityId)
                .getSingleResult();
    }
}
