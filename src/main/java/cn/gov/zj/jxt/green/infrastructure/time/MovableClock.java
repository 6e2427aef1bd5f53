package cn.gov.zj.jxt.green.infrastructure.time;

import cn.gov.zj.jxt.green.application.shared.PortalClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;


/**
 * The portal's clock, which can be moved so that tests can move time. Tests move it; otherwise only the demo
 * loader does, while it re-creates documents issued in the past during deployment, before the portal serves any
 * request, and it resets the clock at once.
 *
 * <p>A moved clock lives in this node's memory, unless the test setting {@code portal.test-clock.shared}
 * (PORTAL_TEST_CLOCK_SHARED, clustered servers only) is on: then the offset is kept in the database (table
 * {@code test_clock}) and every node reads it at most {@link #SHARED_READ_INTERVAL} old, so that the nodes of a
 * cluster under test, and a node restarted meanwhile, agree on what time it is.
 */
@ApplicationScoped
public class MovableClock implements PortalClock {

    private static final Logger LOG = Logger.getLogger(MovableClock.class.getName());

    /** How old the shared offset may be when read. */
    static final Duration SHARED_READ_INTERVAL = Duration.ofMillis(500);

    private final boolean shared = Boolean.getBoolean("portal.test-clock.shared");

    private volatile Clock clock = Clock.system(ZONE);

    /** Whether the shared offset has been read yet, and when (nanoTime); shared mode only. */
    private volatile boolean sharedRead;
    private volatile long sharedReadAt;

    @Inject
    Event<ClockMoved> moved;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Override
    public Instant now() {
        return current().instant();
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(current());
    }

    @Override
    public ZonedDateTime nowZoned() {
        return ZonedDateTime.now(current());
    }

    public ZoneId zone() {
        return ZONE;
    }

    /** Makes "now" read as {@code instant} from this moment on, time then running normally. */
    public void moveTo(Instant instant) {
        clock = Clock.offset(Clock.system(ZONE), Duration.between(Instant.now(), instant));
        share();
        announce();
    }

    /** Back to the real time. */
    public void reset() {
        clock = Clock.system(ZONE);
        share();
        announce();
    }

    /** How far the portal's time is ahead of the machine's (negative: behind); zero unless moved. */
    public Duration offset() {
        return Duration.between(Instant.now(), current().instant());
    }

    /** The machine's time at which the portal's clock will read {@code portalTime}: what EJB timers run on. */
    public Instant machineTimeOf(Instant portalTime) {
        return portalTime.minus(offset());
    }

    private Clock current() {
        if (shared && dataSource != null
                && (!sharedRead || System.nanoTime() - sharedReadAt > SHARED_READ_INTERVAL.toNanos())) {
            readShared();
        }
        return clock;
    }

    private void readShared() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT offset_ms FROM test_clock WHERE id = 1");
             ResultSet row = select.executeQuery()) {
            if (row.next()) {
                long offset = row.getLong(1);
                clock = offset == 0 ? Clock.system(ZONE) : Clock.offset(Clock.system(ZONE), Duration.ofMillis(offset));
            }
            sharedReadAt = System.nanoTime();
            sharedRead = true;
        } catch (SQLException | RuntimeException e) {
            // Before the schema is migrated, or in a transaction that can no longer use the database: the clock
            // read last stays.
            LOG.log(Level.FINE, "shared test clock not read", e);
        }
    }

    private void share() {
        if (!shared || dataSource == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE test_clock SET offset_ms = ? WHERE id = 1")) {
            update.setLong(1, Duration.between(Clock.systemUTC().instant(), clock.instant()).toMillis());
            update.executeUpdate();
            sharedReadAt = System.nanoTime();
            sharedRead = true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot share the moved clock", e);
        }
    }

    private void announce() {
        // Outside a container (unit tests) nobody listens.
        if (moved != null) {
            moved.fire(new ClockMoved(clock.instant()));
        }
    }
}
