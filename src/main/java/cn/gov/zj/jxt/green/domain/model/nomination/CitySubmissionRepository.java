package cn.gov.zj.jxt.green.domain.model.nomination;

import java.util.List;
import java.util.Optional;

public interface CitySubmissionRepository {

    void add(CitySubmission submission);

    Optional<CitySubmission> find(long id);

    Optional<CitySubmission> find(Batch batch, String cityCode);

    /** The submission with a write lock held until the transaction ends: nominations of a city take turns. */
    Optional<CitySubmission> findForUpdate(long id);

    List<CitySubmission> ofBatch(Batch batch);
}
