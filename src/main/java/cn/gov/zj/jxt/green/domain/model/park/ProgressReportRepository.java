package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.region.Region;
import java.util.List;
import java.util.Optional;

public interface ProgressReportRepository {

    void add(ProgressReport report);

    /** Writes what is pending now, so that a second report of a plan and year is refused here. */
    void flush();

    /** The report with its plan and park. */
    Optional<ProgressReport> find(long id);

    Optional<ProgressReport> find(long planId, int year);

    /** A plan's reports, oldest year first. */
    List<ProgressReport> ofPlan(long planId);

    /**
     * The reports of parks within {@code region} ({@code null}: the whole province), of {@code year} if given, with
     * their plans, parks and regions; by year, then region, then park.
     */
    List<ProgressReport> list(Region region, Integer year);
}
