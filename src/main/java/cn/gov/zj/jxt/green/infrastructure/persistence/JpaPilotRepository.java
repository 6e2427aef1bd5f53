package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.park.PilotApplication;
import cn.gov.zj.jxt.green.domain.model.park.PilotCall;
import cn.gov.zj.jxt.green.domain.model.park.PilotRepository;
import cn.gov.zj.jxt.green.domain.model.park.PilotStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPilotRepository implements PilotRepository {

    private static final List<PilotStatus> PUBLISHED = List.of(PilotStatus.RECOMMENDED, PilotStatus.NOT_SELECTED,
            PilotStatus.PILOT, PilotStatus.PLAN_FILED, PilotStatus.ACCEPTED, PilotStatus.WITHDRAWN);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(PilotCall call) {
        em.persist(call);
    }

    @Override
    public void add(PilotApplication application) {
        em.persist(application);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<PilotCall> findCall(long id) {
        return Optional.ofNullable(em.find(PilotCall.class, id));
    }

    @Override
    public Optional<PilotCall> lockCall(long id) {
        // The lock reads the row from the database: one this transaction created must be written first.
        em.flush();
        PilotCall call = em.find(PilotCall.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (call != null) {
            // Another transaction may have changed the shortlist while this one waited for the lock.
            em.refresh(call);
        }
        return Optional.ofNullable(call);
    }

    @Override
    public List<PilotCall> calls() {
        return em.createNamedQuery("PilotCall.all", PilotCall.class).getResultList();
    }

    @Override
    public Optional<PilotApplication> find(long id) {
        return em.createQuery("SELECT a FROM PilotApplication a JOIN FETCH a.call JOIN FETCH a.organisation o"
                + " JOIN FETCH o.region WHERE a.id = :id", PilotApplication.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<PilotApplication> ofCall(PilotCall call) {
        return em.createQuery("SELECT a FROM PilotApplication a JOIN FETCH a.organisation o JOIN FETCH o.region r"
                + " WHERE a.call = :call ORDER BY r.code, o.name, a.id", PilotApplication.class)
                .setParameter("call", call).getResultList();
    }

    @Override
    public List<PilotApplication> ofOrganisation(long organisationId) {
        return em.createQuery("SELECT a FROM PilotApplication a JOIN FETCH a.call c JOIN FETCH a.organisation o"
                + " WHERE o.id = :organisation ORDER BY c.year DESC, c.id DESC", PilotApplication.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    @Override
    public long countRecommended(PilotCall call) {
        // Every status a shortlisted park moves on to still counts against the call's two or three.
        return em.createQuery("SELECT COUNT(a) FROM PilotApplication a WHERE a.call = :call AND a.status IN :s",
                Long.class).setParameter("call", call).setParameter("s", PUBLISHED).getSingleResult();
    }

    @Override
    public List<PilotApplication> published() {
        return em.createQuery("SELECT a FROM PilotApplication a JOIN FETCH a.call c JOIN FETCH a.organisation o"
                + " JOIN FETCH o.region r WHERE a.status IN :s ORDER BY c.year DESC, c.id DESC, r.code, o.name",
                PilotApplication.class).setParameter("s", PUBLISHED).getResultList();
    }
}
