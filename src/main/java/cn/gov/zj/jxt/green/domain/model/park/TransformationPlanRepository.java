package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.region.Region;
import java.util.List;
import java.util.Optional;

public interface TransformationPlanRepository {

    void add(TransformationPlan plan);

    /** Writes what is pending now, so that a second plan for the same park is refused here. */
    void flush();

    /** The plan with its park and its history. */
    Optional<TransformationPlan> find(long id);

    /** The park's plan, if it has one. */
    Optional<TransformationPlan> findByOrganisation(long organisationId);

    /** Plans of parks within {@code region} ({@code null}: the whole province), in {@code status} if given. */
    List<TransformationPlan> list(Region region, PlanStatus status);
}
