package cn.gov.zj.jxt.green.domain.model.park;

import java.util.List;
import java.util.Optional;

public interface ParkTargetRepository {

    void add(ParkTargets targets);

    /** Writes what is pending now, so that a year another clerk has just added is refused here. */
    void flush();

    Optional<ParkTargets> find(int year);

    /** Every year's targets, oldest first. */
    List<ParkTargets> all();
}
