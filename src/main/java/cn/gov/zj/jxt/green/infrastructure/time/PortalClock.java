package cn.gov.zj.jxt.green.infrastructure.time;

import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
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
 * The one clock of the portal. Every date and deadline is read from here, in Asia/Shanghai, so that a
 * deadline "at 24:00 on June 30" means the same instant on every server and so that tests can move time.
 * Tests move it; otherwise only the demo loader does, while it re-creates documents issued in the past during
 * deployment, before the portal serves any request, and it resets the clock at once.
 */
@ApplicationScoped
public class PortalClock {

    public static final ZoneId ZONE = OfficialDay.ZONE;

    private volatile Clock clock = Clock.system(ZONE);

    @Inject
    Event<ClockMoved> moved;

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

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
