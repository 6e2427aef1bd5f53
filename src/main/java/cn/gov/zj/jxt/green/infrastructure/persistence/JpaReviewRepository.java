package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.Criterion;
import cn.gov.zj.jxt.green.domain.model.review.CriterionScore;
import cn.gov.zj.jxt.green.domain.model.review.DrawRecord;
import cn.gov.zj.jxt.green.domain.model.review.Expert;
import cn.gov.zj.jxt.green.domain.model.review.Inspection;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryReview;
import cn.gov.zj.jxt.green.domain.model.review.Proposal;
import cn.gov.zj.jxt.green.domain.model.review.ReviewRepository;
import cn.gov.zj.jxt.green.domain.model.review.Score;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(Object record) {
        em.persist(record);
    }

    @Override
    public Optional<PreliminaryReview> preliminary(Application application) {
        return em.createNamedQuery("PreliminaryReview.ofApplication", PreliminaryReview.class)
                .setParameter("application", application).getResultStream().findFirst();
    }

    @Override
    public List<PreliminaryReview> preliminaries(long batchId) {
        return em.createNamedQuery("PreliminaryReview.ofBatch", PreliminaryReview.class)
                .setParameter("batch", batchId).getResultList();
    }

    @Override
    public List<Expert> experts(boolean activeOnly) {
        return em.createNamedQuery(activeOnly ? "Expert.active" : "Expert.all", Expert.class).getResultList();
    }

    @Override
    public Optional<Expert> expert(long id) {
        return Optional.ofNullable(em.find(Expert.class, id));
    }

    @Override
    public Optional<Expert> expertOfAccount(long accountId) {
        return em.createNamedQuery("Expert.ofAccount", Expert.class).setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<DrawRecord> draw(long id) {
        return Optional.ofNullable(em.find(DrawRecord.class, id));
    }

    @Override
    public List<DrawRecord> draws() {
        return em.createNamedQuery("DrawRecord.all", DrawRecord.class).getResultList();
    }

    @Override
    public List<DrawRecord> draws(Batch batch) {
        return em.createNamedQuery("DrawRecord.ofBatch", DrawRecord.class).setParameter("batch", batch)
                .getResultList();
    }

    @Override
    public Optional<Assignment> assignment(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    @Override
    public List<Assignment> assignments(Application application) {
        return em.createNamedQuery("Assignment.ofApplication", Assignment.class)
                .setParameter("application", application).getResultList();
    }

    @Override
    public List<Assignment> assignments(Expert expert) {
        return em.createNamedQuery("Assignment.ofExpert", Assignment.class).setParameter("expert", expert)
                .getResultList();
    }

    @Override
    public Optional<Score> score(Assignment assignment) {
        return em.createNamedQuery("Score.ofAssignment", Score.class).setParameter("assignment", assignment)
                .getResultStream().findFirst();
    }

    @Override
    public List<Score> scores(long applicationId) {
        return em.createNamedQuery("Score.ofApplication", Score.class).setParameter("application", applicationId)
                .getResultList();
    }

    @Override
    public Map<Long, List<ScoreTotal>> scoreTotals(long batchId) {
        // One row per criterion score: the items of each score, grouped by score, in the seats' order.
        Map<Long, Long> applicationOf = new LinkedHashMap<>();
        Map<Long, Boolean> flagged = new HashMap<>();
        Map<Long, List<CriterionScore>> items = new HashMap<>();
        for (Object[] row : em.createNamedQuery("Score.itemsOfBatch", Object[].class).setParameter("batch", batchId)
                .getResultList()) {
            Long scoreId = (Long) row[1];
            applicationOf.put(scoreId, (Long) row[0]);
            flagged.put(scoreId, (Boolean) row[2]);
            List<CriterionScore> own = items.computeIfAbsent(scoreId, id -> new ArrayList<>());
            if (row[3] != null) {
                own.add(new CriterionScore((Criterion) row[3], ((Number) row[4]).intValue(), null));
            }
        }
        Map<Long, List<ScoreTotal>> totals = new HashMap<>();
        applicationOf.forEach((scoreId, applicationId) -> totals.computeIfAbsent(applicationId, id -> new ArrayList<>())
                .add(new ScoreTotal(Score.weightedTotal(items.get(scoreId)), flagged.get(scoreId))));
        return totals;
    }

    @Override
    public Set<Long> notOkChecklists(long batchId) {
        return new HashSet<>(em.createNamedQuery("PreliminaryReview.notOkOfBatch", Long.class)
                .setParameter("batch", batchId).getResultList());
    }

    @Override
    public Map<Long, Integer> panelSizes(long batchId) {
        Map<Long, Integer> sizes = new HashMap<>();
        em.createNamedQuery("Assignment.panelSizes", Object[].class).setParameter("batch", batchId).getResultList()
                .forEach(row -> sizes.put((Long) row[0], ((Number) row[1]).intValue()));
        return sizes;
    }

    @Override
    public List<Inspection> inspections(long batchId) {
        return em.createNamedQuery("Inspection.ofBatch", Inspection.class).setParameter("batch", batchId)
                .getResultList();
    }

    @Override
    public Optional<Inspection> inspection(long id) {
        return Optional.ofNullable(em.find(Inspection.class, id));
    }

    @Override
    public Optional<Inspection> inspection(Application application) {
        return em.createNamedQuery("Inspection.ofApplication", Inspection.class)
                .setParameter("application", application).getResultStream().findFirst();
    }

    @Override
    public List<Proposal> proposals(long batchId) {
        return em.createNamedQuery("Proposal.ofBatch", Proposal.class).setParameter("batch", batchId)
                .getResultList();
    }

    @Override
    public Optional<Proposal> proposal(Application application) {
        return em.createNamedQuery("Proposal.ofApplication", Proposal.class)
                .setParameter("application", application).getResultStream().findFirst();
    }

    @Override
    public Application lock(Application application) {
        Application locked = em.find(Application.class, application.getId(), LockModeType.PESSIMISTIC_WRITE);
        // What another transaction committed while this one waited for the lock must be seen.
        em.refresh(locked);
        return locked;
    }
}
