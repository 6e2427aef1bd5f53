package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import java.util.List;
import java.util.Optional;

public interface ParkReportRepository {

    void add(ParkReport report);

    /** Writes what is pending now, so that a year's report uploaded twice at once is refused here. */
    void flush();

    Optional<ParkReport> find(long organisationId, int year);

    /**
     * The parks on the provincial list since {@code year} or earlier, not removed, that have not published the
     * report of {@code year} (seed 000 §三(一)4).
     */
    List<Organisation> provincialParksWithout(int year);

    /** The reports of the organisation with this credit code, newest year first. */
    List<ParkReport> ofOrganisation(String creditCode);
}
