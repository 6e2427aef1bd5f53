package cn.gov.zj.jxt.green.domain.model.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface DeadlineRepository {

    void add(Deadline deadline);

    /** Writes pending changes, so a new deadline has its id. */
    void flush();

    Optional<Deadline> find(long id);

    /** Deadlines not done whose time has come, oldest first. */
    List<Deadline> due(Instant now);

    List<Deadline> pending();

    List<Deadline> ofSubject(String subjectType, long subjectId);

    /**
     * Marks the deadline done at {@code now}, if nobody has: one conditional update, so of two
     * triggers at the same instant exactly one gets {@code true}, and the other waits for it and gets {@code false}.
     */
    boolean claim(long id, Instant now);

    void recordOutcome(long id, String outcome);
}
