package cn.gov.zj.jxt.green.infrastructure.schedule;

import cn.gov.zj.jxt.green.application.deadline.DeadlineService;
import cn.gov.zj.jxt.green.application.deadline.DeadlineTriggers;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.infrastructure.time.ClockMoved;
import cn.gov.zj.jxt.green.infrastructure.time.MovableClock;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The triggers of the deadlines: one persistent single-action timer per pending deadline (info: the deadline's id),
 * kept in the portal's database by WildFly, so it survives a restart. The timers hold no logic; the deadline rows
 * are the truth and {@link DeadlineService#fire} runs an effect once, however many triggers ring.
 *
 * <p>At start-up, right after the schema is migrated and before anything else uses the portal ({@link #restore},
 * called by the start-up sequence), whatever fell due while the server was down is done, and every pending deadline
 * gets its timer again (one lost with a crash, or set on a clock since moved). A sweep every five minutes is the net
 * under both. A timer that rings before that, on a schema perhaps not yet migrated, does nothing: the start-up sweep
 * does its deadline.
 */
@Singleton
@Local(DeadlineTriggers.class) // the view the application layer arms deadlines through
@LocalBean // the no-interface view, which the start-up sequence calls
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeadlineTimers implements DeadlineTriggers {

    private static final Logger LOG = Logger.getLogger(DeadlineTimers.class.getName());

    /** Set once the start-up sequence has migrated the schema and called {@link #restore}. */
    private volatile boolean restored;

    @Resource
    TimerService timerService;

    @Inject
    DeadlineService deadlines;

    @Inject
    MovableClock clock;

    /** Does what fell due while the portal was stopped and sets every pending deadline's timer again. */
    public void restore() {
        restored = true;
        int done = sweep();
        if (done > 0) {
            LOG.info(() -> "Start-up: " + done + " deadline(s) fell due while the portal was stopped; done now");
        }
        rearmAll();
    }

    @Override
    public void arm(long id, Instant dueAt) {
        cancelWhere(info -> Long.valueOf(id).equals(info));
        create(id, dueAt);
    }

    /** A persistent single-action timer whose info is the deadline's id, set on the machine's clock. */
    private void create(long id, Instant dueAt) {
        timerService.createSingleActionTimer(Date.from(clock.machineTimeOf(dueAt)), new TimerConfig(id, true));
    }

    /** Every deadline now due, each in its own transaction; returns how many this call did. */
    public int sweep() {
        int done = 0;
        for (Long id : deadlines.dueNow()) {
            try {
                if (deadlines.fire(id)) {
                    done++;
                }
            } catch (RuntimeException e) {
                // One failing effect must not hold up the others; the next sweep tries it again.
                LOG.log(Level.SEVERE, "Deadline " + id + " failed; it stays pending", e);
            }
        }
        return done;
    }

    public void onClockMoved(@Observes ClockMoved moved) {
        rearmAll();
    }

    private void rearmAll() {
        cancelWhere(info -> info instanceof Long);
        for (Deadline deadline : deadlines.pending()) {
            create(deadline.getId(), deadline.getDueAt());
        }
    }

    /**
     * Cancels the timers whose info matches. A single-action timer may ring (and expire) between being listed and
     * being read or cancelled; it is gone either way.
     */
    private void cancelWhere(Predicate<Object> info) {
        for (Timer timer : timerService.getTimers()) {
            try {
                if (info.test(timer.getInfo())) {
                    timer.cancel();
                }
            } catch (NoSuchObjectLocalException expired) {
                // Rang meanwhile: the deadline row, not the timer, says whether its effect ran.
            }
        }
    }

    @Timeout
    void ring(Timer timer) {
        if (restored && timer.getInfo() instanceof Long id) {
            try {
                if (!deadlines.fire(id)) {
                    rearmIfEarly(id);
                }
            } catch (RuntimeException e) {
                // Not rethrown: the container would retry at once; the periodic sweep retries calmly.
                LOG.log(Level.SEVERE, "Deadline " + id + " failed; it stays pending", e);
            }
        }
    }

    /**
     * A timer that rang before its deadline by this node's clock: set on another node whose clock reads a little
     * ahead (machines of a cluster are never exactly in step), or before the clock was moved back. The deadline
     * gets a timer at its due time by this clock, instead of waiting for the sweep.
     */
    private void rearmIfEarly(long id) {
        Instant now = clock.now();
        deadlines.pending(id).filter(deadline -> deadline.getDueAt().isAfter(now))
                .ifPresent(deadline -> create(id, deadline.getDueAt()));
    }

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "deadline sweep")
    void periodicSweep() {
        if (restored) {
            sweep();
        }
    }
}
