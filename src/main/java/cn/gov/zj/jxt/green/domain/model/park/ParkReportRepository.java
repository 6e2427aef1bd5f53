package cn.gov.zj.jxt.green.domain.model.park;

import java.util.List;
import java.util.Optional;

public interface ParkReportRepository {

    void add(ParkReport report);

    /** Writes what is pending now, so that a year's report uploaded twice at once is refused here. */
    void flush();

    Optional<ParkReport> find(long organisationId, int year);

    /** The reports of the organisation with this credit code, newest year first. */
    List<ParkReport> ofOrganisation(String creditCode);
}
