package cn.gov.zj.jxt.green.application.park;

import cn.gov.zj.jxt.green.domain.model.park.ParkProgress;
import cn.gov.zj.jxt.green.domain.model.park.ParkTargets;
import cn.gov.zj.jxt.green.domain.model.park.ProvincePath;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The yearly park targets of seed 000 and the progress towards them. Progress is counted from the registry: the
 * provincial green low-carbon industrial parks (listed units of type park on the provincial list) listed for the
 * year in each city and still on the list.
 */
public interface ParkTargetService {

    /** A year's targets against the registry, and the province's path to its goal; anyone may read it. */
    record Report(ParkProgress progress, ProvincePath path, Instant updatedAt) {
    }

    /** The year's report; {@code RecordNotFoundException} when the province set no targets for it. */
    Report report(int year);

    /** The years with targets, oldest first; anyone may read them. */
    List<Integer> years();

    /** The year's targets as stored, for the province's form; provincial clerks and administrators. */
    Optional<ParkTargets> targets(int year);

    /**
     * Sets a year's targets, or revises them when the form carries the version seen; provincial clerks and
     * administrators only. Audited; the public pages and open data show the change at once.
     */
    ParkTargets set(@NotNull @Valid ParkTargetForm form);
}
