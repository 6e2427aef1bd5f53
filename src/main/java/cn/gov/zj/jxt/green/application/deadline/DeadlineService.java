package cn.gov.zj.jxt.green.application.deadline;

import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Deadlines kept in the database, each triggered by a persistent EJB timer and, should the timer be lost or the
 * server be down when it falls due, by the sweep at start-up. Whatever triggers it, its effect runs once.
 */
public interface DeadlineService {

    /** Records a deadline in the caller's transaction and sets its timer, which exists only if that commits. */
    Deadline schedule(String kind, String subjectType, long subjectId, Instant dueAt);

    /** Moves a deadline that is not done yet, and its timer. */
    void reschedule(Deadline deadline, Instant dueAt);

    /**
     * Runs the deadline's effect if it is due and nobody has run it, in a transaction of its own; {@code true} when
     * this call ran it. Any number of simultaneous calls run it once.
     */
    boolean fire(long id);

    /**
     * As {@link #fire}, in the caller's transaction: for history replayed in one transaction (the demo data), whose
     * deadlines a transaction of their own could not see yet.
     */
    boolean fireInCallerTransaction(long id);

    /** The deadlines due now and not done, oldest first. */
    List<Long> dueNow();

    List<Deadline> pending();

    /** The deadline, if it exists and is not done yet. */
    Optional<Deadline> pending(long id);

    List<Deadline> ofSubject(String subjectType, long subjectId);
}
