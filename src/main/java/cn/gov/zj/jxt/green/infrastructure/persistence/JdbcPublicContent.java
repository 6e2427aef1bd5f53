package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.application.shared.PublicContent;
import cn.gov.zj.jxt.green.infrastructure.time.ClockMoved;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * The public content version in the {@code public_content} row, read and raised with plain JDBC on the portal's
 * JTA data source: inside a transaction the connection is the transaction's own, so the raise commits or rolls back
 * with the change it announces, and it is never kept in a JPA cache that another node's change would not reach.
 */
@ApplicationScoped
public class JdbcPublicContent implements PublicContent {

    private static final String READ = "SELECT version, changed_at FROM public_content WHERE id = 1";
    /** A second at least after the last change: If-Modified-Since counts whole seconds. */
    private static final String RAISE = "UPDATE public_content SET version = version + 1,"
            + " changed_at = GREATEST(CURRENT_TIMESTAMP, changed_at + INTERVAL '1' SECOND) WHERE id = 1";
    /** Marks a transaction that has raised the version already. */
    private static final Object RAISED = JdbcPublicContent.class.getName() + ".raised";

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Concurrent requests share a read that starts after they asked (each page view asks once). */
    private final CoalescedRead<Version> reads = new CoalescedRead<>(this::read);

    @Override
    public Version current() {
        return reads.get();
    }

    private Version read() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(READ);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("public_content has no row: is the schema migrated?");
            }
            return new Version(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the public content version", e);
        }
    }

    @Override
    public void changed() {
        boolean inTransaction = transactions.getTransactionKey() != null;
        if (inTransaction && transactions.getResource(RAISED) != null) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(RAISE)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot raise the public content version", e);
        }
        if (inTransaction) {
            transactions.putResource(RAISED, Boolean.TRUE);
        }
    }

    /** Pages show what is open, due or past by the portal's clock: a moved clock changes them all. */
    void clockMoved(@Observes ClockMoved moved) {
        changed();
    }
}
