package cn.gov.zj.jxt.green.application.deadline;

import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import java.util.Set;

/**
 * What happens when a deadline of some kinds falls due. Runs as the portal itself, inside the transaction that
 * marks the deadline done, so it runs once; it returns a line saying what it did, kept with the deadline.
 */
public interface DeadlineHandler {

    Set<String> kinds();

    String handle(Deadline deadline);
}
