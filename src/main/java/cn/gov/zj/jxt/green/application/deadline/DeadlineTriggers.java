package cn.gov.zj.jxt.green.application.deadline;

import java.time.Instant;

/**
 * What rings when a deadline falls due. The deadline rows are the truth; a trigger only calls
 * {@link DeadlineService#fire} at the due time (the EJB timers of the interfaces layer implement it).
 */
public interface DeadlineTriggers {

    /** Sets (or sets again) the trigger of deadline {@code id} to ring when the portal's clock reads {@code dueAt}. */
    void arm(long id, Instant dueAt);
}
