package cn.gov.zj.jxt.green.domain.model.nomination;

import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

public interface ApplicationRepository {

    void add(Application application);

    Optional<Application> find(long id);

    Optional<Application> find(Batch batch, long organisationId);

    List<Application> ofOrganisation(long organisationId);

    /** Applications of a batch within {@code region} ({@code null}: the province), optionally in one status. */
    Page<Application> search(Batch batch, Region region, ApplicationStatus status, String text, PageRequest page);

    long countNominated(Batch batch, String cityCode);

    List<Application> nominated(Batch batch, String cityCode);

    /**
     * The nominated applications of the cities that have submitted their submission: the provincial review's
     * subjects, by city and then as each city nominated them.
     */
    List<Application> underReview(Batch batch);

    /** How many each city has nominated in the batch, by city code. */
    java.util.Map<String, Long> nominatedPerCity(Batch batch);
}
