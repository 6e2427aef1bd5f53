package cn.gov.zj.jxt.green.infrastructure.security;

import cn.gov.zj.jxt.green.application.shared.RateLimit;
import cn.gov.zj.jxt.green.application.shared.TooManyRequestsException;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The {@link RateLimit} of the public forms: a token bucket per address and form, kept in the database (table
 * {@code rate_limit_bucket}), so that every node of a cluster counts the same sends. It is a brake on floods and on
 * guessing receipt codes, not an access control. The address is the one WildFly reports: the connection's, or the
 * client's behind a proxy when the listener's proxy-address-forwarding is on (docs/operations.md); the portal
 * itself never reads X-Forwarded-For, which anyone can send.
 *
 * <p>A node that starts forgets only the buckets quiet for an hour ({@link #forgetQuiet}, a step of the start-up
 * sequence): the nodes that run on keep counting, and a restart is no way around the brake.
 *
 * <p>Each take runs in a transaction of its own, committed whatever the request then does: a refused or failed
 * send still used its token. The bucket's row is locked while it is read and written, so two nodes taking at once
 * take one token each. Real time, not the portal's clock: moving the clock in a test must not refill the buckets.
 */
@Stateless
@Local(RateLimit.class) // the view the application's public forms use
@LocalBean // the no-interface view, which the start-up sequence calls
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PublicFormLimiter implements RateLimit {

    /** Longer than any bucket takes to fill again: an older row says nothing and is deleted now and then. */
    private static final long FORGET_AFTER_MS = 60 * 60 * 1000L;
    /** Roughly one take in this many also deletes the forgotten rows. */
    private static final int CLEAN_EVERY = 500;
    private static final int MAX_ADDRESS = 64;
    /** SQLSTATE of a unique constraint violated. */
    private static final String DUPLICATE_KEY = "23505";

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Override
    public void take(Form form, String address, String messageKey) {
        if (address != null && !tryTake(form, address)) {
            throw new TooManyRequestsException(messageKey);
        }
    }

    /** Takes one token for {@code address} on {@code form}; {@code false} when the bucket is empty. */
    public boolean tryTake(Form form, String address) {
        String key = address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
        long now = System.currentTimeMillis();
        try (Connection connection = dataSource.getConnection()) {
            if (ThreadLocalRandom.current().nextInt(CLEAN_EVERY) == 0) {
                forget(connection, now - FORGET_AFTER_MS);
            }
            Bucket bucket = locked(connection, form, key);
            if (bucket == null) {
                insert(connection, form, key, now);
                bucket = locked(connection, form, key);
            }
            double tokens = Math.min(form.capacity(),
                    bucket.tokens() + (double) Math.max(0, now - bucket.updatedMs()) / form.refill().toMillis());
            boolean taken = tokens >= 1;
            update(connection, form, key, taken ? tokens - 1 : tokens, now);
            return taken;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the sends of a public form", e);
        }
    }

    /** The buckets of addresses quiet for longer than any bucket takes to fill again: they say nothing. */
    public void forgetQuiet() {
        try (Connection connection = dataSource.getConnection()) {
            forget(connection, System.currentTimeMillis() - FORGET_AFTER_MS);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete the rate limit's quiet buckets", e);
        }
    }

    /** Every bucket full again. */
    public void forgetAll() {
        try (Connection connection = dataSource.getConnection()) {
            forget(connection, Long.MAX_VALUE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the rate limit's buckets", e);
        }
    }

    private record Bucket(double tokens, long updatedMs) {
    }

    private static Bucket locked(Connection connection, Form form, String address) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT tokens, updated_ms FROM rate_limit_bucket WHERE form = ? AND address = ? FOR UPDATE")) {
            select.setString(1, form.name());
            select.setString(2, address);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Bucket(row.getDouble(1), row.getLong(2)) : null;
            }
        }
    }

    /**
     * A full bucket for a new address. Two requests may insert the same one at once: the second insert waits for the
     * first to commit and then adds nothing (PostgreSQL's ON CONFLICT; on H2 the duplicate key it reports), so that
     * neither fills a bucket the other has just taken from.
     */
    private static void insert(Connection connection, Form form, String address, long now) throws SQLException {
        boolean postgresql = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        String sql = "INSERT INTO rate_limit_bucket (form, address, tokens, updated_ms) VALUES (?, ?, ?, ?)"
                + (postgresql ? " ON CONFLICT (form, address) DO NOTHING" : "");
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, form.name());
            insert.setString(2, address);
            insert.setDouble(3, form.capacity());
            insert.setLong(4, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    private static void update(Connection connection, Form form, String address, double tokens, long now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE rate_limit_bucket SET tokens = ?, updated_ms = ? WHERE form = ? AND address = ?")) {
            update.setDouble(1, tokens);
            update.setLong(2, now);
            update.setString(3, form.name());
            update.setString(4, address);
            update.executeUpdate();
        }
    }

    private static void forget(Connection connection, long before) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM rate_limit_bucket WHERE updated_ms < ?")) {
            delete.setLong(1, before);
            delete.executeUpdate();
        }
    }
}
