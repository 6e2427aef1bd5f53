package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmission;
import cn.gov.zj.jxt.green.domain.model.nomination.CitySubmissionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCitySubmissionRepository implements CitySubmissionRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(CitySubmission submission) {
        em.persist(submission);
    }

    @Override
    public Optional<CitySubmission> find(long id) {
        return Optional.ofNullable(em.find(CitySubmission.class, id));
    }

    @Override
    public Optional<CitySubmission> find(Batch batch, String cityCode) {
        return em.createNamedQuery("CitySubmission.find", CitySubmission.class)
                .setParameter("batch", batch)
                .setParameter("city", cityCode)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<CitySubmission> findForUpdate(long id) {
        // The lock reads the row from the database: one this transaction created must be written first.
        em.flush();
        CitySubmission submission = em.find(CitySubmission.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (submission != null) {
            // Another transaction may have committed nominations while this one waited for the lock.
            em.refresh(submission);
        }
        return Optional.ofNullable(submission);
    }

    @Override
    public List<CitySubmission> ofBatch(Batch batch) {
        return em.createNamedQuery("CitySubmission.ofBatch", CitySubmission.class)
                .setParameter("batch", batch)
                .getResultList();
    }
}
