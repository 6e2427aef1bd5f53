package cn.gov.zj.jxt.green.domain.model.review;

import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** The records of the provincial review. */
public interface ReviewRepository {

    void add(Object record);

    Optional<PreliminaryReview> preliminary(Application application);

    List<PreliminaryReview> preliminaries(long batchId);

    List<Expert> experts(boolean activeOnly);

    Optional<Expert> expert(long id);

    Optional<Expert> expertOfAccount(long accountId);

    Optional<DrawRecord> draw(long id);

    List<DrawRecord> draws();

    List<DrawRecord> draws(Batch batch);

    Optional<Assignment> assignment(long id);

    List<Assignment> assignments(Application application);

    List<Assignment> assignments(Expert expert);

    Optional<Score> score(Assignment assignment);

    List<Score> scores(long applicationId);

    /** A score as a list of subjects needs it: its weighted total and whether the expert flagged it. */
    record ScoreTotal(BigDecimal weightedTotal, boolean flagged) {
    }

    /** The scores of the active seats of every application of a batch, by application id, each in seat order. */
    Map<Long, List<ScoreTotal>> scoreTotals(long batchId);

    /** The applications of a batch whose checklist has an item found not ok. */
    Set<Long> notOkChecklists(long batchId);

    /** How many active seats each application of a batch has, by application id; none when nothing is drawn. */
    Map<Long, Integer> panelSizes(long batchId);

    List<Inspection> inspections(long batchId);

    Optional<Inspection> inspection(long id);

    Optional<Inspection> inspection(Application application);

    List<Proposal> proposals(long batchId);

    Optional<Proposal> proposal(Application application);

    /** The application with a write lock until the transaction ends: the review steps of one application take turns. */
    Application lock(Application application);
}
