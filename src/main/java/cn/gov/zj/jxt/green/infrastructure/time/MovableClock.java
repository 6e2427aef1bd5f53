package cn.gov.zj.jxt.green.infrastructure.time;

import cn.gov.zj.jxt.green.application.shared.PortalClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;


/**
 * The portal's clock, which can be moved so that tests can move time. Tests move it; otherwise only the demo
 * loader does, while it re-creates documents issued in the past during deployment, before the portal serves any
 * request, and it resets the clock at once.
 */
@ApplicationScoped
public class MovableClock implements PortalClock {

    private volatile Clock clock = Clock.system(ZONE);

    @Inject
    Event<ClockMoved> moved;

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public ZonedDateTime nowZoned() {
        return ZonedDateTime.now(clock);
    }

    public ZoneId zone() {
        return ZONE;
    }

    /** Makes "now" read as {@code instant} from this moment on, time then running normally. */
    public void moveTo(Instant instant) {
        clock = Clock.offset(Clock.system(ZONE), Duration.between(Instant.now(), instant));
        announce();
    }

    /** Back to the real time. */
    public void reset() {
        clock = Clock.system(ZONE);
        announce();
    }

    /** How far the portal's time is ahead of the machine's (negative: behind); zero unless moved. */
    public Duration offset() {
        return Duration.between(Instant.now(), clock.instant());
    }

    /** The machine's time at which the portal's clock will read {@code portalTime}: what EJB timers run on. */
    public Instant machineTimeOf(Instant portalTime) {
        return portalTime.minus(offset());
    }

    private void announce() {
        // Outside a container (unit tests) nobody listens.
        if (moved != null) {
            moved.fire(new ClockMoved(clock.instant()));
        }
    }
}
