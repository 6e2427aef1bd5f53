package cn.gov.zj.jxt.green.application.deadline;

import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.deadline.DeadlineRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

@Stateless
public class DefaultDeadlineService implements DeadlineService {

    private static final Logger LOG = Logger.getLogger(DefaultDeadlineService.class.getName());

    @Inject
    DeadlineRepository deadlines;

    @Inject
    DeadlineTriggers timers;

    @Inject
    @Any
    Instance<DeadlineHandler> handlers;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public Deadline schedule(String kind, String subjectType, long subjectId, Instant dueAt) {
        Deadline deadline = new Deadline(kind, subjectType, subjectId, dueAt);
        deadlines.add(deadline);
        deadlines.flush();
        timers.arm(deadline.getId(), dueAt);
        return deadline;
    }

    @Override
    public void reschedule(Deadline deadline, Instant dueAt) {
        deadline.reschedule(dueAt);
        timers.arm(deadline.getId(), dueAt);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean fire(long id) {
        return run(id);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean fireInCallerTransaction(long id) {
        return run(id);
    }

    private boolean run(long id) {
        Deadline deadline = deadlines.find(id).orElse(null);
        Instant now = clock.now();
        // A timer set before the clock was moved back may ring early: the row, not the timer, says when.
        if (deadline == null || deadline.getDoneAt() != null || deadline.getDueAt().isAfter(now)) {
            return false;
        }
        if (!deadlines.claim(id, now)) {
            return false;
        }
        DeadlineHandler handler = handlerOf(deadline.getKind());
        String outcome = currentActor.runAsSystem(() -> handler.handle(deadline));
        deadlines.recordOutcome(id, outcome);
        LOG.info(() -> "Deadline " + id + " (" + deadline.getKind() + " of " + deadline.getSubjectType() + " "
                + deadline.getSubjectId() + ") done: " + outcome);
        return true;
    }

    private DeadlineHandler handlerOf(String kind) {
        for (DeadlineHandler handler : handlers) {
            if (handler.kinds().contains(kind)) {
                return handler;
            }
        }
        throw new IllegalStateException("no handler for deadlines of kind " + kind);
    }

    @Override
    public List<Long> dueNow() {
        return deadlines.due(clock.now()).stream().map(Deadline::getId).toList();
    }

    @Override
    public List<Deadline> pending() {
        return deadlines.pending();
    }

    @Override
    public Optional<Deadline> pending(long id) {
        return deadlines.find(id).filter(deadline -> deadline.getDoneAt() == null);
    }

    @Override
    public List<Deadline> ofSubject(String subjectType, long subjectId) {
        return deadlines.ofSubject(subjectType, subjectId);
    }
}
