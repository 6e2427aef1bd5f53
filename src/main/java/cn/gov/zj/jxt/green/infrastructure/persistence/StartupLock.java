package cn.gov.zj.jxt.green.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Lets one node at a time run the start-up sequence, so that nodes of a cluster starting together on an empty
 * database migrate it, load the demo data or the first administrator and open the coming year's calendars once: the
 * second waits, then finds it all done. On PostgreSQL a session-level advisory lock, held on a connection of its own
 * outside any transaction, while each step commits in transactions of its own; the embedded H2 database serves one
 * node and needs none.
 */
@ApplicationScoped
public class StartupLock {

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

    /** The advisory lock's key: any number the portal uses for nothing else ("GPST"). */
    private static final long KEY = 0x47505354L;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    /** Held until closed; call outside a transaction (the start-up sequence manages its own). */
    public Held acquire() {
        try {
            Connection connection = dataSource.getConnection();
            if (!connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL")) {
                connection.close();
                return () -> { };
            }
            long started = System.nanoTime();
            try (Statement lock = connection.createStatement()) {
                lock.execute("SELECT pg_advisory_lock(" + KEY + ")");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            long waited = (System.nanoTime() - started) / 1_000_000;
            if (waited > 1000) {
                LOG.info(() -> "Start-up waited " + waited + " ms for another node's start-up to finish");
            }
            return () -> {
                try (connection; Statement unlock = connection.createStatement()) {
                    unlock.execute("SELECT pg_advisory_unlock(" + KEY + ")");
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the start-up lock", e);
        }
    }

    /** The lock while held. */
    @FunctionalInterface
    public interface Held extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }
}
